// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../extension/entrypoints/background/start';
import { backoffMs, createOutbox, RETRY_ALARM } from '../../extension/lib/outbox';
import { sendToBackground } from '../../extension/lib/protocol';
import { settingsItem, syncStatusItem, type OutboxEntry } from '../../extension/lib/storage';
import { startClipServer, TOKEN, type ClipServer } from './helpers/clip-server';
import { clip, stubBrowserGaps, outboxEntries, until } from './helpers/fixtures';

let server: ClipServer;
let stop: (() => void) | undefined;
let clock: number;
const deps = { now: () => clock, random: () => 0.5 };

const outbox = outboxEntries;

beforeEach(async () => {
  fakeBrowser.reset();
  stubBrowserGaps();
  clock = Date.parse('2026-07-02T10:00:00Z');
  server = await startClipServer();
  await settingsItem.setValue({ serverUrl: server.url, token: TOKEN });
});

afterEach(async () => {
  stop?.();
  stop = undefined;
  await server.down();
});

describe('outbox', () => {
  it('persists an added clip in local:outbox at once', async () => {
    await settingsItem.setValue({ serverUrl: server.url, token: '' });
    const c = clip();
    const summary = await createOutbox(deps).add(c);
    expect(summary).toEqual({ waiting: 1, failed: 0 });
    const raw = await fakeBrowser.storage.local.get('outbox');
    expect((raw.outbox as OutboxEntry[]).map((e) => [e.clip.id, e.state, e.attempts])).toEqual([[c.id, 'waiting', 0]]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('keeps a clip waiting while the server is unreachable, then sends it when it is back', async () => {
    await server.down();
    stop = startBackground(deps);
    const c = clip();
    await sendToBackground('outbox:add', { clip: c });
    await until(async () => (await outbox())[0]?.attempts === 1, 'a failed attempt');

    const [entry] = await outbox();
    expect(entry).toMatchObject({ state: 'waiting', attempts: 1 });
    expect(entry!.lastError).toContain('Cannot reach the server');
    expect(entry!.nextAttemptAt).toBeGreaterThan(clock);
    const alarm = await fakeBrowser.alarms.get(RETRY_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(clock);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    // Not due yet: an alarm that fires early sends nothing.
    await server.up();
    await fakeBrowser.alarms.onAlarm.trigger(retryAlarm(clock));
    await sendToBackground('outbox:state', {});
    expect(server.posts).toHaveLength(0);

    clock = entry!.nextAttemptAt + 1;
    await fakeBrowser.alarms.onAlarm.trigger(retryAlarm(clock));
    await until(async () => (await outbox()).length === 0, 'the outbox to empty');
    expect([...server.stored.keys()]).toEqual([c.id]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped near five minutes', () => {
    expect(backoffMs(1, 0)).toBe(1_000);
    expect(backoffMs(1, 1)).toBe(2_000);
    expect(backoffMs(4, 0.5)).toBe(12_000);
    expect(backoffMs(30, 1)).toBe(300_000);
    expect(backoffMs(1, 0, 90_000)).toBe(90_000);
  });

  it('honours Retry-After on 503', async () => {
    server.mode = { kind: 'unavailable', retryAfter: '120' };
    const ob = createOutbox(deps);
    await fakeBrowser.storage.local.set({ outbox: [entryFor(clip())] });
    await ob.flush();
    const [entry] = await outbox();
    expect(entry).toMatchObject({ state: 'waiting', attempts: 1 });
    expect(entry!.nextAttemptAt).toBeGreaterThanOrEqual(clock + 120_000);
    expect(entry!.lastError).toContain('503');
    ob.dispose();
  });

  it('marks an invalid clip failed with the server reason and keeps it, while its batch-mate is stored', async () => {
    const good = clip();
    const bad = clip({ start: -5 });
    const ob = createOutbox(deps);
    await fakeBrowser.storage.local.set({ outbox: [entryFor(bad), entryFor(good)] });
    const summary = await ob.flush();
    expect(summary).toEqual({ waiting: 0, failed: 1 });
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ state: 'failed', clip: { id: bad.id } });
    expect(entries[0]!.lastError).toMatch(/^invalid: start: /);
    expect(entries[0]!.problems?.[0]?.path).toBe('start');
    expect(server.stored.has(good.id)).toBe(true);
    // A failed clip is not sent again by later flushes.
    await ob.flush({ force: true });
    expect(server.posts).toHaveLength(1);
    ob.dispose();
  });

  it('stops retrying on a refused token until the settings change', async () => {
    await settingsItem.setValue({ serverUrl: server.url, token: 'udc_wrong' });
    stop = startBackground(deps);
    await sendToBackground('outbox:add', { clip: clip() });
    await until(async () => (await syncStatusItem.getValue()).authFailedFor !== null, 'the 401');
    const [entry] = await outbox();
    expect(entry).toMatchObject({ state: 'waiting', attempts: 0 });
    expect(entry!.lastError).toContain('401');
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();

    await settingsItem.setValue({ serverUrl: server.url, token: TOKEN });
    await until(async () => (await outbox()).length === 0, 'the send with the new token');
    expect(server.stored.size).toBe(1);
  });

  it('sends in batches of at most 50, each with its own idempotency key', async () => {
    const entries = Array.from({ length: 120 }, () => entryFor(clip()));
    await fakeBrowser.storage.local.set({ outbox: entries });
    const ob = createOutbox(deps);
    await ob.flush();
    expect(server.posts.map((p) => p.ids.length)).toEqual([50, 50, 20]);
    expect(new Set(server.posts.map((p) => p.idempotencyKey)).size).toBe(3);
    expect(server.posts.every((p) => /^[0-9a-f]{64}$/.test(p.idempotencyKey ?? ''))).toBe(true);
    expect(await outbox()).toEqual([]);
    ob.dispose();
  });

  it('does not lose a clip added while a flush is in flight', async () => {
    let release!: () => void;
    let entered!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const posting = new Promise<void>((r) => (entered = r));
    const { createApiClient } = await import('../../extension/lib/api-client');
    const ob = createOutbox({
      ...deps,
      client: (s) => {
        const real = createApiClient(s);
        return { ...real, postClips: async (clips, key) => (entered(), await gate, real.postClips(clips, key)) };
      },
    });
    const first = clip();
    const second = clip();
    await ob.add(first);
    await posting; // the first clip is on its way to the server
    await ob.add(second);
    expect((await outbox()).map((e) => e.clip.id)).toEqual([first.id, second.id]);
    release();
    await until(async () => (await outbox()).length === 0, 'both clips sent');
    expect(server.posts.map((p) => p.ids)).toEqual([[first.id], [second.id]]);
    ob.dispose();
  });
});

function retryAlarm(scheduledTime: number) {
  return { name: RETRY_ALARM, scheduledTime, persistAcrossSessions: false } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0];
}

function entryFor(c: ReturnType<typeof clip>): OutboxEntry {
  return { clip: c, state: 'waiting', attempts: 0, lastError: null, nextAttemptAt: clock };
}

