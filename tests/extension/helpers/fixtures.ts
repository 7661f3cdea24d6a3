import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClipInput, Dialogue } from '../../../shared/schemas';
import { outboxItem, type OutboxEntry } from '../../../extension/lib/storage';

export const DIALOGUE: Dialogue = {
  id: '3f1e2d4c-5b6a-4789-8abc-def012345678',
  title: 'Constructive Dialogue on Trafficking in Persons',
  theme: 'trafficking-in-persons',
  date: '2026-07-02',
  webcastUrl: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p',
  recordingStartedAt: null,
  createdAt: '2026-06-01T10:00:00Z',
};

export function clip(overrides: Partial<Extract<ClipInput, { kind: 'webcast' }>> = {}): ClipInput {
  return {
    id: crypto.randomUUID(),
    kind: 'webcast',
    dialogueId: DIALOGUE.id,
    clock: 'recording',
    start: 75.5,
    end: 112,
    speaker: 'Mexico',
    tags: ['victims'],
    note: '',
    channel: 'floor',
    capturedAt: '2026-07-02T10:15:00.000Z',
    url: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p',
    ...overrides,
  };
}

type Listener = (...args: never[]) => unknown;

/** A minimal event like the fake browser's, for APIs the fake leaves unimplemented. */
export function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

/** Stubs what fakeBrowser does not implement: sidePanel, commands, tabs.sendMessage and contextMenus. */
export function stubBrowserGaps() {
  const setPanelBehavior = vi.fn(async () => {});
  const onCommand = fakeEvent();
  const sendMessage = vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.sidePanel!.setPanelBehavior = setPanelBehavior;
  b.commands!.onCommand = onCommand;
  b.tabs!.sendMessage = sendMessage;
  // The page-quote menu item (lib/quotes.ts); tests/extension/quotes-background.test.ts clicks it.
  b.contextMenus = { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: fakeEvent() };
  return { setPanelBehavior, onCommand, sendMessage };
}

/** The outbox as the background left it in storage. */
export function outboxEntries(): Promise<OutboxEntry[]> {
  return outboxItem.getValue();
}

/** Polls `check` until it holds; the background works asynchronously after a message. */
export async function until(check: () => Promise<boolean>, what = 'a condition', timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
