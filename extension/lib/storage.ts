/**
 * Every storage item of the extension, in one place. Keys, fallbacks and versions live here only,
 * so a later schema change has one spot for its migration.
 */
import { storage } from 'wxt/utils/storage';
import type { ClipInput, Dialogue, Problem } from '../../shared/schemas';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

export interface Settings {
  serverUrl: string;
  token: string;
}

export type OutboxState = 'waiting' | 'failed';

export interface OutboxEntry {
  clip: ClipInput;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  /** Epoch ms; the entry is not sent before this (backoff). */
  nextAttemptAt: number;
  /** The server's reasons when it refused the clip ('invalid' or 'conflict'). */
  problems?: Problem[];
}

/**
 * The clip being captured. Times are kept as the text of the inputs so that editing "12." on the
 * way to "12.5" is not rounded away; they become numbers when the clip is built.
 */
export interface Draft {
  start: string;
  end: string;
  speaker: string;
  tags: string;
  note: string;
  /** The player tab's URL when a time was taken, if it was http(s). */
  url: string | null;
  /** Message for the panel from a keyboard-shortcut capture (e.g. no video found). */
  notice: string | null;
}

export const EMPTY_DRAFT: Draft = { start: '', end: '', speaker: '', tags: '', note: '', url: null, notice: null };

/** What the last sync attempt learned; shown in the side panel, used to pause on a refused token. */
export interface SyncStatus {
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  /** `serverUrl + token` that got a 401; automatic sends pause until the settings change. */
  authFailedFor: string | null;
}

export const EMPTY_SYNC: SyncStatus = { lastAttemptAt: null, lastSuccessAt: null, lastError: null, authFailedFor: null };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { serverUrl: DEFAULT_SERVER_URL, token: '' },
  version: 1,
});

export const outboxItem = storage.defineItem<OutboxEntry[]>('local:outbox', { fallback: [], version: 1 });

export const selectedDialogueIdItem = storage.defineItem<string>('local:selectedDialogueId', {
  fallback: '',
  version: 1,
});

export const draftItem = storage.defineItem<Draft>('local:draft', { fallback: EMPTY_DRAFT, version: 1 });

/** Last dialogue list the server gave, so the panel can still offer dialogues while offline. */
export const dialoguesCacheItem = storage.defineItem<Dialogue[]>('local:dialoguesCache', { fallback: [], version: 1 });

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: EMPTY_SYNC, version: 1 });

export function settingsKey(s: Settings): string {
  return `${s.serverUrl}\n${s.token}`;
}
