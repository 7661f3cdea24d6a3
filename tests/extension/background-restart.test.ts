// @vitest-environment node
/**
 * The MV3 worker can be stopped at any moment. A "restart" here drops every in-memory thing:
 * the old instance's listeners and timers are removed, the modules are loaded afresh, and only
 * what is in storage remains.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem, type OutboxEntry } from '../../extension/lib/storage';
import { startClipServer, TOKEN, type ClipServer } from './helpers/clip-server';
import { clip, stubBrowserGaps, outboxEntries, until } from './helpers/fixtures';

let server: ClipServer;
let stop: (() => void) | undefined;
let clock: number;
const deps = { now: () => clock, random: () => 0.5 };

/** Loads the background from fresh module instances and starts it, as a new worker would. */
async function bootBackground(): Promise<void> {
  stop?.();
  vi.resetModules();
  const { startBackground } = await import('../../extension/entrypoints/background/start');
  stop = startBackground(deps);
}

async function send<T extends 'outbox:add' | 'outbox:state'>(type: T, payload: object) {
  const { sendToBackground } = await import('../../extension/lib/protocol');
  return sendToBackground(type, payload as never);
}

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

describe('background restart', () => {
  it('registers its alarms and opens the side panel from the toolbar button', async () => {
    const { setPanelBehavior } = stubBrowserGaps();
    await bootBackground();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    const periodic = await fakeBrowser.alarms.get('outbox-periodic');
    expect(periodic?.periodInMinutes).toBe(1);
    // A later wake-up of the worker must not push the periodic alarm back.
    await new Promise((r) => setTimeout(r, 5));
    await bootBackground();
    await new Promise((r) => setTimeout(r, 5));
    expect((await fakeBrowser.alarms.get('outbox-periodic'))?.scheduledTime).toBe(periodic?.scheduledTime);
  });

  it('keeps a clip saved while the server was down across a restart, and sends it exactly once', async () => {
    await server.down();
    await bootBackground();
    const c = clip();
    await send('outbox:add', { clip: c });
    await until(async () => (await outbox())[0]?.attempts === 1, 'the failed attempt');

    // The worker dies; later the browser starts it again and the server is back.
    await bootBackground(); // first boot with the server still down
    expect((await outbox()).map((e) => e.clip.id)).toEqual([c.id]);
    await server.up();
    clock = (await outbox())[0]!.nextAttemptAt + 1;
    await bootBackground();
    await fakeBrowser.runtime.onStartup.trigger();

    await until(async () => (await outbox()).length === 0, 'the outbox to empty');
    expect(server.posts.filter((p) => p.ids.includes(c.id))).toHaveLength(1);
    expect([...server.stored.keys()]).toEqual([c.id]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('re-sends a batch whose answer was lost; the idempotent server keeps one copy', async () => {
    server.mode = { kind: 'drop-after-store' };
    await bootBackground();
    const c = clip();
    await send('outbox:add', { clip: c });
    await until(async () => (await outbox())[0]?.attempts === 1, 'the lost answer');
    expect(server.stored.has(c.id)).toBe(true);
    expect((await outbox())[0]).toMatchObject({ state: 'waiting', clip: { id: c.id } });

    server.mode = { kind: 'ok' };
    clock = (await outbox())[0]!.nextAttemptAt + 1;
    await bootBackground();

    await until(async () => (await outbox()).length === 0, 'the re-send to be acknowledged');
    const posts = server.posts.filter((p) => p.ids.includes(c.id));
    expect(posts.map((p) => p.answered)).toEqual(['dropped', 200]);
    expect(posts[0]!.idempotencyKey).toBe(posts[1]!.idempotencyKey);
    expect(server.stored.size).toBe(1);
    expect(JSON.parse(server.stored.get(c.id)!)).toMatchObject({ id: c.id, start: c.kind === 'webcast' ? c.start : -1 });
    expect(await send('outbox:state', {})).toEqual({ waiting: 0, failed: 0 });
  });
});
