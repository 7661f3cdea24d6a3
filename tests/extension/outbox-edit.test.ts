// @vitest-environment node
/**
 * Retry and edit in the outbox, and the observer's recent sent clips: against a real HTTP server
 * that answers like the Worker (POST /clips idempotent by id, PATCH /clips/{id} for one's own).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiClient, type ApiClient } from '../../extension/lib/api-client';
import { createMyClipsHandlers } from '../../extension/lib/my-clips-service';
import { createOutbox, type Outbox, type OutboxDeps } from '../../extension/lib/outbox';
import { onMessage, sendToBackground } from '../../extension/lib/protocol';
import { outboxItem, RECENT_CLIPS_MAX, recentClipsItem, settingsItem, type OutboxEntry } from '../../extension/lib/storage';
import type { ClipInput } from '../../shared/schemas';
import { startClipServer, TOKEN, type ClipServer } from './helpers/clip-server';
import { clip, outboxEntries, stubBrowserGaps, until } from './helpers/fixtures';

let server: ClipServer;
let clock: number;
let outbox: Outbox;
let stops: (() => void)[] = [];

/** The outbox and this module's handlers, as the background wires them. */
function boot(extra: Partial<OutboxDeps> = {}): Outbox {
  const deps: OutboxDeps = { now: () => clock, random: () => 0.5, ...extra };
  const ob = createOutbox(deps);
  const connect = async () => {
    const settings = await settingsItem.getValue();
    return { settings, client: (deps.client ?? createApiClient)(settings) };
  };
  stops.push(onMessage({ ...createMyClipsHandlers({ outbox: ob, connect, now: deps.now }), 'outbox:add': ({ clip: c }) => ob.add(c) }), () => ob.dispose());
  return ob;
}

/** A client whose POST /clips waits at a gate, to act while a send is in flight. */
function gatedClient() {
  let release!: () => void;
  let entered!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const posting = new Promise<void>((r) => (entered = r));
  const client = (s: Parameters<typeof createApiClient>[0]): ApiClient => {
    const real = createApiClient(s);
    return { ...real, postClips: async (clips, key) => (entered(), await gate, real.postClips(clips, key)) };
  };
  return { client, posting, release };
}

const storedClip = (id: string) => JSON.parse(server.stored.get(id)!) as ClipInput;
const postsOf = (id: string) => server.posts.filter((p) => p.ids.includes(id));
const failedEntry = (c: ClipInput, problems = [{ path: 'speaker', message: 'must not be empty' }]): OutboxEntry => ({
  clip: c,
  state: 'failed',
  attempts: 0,
  lastError: 'invalid: speaker: must not be empty',
  nextAttemptAt: clock,
  problems,
});

beforeEach(async () => {
  fakeBrowser.reset();
  stubBrowserGaps();
  clock = Date.parse('2026-07-02T10:00:00Z');
  server = await startClipServer();
  await settingsItem.setValue({ serverUrl: server.url, token: TOKEN });
});

afterEach(async () => {
  stops.forEach((stop) => stop());
  stops = [];
  await server.down();
});

describe('outbox: retry and edit before sending', () => {
  it('keeps a refused clip with the server reason, and sends it once edited, under the same id', async () => {
    outbox = boot();
    const bad = clip({ start: -5 });
    await outbox.add(bad);
    await until(async () => (await outboxEntries())[0]?.state === 'failed', 'the refusal');
    expect((await outboxEntries())[0]!.problems?.map((p) => p.path)).toEqual(['start']);

    const res = await sendToBackground('outbox:edit', { id: bad.id, patch: { start: 5, speaker: 'Chile' } });
    expect(res).toMatchObject({ ok: true, clip: { id: bad.id, start: 5, speaker: 'Chile' } });
    await until(async () => (await outboxEntries()).length === 0, 'the edited clip sent');
    expect(storedClip(bad.id)).toMatchObject({ start: 5, speaker: 'Chile' });
    expect(postsOf(bad.id)).toHaveLength(2); // refused once, stored once
    expect((await recentClipsItem.getValue()).map((r) => [r.clip.id, r.clip.speaker])).toEqual([[bad.id, 'Chile']]);
  });

  it('refuses an invalid edit field by field and leaves the entry as it was', async () => {
    await settingsItem.setValue({ serverUrl: server.url, token: '' }); // nothing is sent
    outbox = boot();
    const c = clip();
    await outbox.add(c);
    const before = await outboxEntries();
    const res = await sendToBackground('outbox:edit', { id: c.id, patch: { speaker: ' ', start: 200 } });
    expect(res.ok).toBe(false);
    expect(res.ok === false && res.problems?.map((p) => p.path).sort()).toEqual(['end', 'speaker']);
    expect(await outboxEntries()).toEqual(before);
  });

  it('retries a failed clip at once', async () => {
    const c = clip();
    await outboxItem.setValue([failedEntry(c)]);
    outbox = boot();
    expect(await sendToBackground('outbox:retry', { id: c.id })).toEqual({ waiting: 0, failed: 0 });
    expect(postsOf(c.id)).toHaveLength(1);
    expect(server.stored.has(c.id)).toBe(true);
    expect(await outboxEntries()).toEqual([]);
  });

  it('keeps an edit made while the clip is on its way, and applies it to the stored clip: one clip, edited', async () => {
    const gated = gatedClient();
    outbox = boot({ client: gated.client });
    const c = clip({ speaker: 'Mexico' });
    await outbox.add(c);
    await gated.posting; // the original is in flight
    expect((await outboxEntries())[0]).toMatchObject({ sending: true });
    const res = await sendToBackground('outbox:edit', { id: c.id, patch: { speaker: 'Chile', note: 'on the floor' } });
    expect(res.ok).toBe(true);
    gated.release();
    await until(async () => (await outboxEntries()).length === 0, 'the edit delivered');
    expect(postsOf(c.id)).toHaveLength(1);
    expect(server.patches.map((p) => p.id)).toEqual([c.id]);
    expect(storedClip(c.id)).toMatchObject({ speaker: 'Chile', note: 'on the floor', start: c.kind === 'webcast' ? c.start : 0 });
    expect(server.stored.size).toBe(1);
    const [recent] = await recentClipsItem.getValue();
    expect(recent).toMatchObject({ clip: { id: c.id, speaker: 'Chile' }, review: { editable: true, status: 'draft' } });
  });

  it('edits a clip whose first send was stored but never answered: the re-send conflicts, the edit goes as PATCH', async () => {
    server.mode = { kind: 'drop-after-store' };
    outbox = boot();
    const c = clip({ speaker: 'Mexico' });
    await outbox.add(c);
    await until(async () => (await outboxEntries())[0]?.attempts === 1, 'the lost answer');
    server.mode = { kind: 'ok' };
    await sendToBackground('outbox:edit', { id: c.id, patch: { speaker: 'Peru' } });
    await until(async () => (await outboxEntries()).length === 0, 'the edit delivered');
    expect(server.stored.size).toBe(1);
    expect(storedClip(c.id).speaker).toBe('Peru');
    expect(server.patches).toHaveLength(1);
  });

  it('sends an edit of a clip that was sent while the editor was open to the server', async () => {
    outbox = boot();
    const c = clip();
    await outbox.add(c);
    await until(async () => (await outboxEntries()).length === 0, 'the send');
    const res = await sendToBackground('outbox:edit', { id: c.id, patch: { note: 'late' } });
    expect(res).toMatchObject({ ok: true, clip: { note: 'late' } });
    expect(storedClip(c.id).note).toBe('late');
    expect(postsOf(c.id)).toHaveLength(1);
  });

  it('clears a send marked in flight by a worker that was stopped', async () => {
    await settingsItem.setValue({ serverUrl: server.url, token: '' });
    await outboxItem.setValue([{ ...failedEntry(clip()), state: 'waiting', sending: true }]);
    outbox = boot();
    await outbox.flush();
    expect((await outboxEntries())[0]!.sending).toBe(false);
  });
});

describe('recent clips', () => {
  it('keeps the last sent clips, newest first, within the bound', async () => {
    outbox = boot();
    const clips = Array.from({ length: RECENT_CLIPS_MAX + 5 }, () => clip());
    await outboxItem.setValue(clips.map((c) => ({ clip: c, state: 'waiting', attempts: 0, lastError: null, nextAttemptAt: clock })));
    await outbox.flush();
    const recent = await recentClipsItem.getValue();
    expect(recent).toHaveLength(RECENT_CLIPS_MAX);
    expect(recent[0]!.clip.id).toBe(clips.at(-1)!.id);
    expect(new Set(recent.map((r) => r.clip.id)).size).toBe(RECENT_CLIPS_MAX);
  });

  it('refreshes review status, edits an editable clip on the server, and shows a reviewed one as locked', async () => {
    outbox = boot();
    const [open, approved] = [clip({ speaker: 'France' }), clip({ speaker: 'Chile' })];
    await outbox.add(open);
    await outbox.add(approved);
    await until(async () => (await recentClipsItem.getValue()).length === 2, 'both sent');
    server.reviews.set(approved.id, { status: 'approved', lock: 'reviewed' });

    const { clips, message } = await sendToBackground('clips:recent', { refresh: true });
    expect(message).toBeNull();
    expect(clips.map((r) => [r.clip.speaker, r.review?.status, r.review?.editable])).toEqual([
      ['Chile', 'approved', false],
      ['France', 'draft', true],
    ]);

    expect(await sendToBackground('clips:edit', { id: open.id, patch: { speaker: 'Peru' } })).toMatchObject({ ok: true });
    expect(storedClip(open.id).speaker).toBe('Peru');
    expect((await recentClipsItem.getValue()).find((r) => r.clip.id === open.id)!.clip.speaker).toBe('Peru');

    const refused = await sendToBackground('clips:edit', { id: approved.id, patch: { speaker: 'Peru' } });
    expect(refused).toMatchObject({ ok: false, reason: 'locked' });
    expect(storedClip(approved.id).speaker).toBe('Chile');
    const invalid = await sendToBackground('clips:edit', { id: open.id, patch: { tags: [''] } });
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid', problems: [{ path: 'tags.0' }] });
  });

  it('keeps the last known status when the server cannot be reached', async () => {
    outbox = boot();
    const c = clip();
    await outbox.add(c);
    await until(async () => (await recentClipsItem.getValue()).length === 1, 'the send');
    await server.down();
    const res = await sendToBackground('clips:recent', { refresh: true });
    expect(res.message).toMatch(/Cannot reach the server/);
    expect(res.clips.map((r) => r.clip.id)).toEqual([c.id]);
    const edit = await sendToBackground('clips:edit', { id: c.id, patch: { note: 'x' } });
    // Not lost: the edit waits in the outbox (tests/extension/edit-queue.test.ts follows it there).
    expect(edit).toMatchObject({ ok: true, queued: true });
    expect((await recentClipsItem.getValue())[0]!.clip.note).toBe(c.note);
  });
});
