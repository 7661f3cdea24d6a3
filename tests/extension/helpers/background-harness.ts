/**
 * A background started from fresh module instances, as a new worker would be, against the real
 * HTTP test server, with a clock the test moves. Registers its own beforeEach and afterEach: a
 * reset fake browser, a fresh server and the settings pointing at it; the background stopped and
 * the server closed after each test.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OutboxDeps } from '../../../extension/lib/outbox';
import type { MessageType, Res } from '../../../extension/lib/protocol';
import { recentClipsItem, settingsItem } from '../../../extension/lib/storage';
import type { ClipInput } from '../../../shared/schemas';
import { startClipServer, TOKEN, type ClipServer } from './clip-server';
import { clip, outboxEntries, stubBrowserGaps, until } from './fixtures';

export interface BackgroundHarness {
  /** The test server of the running test. */
  server: ClipServer;
  /** What the background's `now()` answers; the test moves it. */
  clock: number;
  boot(extra?: Partial<OutboxDeps>): Promise<void>;
  /** The background stops, as when the browser ends its worker. */
  halt(): void;
  /** A message to the background as a page sends it; payloads are loose so tests can send bad ones too. */
  send<T extends MessageType>(type: T, payload: object): Promise<Res<T>>;
  /** A clip the server stored, in the recent list, with the background running. */
  sentClip(overrides?: Parameters<typeof clip>[0]): Promise<ClipInput>;
  /** Past the queued entries' backoff, as the retry alarm fires (its in-memory timer may go first). */
  fireRetryAlarm(): Promise<void>;
  stored(id: string): ClipInput;
  patchesOf(id: string): ClipServer['patches'];
  recentOf(id: string): Promise<Awaited<ReturnType<typeof recentClipsItem.getValue>>[number]>;
}

export function useBackgroundHarness(): BackgroundHarness {
  let stop: (() => void) | undefined;
  const h: BackgroundHarness = {
    server: undefined as unknown as ClipServer,
    clock: 0,
    boot: async (extra = {}) => {
      stop?.();
      vi.resetModules();
      const { startBackground } = await import('../../../extension/entrypoints/background/start');
      stop = startBackground({ now: () => h.clock, random: () => 0.5, ...extra });
    },
    halt: () => {
      stop?.();
      stop = undefined;
    },
    send: async (type, payload) => {
      const { sendToBackground } = await import('../../../extension/lib/protocol');
      return sendToBackground(type, payload as never);
    },
    sentClip: async (overrides = {}) => {
      const c = clip(overrides);
      await h.send('outbox:add', { clip: c });
      await until(async () => (await recentClipsItem.getValue()).some((r) => r.clip.id === c.id), 'the send');
      return c;
    },
    fireRetryAlarm: async () => {
      h.clock = Math.max(h.clock, ...(await outboxEntries()).map((e) => e.nextAttemptAt)) + 1;
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'outbox-retry', scheduledTime: h.clock, persistAcrossSessions: false });
    },
    stored: (id) => JSON.parse(h.server.stored.get(id)!) as ClipInput,
    patchesOf: (id) => h.server.patches.filter((p) => p.id === id),
    recentOf: async (id) => (await recentClipsItem.getValue()).find((r) => r.clip.id === id)!,
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    stubBrowserGaps();
    // The fake browser's alarms run on the real clock: one set in its past would fire at once.
    h.clock = Date.now();
    h.server = await startClipServer();
    await settingsItem.setValue({ serverUrl: h.server.url, token: TOKEN });
  });

  afterEach(async () => {
    h.halt();
    await h.server.down();
  });

  return h;
}
