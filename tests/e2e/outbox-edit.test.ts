// Editing clips from the side panel: a clip the server refused and a clip waiting while the server
// is down are edited in the outbox and arrive once, with the edit, under their own id; a sent clip
// is edited from "My recent clips" and the record follows; once approved it shows as locked.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from '../../scripts/lib/api.mjs';
import { setupE2e, type E2e } from './harness';
import {
  configureExtension,
  eventually,
  expectAccessible,
  myClips,
  fillClip,
  interventionsOf,
  openPlayerPage,
  openSidePanel,
  screenshotPath,
  seekVideo,
  tabIdOf,
  takePlayerTime,
  waitForOutbox,
  waitForSpeaker,
} from './helpers';

let e2e: E2e;
let panel: Page;

beforeAll(async () => {
  e2e = await setupE2e('outbox-edit');
  await configureExtension(e2e);
  await openPlayerPage(e2e, e2e.fixtures.inlinePlayerUrl);
  panel = await openSidePanel(e2e, await tabIdOf(e2e, e2e.fixtures.inlinePlayerUrl));
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') e2e?.dumpLogs();
});
afterAll(async () => {
  await e2e?.close();
});

/** Opens the editor of the clip whose list line starts with `line`, and answers the editor form. */
async function openEditor(line: string | RegExp) {
  await panel.getByRole('button', { name: typeof line === 'string' ? `Edit the clip ${line}` : line }).click();
  const form = panel.getByRole('form', { name: /^Edit the clip of/ });
  await expect.poll(() => form.count()).toBe(1);
  return form;
}

describe('editing clips in the side panel', () => {
  it('fixes a refused clip and edits a waiting one; each arrives once, with the edit', async () => {
    // A clip the server refuses (End before Start): say, saved by an older version of the extension.
    const refused = {
      id: randomUUID(),
      dialogueId: e2e.dialogue.id,
      kind: 'webcast',
      clock: 'recording',
      start: 30,
      end: 12,
      speaker: 'Argentina',
      tags: ['firearms'],
      note: 'Argentina on marking and tracing.',
      channel: 'floor',
      capturedAt: new Date().toISOString(),
    };
    await panel.evaluate((clip) => (globalThis as any).chrome.runtime.sendMessage({ type: 'outbox:add', payload: { clip } }), refused);
    await waitForOutbox(panel, '1 failed');
    const failed = panel.getByTestId('outbox-failed');
    await expect.poll(() => failed.textContent()).toContain('End: must not be before start');
    await panel.screenshot({ path: screenshotPath('sidepanel-outbox-refused.png'), fullPage: true });
    await expectAccessible(panel, 'a refused clip in the outbox');

    const fix = await openEditor('Argentina · 30–12');
    await expect.poll(() => fix.getByLabel('End', { exact: true }).inputValue()).toBe('12');
    await fix.getByLabel('End', { exact: true }).fill('42');
    await fix.getByRole('button', { name: 'Save changes' }).click();
    await waitForOutbox(panel, 'All sent');
    const argentina = interventionsOf(await waitForSpeaker(e2e, 'Argentina'), 'Argentina');
    expect(argentina.flatMap((i) => i.clipIds)).toEqual([refused.id]);
    expect(argentina[0]!.end).toBeCloseTo(42, 1);

    // The server goes down; a clip is captured and waits; the observer corrects it before it goes.
    await e2e.stopWorker();
    const player = panel.context().pages().find((p) => p.url() === e2e.fixtures.inlinePlayerUrl)!;
    await seekVideo(player, 14);
    await takePlayerTime(panel, 'Start');
    await seekVideo(player, 19);
    await takePlayerTime(panel, 'End');
    await fillClip(panel, { speaker: 'Brazil', tags: 'offline', note: 'Typed in a hurry.' });
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await waitForOutbox(panel, '1 waiting');
    const edit = await openEditor(/^Edit the clip Brazil · 14/);
    await edit.getByLabel('Speaker', { exact: true }).fill('Colombia');
    await edit.getByLabel('Note', { exact: true }).fill('Colombia, not Brazil.');
    await panel.screenshot({ path: screenshotPath('sidepanel-outbox-editing.png'), fullPage: true });
    await expectAccessible(panel, 'the editor of a waiting clip');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => panel.getByTestId('outbox-message').textContent()).toContain('Clip changed');
    await waitForOutbox(panel, '1 waiting');
    await expect.poll(() => panel.getByTestId('outbox-waiting').textContent()).toContain('Colombia · 14');

    await e2e.startWorker();
    await panel.getByRole('button', { name: 'Send now' }).click();
    await waitForOutbox(panel, 'All sent', 30_000);
    const record = await waitForSpeaker(e2e, 'Colombia');
    expect(interventionsOf(record, 'Brazil')).toEqual([]);
    const colombia = interventionsOf(record, 'Colombia');
    expect(colombia).toHaveLength(1);
    expect(colombia[0]!.notes).toEqual(['Colombia, not Brazil.']);
    const mine = await myClips(e2e);
    expect(mine.map((c) => c.clip.speaker).sort()).toEqual(['Argentina', 'Colombia']);
    expect(new Set(mine.map((c) => c.clip.id)).size).toBe(2);
  });

  it('edits a sent clip from "My recent clips"; once approved it is locked', async () => {
    const recent = panel.getByTestId('recent-clips');
    await panel.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => recent.getByRole('listitem').count()).toBe(2);
    const [colombiaClip] = (await myClips(e2e)).filter((c) => c.clip.speaker === 'Colombia');

    const form = await openEditor(/^Edit the clip Colombia · 14/);
    await form.getByLabel('Speaker', { exact: true }).fill('Ecuador');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => panel.getByTestId('recent-message').textContent()).toContain('Clip changed on the server');
    const record = await waitForSpeaker(e2e, 'Ecuador');
    expect(interventionsOf(record, 'Colombia')).toEqual([]);
    const [ecuador] = interventionsOf(record, 'Ecuador');
    expect(ecuador!.clipIds).toEqual([colombiaClip!.clip.id]);

    // A reviewer approves the intervention: the clip is no longer its observer's to change.
    await api(e2e.serverUrl, `/interventions/${ecuador!.id}`, { method: 'PATCH', token: e2e.token, body: { baseVersion: ecuador!.version, status: 'approved' } });
    await panel.getByRole('button', { name: 'Refresh' }).click();
    const item = recent.locator(`li[data-clip-id="${colombiaClip!.clip.id}"]`);
    await expect.poll(() => item.getAttribute('data-locked')).toBe('true');
    expect(await item.getByTestId('recent-status').textContent()).toBe('Approved: it can no longer be changed');
    expect(await item.getByRole('button').count()).toBe(0);
    // The other clip stays editable.
    expect(await recent.getByRole('button', { name: /^Edit the clip Argentina/ }).count()).toBe(1);
    await recent.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-recent-locked.png'), fullPage: true });
    await expectAccessible(panel, 'my recent clips, one locked');

    // In Arabic the lists lay out right to left, and the words come from the outbox namespace.
    const worker = await e2e.backgroundWorker();
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ uiLanguage: 'ar' }));
    await expect.poll(() => panel.locator('#recent-heading').textContent()).toBe('مقاطعي الأخيرة');
    expect(await panel.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await item.getByTestId('recent-status').textContent()).toBe('اعتُمد: لم يعد من الممكن تغييره');
    await recent.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath('sidepanel-recent-ar.png'), fullPage: true });
    await expectAccessible(panel, 'my recent clips in Arabic');
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ uiLanguage: 'auto' }));
    await expect.poll(() => panel.locator('#recent-heading').textContent()).toBe('My recent clips');

    // And the server refuses an edit all the same.
    const refused = await api(e2e.serverUrl, `/clips/${colombiaClip!.clip.id}`, { method: 'PATCH', token: e2e.token, body: { speaker: 'Peru' } }).catch((e) => e);
    expect(refused.status).toBe(409);
  });
});
