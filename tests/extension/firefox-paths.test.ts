// @vitest-environment node
/**
 * The background's core paths in a Firefox-like browser: no `sidePanel` (a `sidebar_action` and
 * `sidebarAction` instead), `menus` rather than `contextMenus`, MV2's `browserAction` rather than
 * `action`, and an event page that is unloaded when idle and woken by events (like the MV3 worker,
 * every module is loaded afresh: only storage survives).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftItem, outboxItem, settingsItem } from '../../extension/lib/storage';
import { startClipServer, TOKEN, type ClipServer } from './helpers/clip-server';
import { clip, fakeEvent, outboxEntries, stubBrowserGaps, until } from './helpers/fixtures';

type Api = Record<string, unknown>;
const b = fakeBrowser as unknown as Record<string, Api | undefined>;
const ORIGINAL = { action: b.action, browserAction: b.browserAction, sidePanel: b.sidePanel };

let server: ClipServer;
let stop: (() => void) | undefined;
let clock: number;

/** Firefox as the built manifest targets it: MV3 (`action`) or MV2 (`browserAction`). */
function firefoxLike(mv: 2 | 3) {
  const gaps = stubBrowserGaps();
  const toggle = vi.fn(async () => {});
  const open = vi.fn(async () => {});
  const menus = { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: fakeEvent() };
  b.sidePanel = undefined;
  b.contextMenus = undefined;
  b.menus = menus;
  b.sidebarAction = { toggle, open };
  if (mv === 2) {
    b.browserAction = ORIGINAL.action;
    b.action = undefined;
  }
  return { ...gaps, toggle, open, menus };
}

/** The event page is unloaded when idle: its listeners and timers go. */
function unload(): void {
  stop?.();
  stop = undefined;
}

/** A wake-up of the event page: fresh modules, new listeners; the previous instance is gone. */
async function wake(): Promise<void> {
  unload();
  vi.resetModules();
  const { startBackground } = await import('../../extension/entrypoints/background/start');
  stop = startBackground({ now: () => clock, random: () => 0.5 });
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = Date.parse('2026-07-02T10:00:00Z');
  server = await startClipServer();
  await settingsItem.setValue({ serverUrl: server.url, token: TOKEN });
});

afterEach(async () => {
  unload();
  Object.assign(b, ORIGINAL, { sidebarAction: undefined, menus: undefined });
  await server.down();
});

describe.each([3, 2] as const)('Firefox MV%i', (mv) => {
  it('toggles the sidebar from the toolbar button, in the click itself (Firefox refuses it later)', async () => {
    const { toggle, setPanelBehavior } = firefoxLike(mv);
    await wake();
    const action = (mv === 3 ? b.action : b.browserAction) as unknown as typeof fakeBrowser.action;
    void action.onClicked.trigger({ id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 } as never);
    // No await between the click and the toggle: a user action is only honoured synchronously.
    expect(toggle).toHaveBeenCalledTimes(1);
    expect(setPanelBehavior).not.toHaveBeenCalled();
  });

  it('sends what waits in the outbox when the event page wakes on startup, and retries on its alarm', async () => {
    firefoxLike(mv);
    const c = clip();
    await server.down();
    await wake();
    const { sendToBackground } = await import('../../extension/lib/protocol');
    await sendToBackground('outbox:add', { clip: c });
    await until(async () => (await outboxEntries())[0]?.attempts === 1, 'the failed first send');
    expect(await (mv === 3 ? fakeBrowser.action : (b.browserAction as unknown as typeof fakeBrowser.action)).getBadgeText({})).toBe('1');
    expect(await fakeBrowser.alarms.get('outbox-retry')).toBeDefined();

    // The page is unloaded; the browser restarts and wakes it with onStartup.
    unload();
    await server.up();
    clock = (await outboxEntries())[0]!.nextAttemptAt + 1;
    await wake();
    await fakeBrowser.runtime.onStartup.trigger();
    await until(async () => (await outboxEntries()).length === 0, 'the outbox to empty');
    expect(server.posts.filter((p) => p.ids.includes(c.id) && p.answered === 200)).toHaveLength(1);
    expect(await fakeBrowser.alarms.get('outbox-periodic')).toMatchObject({ periodInMinutes: 1 });

    // A later clip that fails is sent by the retry alarm, which wakes the page again.
    const d = clip();
    server.mode = { kind: 'unavailable' };
    const { sendToBackground: send2 } = await import('../../extension/lib/protocol');
    await send2('outbox:add', { clip: d });
    await until(async () => (await outboxEntries())[0]?.attempts === 1, 'the second failed send');
    unload();
    server.mode = { kind: 'ok' };
    await wake(); // before its retry time: the wake-up's own flush leaves it waiting
    await new Promise((r) => setTimeout(r, 50));
    expect((await outboxEntries()).map((e) => e.clip.id)).toEqual([d.id]);
    clock = (await outboxEntries())[0]!.nextAttemptAt + 1;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'outbox-retry', scheduledTime: clock, persistAcrossSessions: false });
    await until(async () => (await outboxItem.getValue()).length === 0, 'the retried clip to be sent');
    expect([...server.stored.keys()].sort()).toEqual([c.id, d.id].sort());
  });

  it('runs the keyboard commands with the tab Firefox passes', async () => {
    const { onCommand, sendMessage } = firefoxLike(mv);
    sendMessage.mockImplementation(async () => ({ currentTime: 75.34, duration: 3600, paused: false, live: false }));
    const tab = await fakeBrowser.tabs.create({ url: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p' });
    await wake();
    await onCommand.trigger('clip-start', tab);
    await until(async () => (await draftItem.getValue()).start === '75.3', 'the start taken by the command');
    expect(sendMessage.mock.calls[0]![0]).toBe(tab.id);
    expect((await draftItem.getValue()).url).toBe('https://webtv.un.org/en/asset/k1o/k1o7stmi6p');
  });

  it('adds the Quote item through `menus` when there is no `contextMenus`', async () => {
    const { menus } = firefoxLike(mv);
    await wake();
    await until(async () => menus.create.mock.calls.length > 0, 'the Quote menu item');
    expect(menus.removeAll).toHaveBeenCalled();
    expect(menus.create).toHaveBeenCalledWith(expect.objectContaining({ id: 'udc-quote', contexts: ['selection'] }));
    expect(menus.onClicked.hasListeners()).toBe(true);
  });
});
