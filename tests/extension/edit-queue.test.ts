// @vitest-environment node
/**
 * Edits of sent clips made while the server cannot take them: queued in the outbox, sent later
 * by its retry machinery (also after the worker restarts), in order, once in effect; refusals kept
 * with their reason until the observer discards them. Against the real HTTP test server.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiClient, type ApiClient } from '../../extension/lib/api-client';
import { outboxItem, settingsItem, syncStatusItem } from '../../extension/lib/storage';
import { useBackgroundHarness } from './helpers/background-harness';
import { TOKEN } from './helpers/clip-server';
import { clip, outboxEntries, until } from './helpers/fixtures';

const bg = useBackgroundHarness();
const { boot, send, sentClip, fireRetryAlarm, stored, patchesOf, recentOf } = bg;

describe('an edit of a sent clip that cannot reach the server', () => {
  it('is queued, shown as waiting, and sent by the retry alarm once the server is back', async () => {
    await boot();
    const c = await sentClip({ speaker: 'France' });
    await bg.server.down();

    const res = await send('clips:edit', { id: c.id, patch: { speaker: 'Peru', note: 'on trafficking' } });
    expect(res).toMatchObject({ ok: true, queued: true, clip: { id: c.id, speaker: 'Peru' } });
    const [entry] = await outboxEntries();
    expect(entry).toMatchObject({ state: 'waiting', onServer: true, attempts: 1, clip: { speaker: 'Peru', note: 'on trafficking' } });
    expect(entry!.lastError).toMatch(/Cannot reach the server/);
    expect(entry!.nextAttemptAt).toBeGreaterThan(bg.clock);
    expect((await syncStatusItem.getValue()).lastError).toMatch(/Cannot reach the server/);
    await until(async () => (await fakeBrowser.alarms.get('outbox-retry'))?.scheduledTime === bg.clock + 30_000, 'the retry alarm');
    // The recent list keeps what the server holds until the server takes the edit.
    expect((await recentOf(c.id)).clip.speaker).toBe('France');
    await until(async () => (await fakeBrowser.action.getBadgeText({})) === '1', 'the badge');

    await bg.server.up();
    await fireRetryAlarm();
    await until(async () => (await outboxEntries()).length === 0, 'the edit to be sent');
    expect(stored(c.id)).toMatchObject({ speaker: 'Peru', note: 'on trafficking' });
    expect(patchesOf(c.id)).toHaveLength(1);
    expect((await recentOf(c.id)).clip).toMatchObject({ speaker: 'Peru', note: 'on trafficking' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('waits at least as long as Retry-After on a 503', async () => {
    await boot();
    const c = await sentClip();
    bg.server.mode = { kind: 'unavailable', retryAfter: '120' };
    expect(await send('clips:edit', { id: c.id, patch: { note: 'later' } })).toMatchObject({ ok: true, queued: true });
    const [entry] = await outboxEntries();
    expect(entry!.nextAttemptAt).toBeGreaterThanOrEqual(bg.clock + 120_000);
  });

  it('replaces an older queued edit of the same clip by the newer one, and sends the whole state once', async () => {
    await boot();
    const [a, b] = [await sentClip({ speaker: 'France' }), await sentClip({ speaker: 'Chile' })];
    await bg.server.down();
    await send('clips:edit', { id: a.id, patch: { speaker: 'Peru' } });
    await send('clips:edit', { id: b.id, patch: { tags: ['borders'] } });
    const second = await send('clips:edit', { id: a.id, patch: { note: 'second thought' } });
    expect(second).toMatchObject({ ok: true, queued: true, clip: { speaker: 'Peru', note: 'second thought' } });

    const entries = await outboxEntries();
    expect(entries.map((e) => [e.clip.id, e.rev])).toEqual([
      [a.id, 1],
      [b.id, 0],
    ]);
    await bg.server.up();
    await fireRetryAlarm();
    await until(async () => (await outboxEntries()).length === 0, 'both edits to be sent');
    // One PATCH per clip, each carrying the clip's whole editable state.
    expect(patchesOf(a.id).map((p) => p.body)).toEqual([{ speaker: 'Peru', tags: ['victims'], note: 'second thought', channel: 'floor', start: 75.5, end: 112 }]);
    expect(patchesOf(b.id)).toHaveLength(1);
    expect(stored(a.id)).toMatchObject({ speaker: 'Peru', note: 'second thought' });
    expect(stored(b.id)).toMatchObject({ speaker: 'Chile', tags: ['borders'] });
  });

  it('survives the worker stopping: a fresh background sends it at start', async () => {
    await boot();
    const c = await sentClip();
    await bg.server.down();
    await send('clips:edit', { id: c.id, patch: { speaker: 'Peru' } });
    expect(await outboxEntries()).toHaveLength(1);

    // The worker dies; the browser starts it again later, with the server back.
    bg.halt();
    await bg.server.up();
    bg.clock = (await outboxEntries())[0]!.nextAttemptAt + 1;
    await boot();
    await until(async () => (await outboxEntries()).length === 0, 'the start-up flush');
    expect(stored(c.id).speaker).toBe('Peru');
    expect(patchesOf(c.id)).toHaveLength(1);
  });

  it('clears a send cut off by the worker stopping, and sends it again on runtime.onStartup', async () => {
    await boot();
    const c = await sentClip();
    await bg.server.down();
    await send('clips:edit', { id: c.id, patch: { speaker: 'Peru' } });
    // Stored as the worker left it in the middle of a send.
    await outboxItem.setValue((await outboxEntries()).map((e) => ({ ...e, sending: true })));
    bg.halt();
    await boot(); // with the server still down: the start-up flush finds nothing due
    await bg.server.up();
    bg.clock = (await outboxEntries())[0]!.nextAttemptAt + 1;
    await fakeBrowser.runtime.onStartup.trigger();
    await until(async () => (await outboxEntries()).length === 0, 'the edit to be sent');
    expect(stored(c.id).speaker).toBe('Peru');
  });

  it('after a lost answer sends the same state again, which the server applies as no change', async () => {
    let lose = true;
    const client = (s: Parameters<typeof createApiClient>[0]): ApiClient => {
      const real = createApiClient(s);
      // The server applies the edit, then the answer is lost on the way back.
      return { ...real, patchClip: async (id, p) => (lose ? (await real.patchClip(id, p), { ok: false, error: { kind: 'network', message: 'lost' } }) : real.patchClip(id, p)) };
    };
    await boot({ client });
    const c = await sentClip({ speaker: 'France' });
    expect(await send('clips:edit', { id: c.id, patch: { speaker: 'Peru' } })).toMatchObject({ ok: true, queued: true });
    expect(stored(c.id).speaker).toBe('Peru');
    const before = bg.server.stored.get(c.id);

    lose = false;
    await fireRetryAlarm();
    await until(async () => (await outboxEntries()).length === 0, 'the re-sent edit');
    expect(patchesOf(c.id).map((p) => p.body)).toEqual([patchesOf(c.id)[0]!.body, patchesOf(c.id)[0]!.body]);
    expect(bg.server.stored.get(c.id)).toBe(before);
    expect((await recentOf(c.id)).clip.speaker).toBe('Peru');
  });

  it('is queued without a token, and sent once a token is set', async () => {
    await boot();
    const c = await sentClip();
    await settingsItem.setValue({ serverUrl: bg.server.url, token: '' });
    expect(await send('clips:edit', { id: c.id, patch: { note: 'typed offline' } })).toMatchObject({ ok: true, queued: true });
    expect((await outboxEntries())[0]).toMatchObject({ state: 'waiting', onServer: true, lastError: expect.stringMatching(/token/i) });
    await settingsItem.setValue({ serverUrl: bg.server.url, token: TOKEN });
    await until(async () => (await outboxEntries()).length === 0, 'the edit to be sent');
    expect(stored(c.id).note).toBe('typed offline');
  });
});

describe('an edit the server refuses', () => {
  it('409: kept with its reason, the clip shown locked, never sent again; discarding drops only the edit', async () => {
    await boot();
    const c = await sentClip({ speaker: 'France' });
    await bg.server.down();
    await send('clips:edit', { id: c.id, patch: { speaker: 'Peru' } });
    bg.server.reviews.set(c.id, { status: 'approved', lock: 'reviewed' });
    await bg.server.up();
    await fireRetryAlarm();
    await until(async () => (await outboxEntries())[0]?.state === 'failed', 'the refusal');
    expect((await outboxEntries())[0]).toMatchObject({ refusal: 'reviewed', onServer: true, clip: { speaker: 'Peru' } });
    expect((await recentOf(c.id)).review).toMatchObject({ editable: false, lock: 'reviewed' });

    // Neither the alarm nor "Send now" sends a refused edit again.
    await send('outbox:flush', { force: true });
    bg.clock += 60 * 60_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'outbox-periodic', scheduledTime: bg.clock, persistAcrossSessions: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(patchesOf(c.id)).toHaveLength(1);
    expect(stored(c.id).speaker).toBe('France');

    expect(await send('outbox:discard', { id: c.id })).toEqual({ waiting: 0, failed: 0 });
    expect(await outboxEntries()).toEqual([]);
    expect(stored(c.id).speaker).toBe('France');
  });

  it('404 and 403 are final refusals; a clip_busy 409 is tried again', async () => {
    const answers: Record<string, { status: number; code: string }> = {};
    const client = (s: Parameters<typeof createApiClient>[0]): ApiClient => {
      const real = createApiClient(s);
      return {
        ...real,
        patchClip: async (id, p) => {
          const a = answers[id];
          if (!a) return real.patchClip(id, p);
          return { ok: false, error: { kind: 'client', status: a.status, code: a.code, message: `refused ${a.code}` } };
        },
      };
    };
    await boot({ client });
    const [gone, forbidden, busy] = [await sentClip(), await sentClip(), await sentClip()];
    answers[gone.id] = { status: 404, code: 'not_found' };
    answers[forbidden.id] = { status: 403, code: 'forbidden' };
    answers[busy.id] = { status: 409, code: 'clip_busy' };
    for (const c of [gone, forbidden, busy]) expect(await send('clips:edit', { id: c.id, patch: { note: 'n' } })).toMatchObject({ ok: c === busy });
    const entries = await outboxEntries();
    expect(entries.map((e) => [e.clip.id, e.state])).toEqual([[busy.id, 'waiting']]);

    delete answers[busy.id];
    await fireRetryAlarm();
    await until(async () => (await outboxEntries()).length === 0, 'the busy edit to go');
    expect(stored(busy.id).note).toBe('n');
  });

  it('a queued edit refused later for 404 or 400 stays, with the problems; a clip never sent cannot be discarded', async () => {
    let answer: { status: number; code: string; problems?: { path: string; message: string }[] } | null = null;
    const client = (s: Parameters<typeof createApiClient>[0]): ApiClient => {
      const real = createApiClient(s);
      return { ...real, patchClip: async (id, p) => (answer ? { ok: false, error: { kind: 'client', message: 'no', ...answer } } : real.patchClip(id, p)) };
    };
    await boot({ client });
    const [a, b] = [await sentClip(), await sentClip()];
    await bg.server.down();
    await send('clips:edit', { id: a.id, patch: { note: 'x' } });
    await send('clips:edit', { id: b.id, patch: { note: 'y' } });
    answer = { status: 400, code: 'validation_failed', problems: [{ path: 'note', message: 'too long' }] };
    await fireRetryAlarm();
    await until(async () => (await outboxEntries()).every((e) => e.state === 'failed'), 'the refusals');
    expect((await outboxEntries()).map((e) => [e.refusal, e.problems])).toEqual([
      ['invalid', [{ path: 'note', message: 'too long' }]],
      ['invalid', [{ path: 'note', message: 'too long' }]],
    ]);

    // A clip the server refused when first sent is not an edit: discarding it would lose it.
    await bg.server.up();
    const never = clip({ start: -5 });
    await send('outbox:add', { clip: never });
    await until(async () => (await outboxEntries()).some((e) => e.clip.id === never.id && e.state === 'failed'), 'the refused clip');
    expect(await send('outbox:discard', { id: never.id })).toMatchObject({ failed: 3 });
    expect(await send('outbox:discard', { id: a.id })).toMatchObject({ failed: 2 });
  });
});
