// @vitest-environment node
// Start, End, Save and Next speaker as the keyboard shortcuts run them in the background: marks go
// into the stored draft, Save queues the clip through the real outbox, a bad draft gets a notice.
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCommandRunner, type CommandDeps } from '../../extension/lib/commands';
import { createOutbox } from '../../extension/lib/outbox';
import type { PlayerLookup } from '../../extension/lib/protocol';
import {
  capturePrefsItem,
  dialoguesCacheItem,
  draftItem,
  EMPTY_DRAFT,
  outboxItem,
  selectedDialogueIdItem,
  type Draft,
} from '../../extension/lib/storage';
import type { Dialogue } from '../../shared/schemas';
import { playerAt } from './helpers/capture-background';
import { DIALOGUE, stubBrowserGaps } from './helpers/fixtures';

const WEBCAST = DIALOGUE.webcastUrl!;
const NOW = Date.parse('2026-07-02T10:15:00Z');
const TAGGED: Dialogue = { ...DIALOGUE, tagVocabulary: ['victims', 'data'], defaultTag: 'victims' };

let player: PlayerLookup;
let clock: number;
let lookup: Mock<(tabId?: number) => Promise<PlayerLookup>>;

function runner(extra: Partial<CommandDeps> = {}) {
  const outbox = createOutbox({ now: () => clock });
  lookup = vi.fn(async () => player);
  return createCommandRunner({ add: (clip) => outbox.add(clip), lookup, now: () => clock, ...extra });
}

const draft = () => draftItem.getValue();
const queued = async () => (await outboxItem.getValue()).map((e) => e.clip);

beforeEach(async () => {
  fakeBrowser.reset();
  stubBrowserGaps();
  player = playerAt(75.34);
  clock = NOW;
  await selectedDialogueIdItem.setValue(TAGGED.id);
  await dialoguesCacheItem.setValue([TAGGED]);
});

describe('capture commands', () => {
  it('Start and End take the player time of the tab the shortcut was pressed in', async () => {
    const commands = runner();
    const tab = await fakeBrowser.tabs.create({ url: WEBCAST });
    await draftItem.setValue({ ...EMPTY_DRAFT, speaker: 'Mexico' });
    commands.onCommand('clip-start', tab);
    await vi.waitFor(async () => expect((await draft()).start).toBe('75.3'));
    expect(lookup).toHaveBeenCalledWith(tab.id);
    player = playerAt(130.06);
    await commands.run('clip-end');
    expect(await draft()).toMatchObject({ start: '75.3', end: '130.1', speaker: 'Mexico', clock: 'recording', url: WEBCAST, notice: null });
    expect(await queued()).toEqual([]);
  });

  it('ignores commands that are not capture commands', async () => {
    const commands = runner();
    commands.onCommand('quote-selection');
    await new Promise((r) => setTimeout(r, 10));
    expect(lookup).not.toHaveBeenCalled();
    expect(await draft()).toEqual(EMPTY_DRAFT);
  });

  it('on the wall clock, marks without asking the player', async () => {
    await capturePrefsItem.setValue({ mode: 'wall', channel: 'floor' });
    const res = await runner().run('clip-start');
    expect(res.ok).toBe(true);
    expect(lookup).not.toHaveBeenCalled();
    expect(await draft()).toMatchObject({ clock: 'wall', startMarkedAt: NOW });
    expect((await draft()).start).toMatch(/^\d\d:\d\d:\d\d$/);
  });

  it('follows a switch to the wall clock made after it started, and back', async () => {
    const commands = runner();
    await commands.run('clip-start');
    expect(lookup).toHaveBeenCalledTimes(1);
    await capturePrefsItem.setValue({ mode: 'wall', channel: 'floor' });
    await commands.run('clip-end');
    expect(lookup).toHaveBeenCalledTimes(1);
    expect((await draft()).end).toMatch(/^\d\d:\d\d:\d\d$/);
    await capturePrefsItem.setValue({ mode: 'player', channel: 'floor' });
    await commands.run('clip-start');
    expect(lookup).toHaveBeenCalledTimes(2);
    commands.stop();
  });

  it('Save queues the clip in the outbox and starts a new draft on the remembered channel with the default tag', async () => {
    await capturePrefsItem.setValue({ mode: 'player', channel: 'fr' });
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '75.3', end: '112', speaker: 'Mexique', tags: 'victims, data', note: 'n', channel: 'fr', url: WEBCAST });
    const res = await runner().run('clip-save');
    expect(res).toMatchObject({ ok: true });
    const clips = await queued();
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ dialogueId: TAGGED.id, start: 75.3, end: 112, speaker: 'Mexique', tags: ['victims', 'data'], channel: 'fr', clock: 'recording' });
    expect(res.ok && res.savedId).toBe(clips[0]!.id);
    expect(await draft()).toEqual({ ...EMPTY_DRAFT, channel: 'fr', tags: 'victims' });
  });

  it('Save of an invalid draft queues nothing and says why in the draft notice', async () => {
    const kept: Draft = { ...EMPTY_DRAFT, start: '75.3', speaker: '  ' };
    await draftItem.setValue(kept);
    const res = await runner().run('clip-save');
    expect(res.ok).toBe(false);
    expect(!res.ok && res.errors.speaker?.key).toBe('capture.error.speakerEmpty');
    expect(await queued()).toEqual([]);
    expect(await draft()).toEqual({ ...kept, notice: 'The clip was not saved: Speaker must not be empty.' });
  });

  it('Save without a dialogue says to choose one', async () => {
    await selectedDialogueIdItem.setValue('');
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '1', speaker: 'Chair' });
    await runner().run('clip-save');
    expect((await draft()).notice).toBe('The clip was not saved: Choose a dialogue.');
    expect(await queued()).toEqual([]);
  });

  it('a failing outbox keeps the draft and says so', async () => {
    const kept: Draft = { ...EMPTY_DRAFT, start: '1', speaker: 'Chair' };
    await draftItem.setValue(kept);
    const res = await runner({ add: async () => Promise.reject(new Error('quota')) }).run('clip-save');
    expect(res.ok).toBe(false);
    expect(await draft()).toMatchObject({ start: '1', speaker: 'Chair', notice: expect.stringMatching(/could not be queued/) });
  });

  it('Next speaker ends and saves the clip now, and starts the next one at the same time with no speaker', async () => {
    await capturePrefsItem.setValue({ mode: 'player', channel: 'es' });
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '10', speaker: 'Mexico', tags: 'data', channel: 'es', url: WEBCAST });
    player = playerAt(42.04);
    clock = NOW + 32_000;
    const res = await runner().run('next-speaker');
    expect(res.ok).toBe(true);
    const clips = await queued();
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ speaker: 'Mexico', start: 10, end: 42, tags: ['data'], channel: 'es' });
    expect(await draft()).toEqual({ ...EMPTY_DRAFT, start: '42', startMarkedAt: NOW + 32_000, channel: 'es', tags: 'victims', url: WEBCAST });
    expect(lookup).toHaveBeenCalledTimes(1); // one instant for both the end and the next start
  });

  it('Next speaker keeps an End already taken, and on a blank draft only starts', async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '10', end: '30', speaker: 'Chair' });
    player = playerAt(35);
    const commands = runner();
    await commands.run('next-speaker');
    expect((await queued())[0]).toMatchObject({ start: 10, end: 30, speaker: 'Chair' });
    expect((await draft()).start).toBe('35');

    await draftItem.setValue({ ...EMPTY_DRAFT });
    await commands.run('next-speaker');
    expect(await queued()).toHaveLength(1);
    expect((await draft()).start).toBe('35');
  });

  it('Next speaker with no speaker yet saves nothing, keeps the draft ended and says why', async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '10' });
    player = playerAt(20);
    const res = await runner().run('next-speaker');
    expect(res.ok).toBe(false);
    expect(await queued()).toEqual([]);
    expect(await draft()).toMatchObject({ start: '10', end: '20', speaker: '', notice: 'The clip was not saved: Speaker must not be empty.' });
  });

  it('Next speaker without a video says so and changes nothing else', async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '10', speaker: 'Chair' });
    player = { ok: false, reason: 'no-video', message: 'No video player found in the tab.' };
    await runner().run('next-speaker');
    expect(await queued()).toEqual([]);
    expect(await draft()).toMatchObject({ start: '10', end: '', speaker: 'Chair', notice: 'No video player found in the tab.' });
  });

  it('runs commands one after another, so a Save right after Start sees the start', async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, speaker: 'Chair' });
    const commands = runner();
    const [, saved] = await Promise.all([commands.run('clip-start'), commands.run('clip-save')]);
    expect(saved.ok).toBe(true);
    expect((await queued())[0]).toMatchObject({ start: 75.3, speaker: 'Chair' });
  });

  it("uses the panel's newer draft when it sends one", async () => {
    await draftItem.setValue({ ...EMPTY_DRAFT, start: '5', speaker: 'Chi' });
    await runner().run('clip-save', { draft: { ...EMPTY_DRAFT, start: '5', speaker: 'Chile' } });
    expect((await queued())[0]).toMatchObject({ speaker: 'Chile' });
  });
});
