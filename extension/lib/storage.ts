/**
 * Every storage item of the extension, in one place. Keys, fallbacks and versions live here only,
 * so a later schema change has one spot for its migration.
 */
import { storage } from 'wxt/utils/storage';
import type { Clock, ClipInput, ClipLock, Dialogue, MyClip, Problem } from '../../shared/schemas';
import type { Transcript } from '../../shared/transcripts';
import type { PageQuotes, PendingQuote, QuoteReport } from './quote-types';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

export interface Settings {
  serverUrl: string;
  token: string;
}

export type OutboxState = 'waiting' | 'failed';

/**
 * Why the server refused a sent clip's edit for good (409 reviewed or locked by a reviewer, 403,
 * 404, 400 invalid, another 4xx): such an edit is never sent again by itself.
 */
export type EditRefusal = 'reviewed' | 'locked' | 'forbidden' | 'gone' | 'invalid' | 'refused';

export interface OutboxEntry {
  clip: ClipInput;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  /** Epoch ms; the entry is not sent before this (backoff). */
  nextAttemptAt: number;
  /** The server's reasons when it refused the clip ('invalid' or 'conflict'). */
  problems?: Problem[];
  /** +1 per edit; a send answered for an older revision does not settle the entry. */
  rev?: number;
  /** The observer changed the clip after capturing it. */
  edited?: boolean;
  /** The server holds an earlier version of this clip: the edit goes as PATCH /clips/{id}. */
  onServer?: boolean;
  /** A send is in flight (cleared when it is answered, and when the background starts again). */
  sending?: boolean;
  /** An edit of a clip the server holds (`onServer`) that the server refused for good. */
  refusal?: EditRefusal;
}

/** A clip the server stored, kept so its observer can see and edit it until it is reviewed. */
export interface RecentClip {
  clip: ClipInput;
  /** Epoch ms the server acknowledged it. */
  sentAt: number;
  /** Where the clip stands in review, as the server last said; null until asked. */
  review: { status: MyClip['status']; editable: boolean; lock: ClipLock | null; checkedAt: number } | null;
}

/** How many sent clips the side panel keeps for their observer, newest first. */
export const RECENT_CLIPS_MAX = 50;

/**
 * The clip being captured. Times are kept as the text of the inputs so that editing "12." on the
 * way to "12.5" is not rounded away; they become numbers when the clip is built.
 */
export interface Draft {
  start: string;
  end: string;
  /**
   * The clock `start` and `end` are on: `recording` (an archive player), `live` (a live player,
   * whose zero is unknown) or `wall` (no webcast: the inputs hold local clock times).
   */
  clock: Clock;
  /** Epoch ms when Start and End were taken: the wall clock beside a live player's time. */
  startMarkedAt: number | null;
  endMarkedAt: number | null;
  speaker: string;
  tags: string;
  note: string;
  /** `floor` or an interpretation language code; a new draft takes the remembered one. */
  channel: string;
  /** The player tab's URL when a time was taken, if it was http(s). */
  url: string | null;
  /** Message for the panel from a keyboard-shortcut capture (e.g. no video found). */
  notice: string | null;
  /** What the UN's machine transcript suggested at the start time, shown as machine-made. */
  machine: MachinePrefill | null;
}

export interface MachinePrefill {
  /** The transcript page the suggestion came from. */
  source: string;
  speaker: string | null;
  text: string | null;
  /** The segment's start, in seconds on the recording clock. */
  at: number;
}

export const EMPTY_DRAFT: Draft = {
  start: '',
  end: '',
  clock: 'recording',
  startMarkedAt: null,
  endMarkedAt: null,
  speaker: '',
  tags: '',
  note: '',
  channel: 'floor',
  url: null,
  notice: null,
  machine: null,
};

/** Version 1 of the draft, before clocks, channels and machine suggestions. */
export interface DraftV1 {
  start: string;
  end: string;
  speaker: string;
  tags: string;
  note: string;
  url: string | null;
  notice: string | null;
}

/** v1 → v2: a v1 draft was always on the recording clock, on the floor channel. */
export function migrateDraftV1(old: Partial<DraftV1> | null | undefined): Draft {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    ...EMPTY_DRAFT,
    start: text(old?.start),
    end: text(old?.end),
    speaker: text(old?.speaker),
    tags: text(old?.tags),
    note: text(old?.note),
    url: typeof old?.url === 'string' ? old.url : null,
    notice: typeof old?.notice === 'string' ? old.notice : null,
  };
}

/** How the observer captures: from a webcast player, or by the wall clock when there is none. */
export type CaptureMode = 'player' | 'wall';

/** Capture choices remembered across clips and restarts. */
export interface CapturePrefs {
  mode: CaptureMode;
  /** The audio channel last chosen: `floor` or an interpretation language code. */
  channel: string;
}

export const DEFAULT_CAPTURE_PREFS: CapturePrefs = { mode: 'player', channel: 'floor' };

/** `auto` follows the browser's language. */
export type UiLanguagePreference = 'auto' | 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';

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

/**
 * v1 → v2: `refusal` is new. A v1 edit of a sent clip (`onServer`) that failed was refused by the
 * server for good (only a 4xx failed one): it becomes such a refusal, for its values when the server
 * named problems, so it is kept to copy or discard rather than offered to be sent again.
 */
export function migrateOutboxV1(old: OutboxEntry[] | null | undefined): OutboxEntry[] {
  if (!Array.isArray(old)) return [];
  return old.map((e) => (e?.onServer && e.state === 'failed' && !e.refusal ? { ...e, refusal: e.problems?.length ? 'invalid' : 'refused' } : e));
}

export const outboxItem = storage.defineItem<OutboxEntry[]>('local:outbox', { fallback: [], version: 2, migrations: { 2: migrateOutboxV1 } });

/** The last RECENT_CLIPS_MAX clips the server stored from this browser, newest first. */
export const recentClipsItem = storage.defineItem<RecentClip[]>('local:recentClips', { fallback: [], version: 1 });

export const selectedDialogueIdItem = storage.defineItem<string>('local:selectedDialogueId', {
  fallback: '',
  version: 1,
});

export const draftItem = storage.defineItem<Draft>('local:draft', {
  fallback: EMPTY_DRAFT,
  version: 2,
  migrations: { 2: migrateDraftV1 },
});

export const capturePrefsItem = storage.defineItem<CapturePrefs>('local:capturePrefs', {
  fallback: DEFAULT_CAPTURE_PREFS,
  version: 1,
});

export const uiLanguageItem = storage.defineItem<UiLanguagePreference>('local:uiLanguage', { fallback: 'auto', version: 1 });

/** Last dialogue list the server gave, so the panel can still offer dialogues while offline. */
export const dialoguesCacheItem = storage.defineItem<Dialogue[]>('local:dialoguesCache', { fallback: [], version: 1 });

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: EMPTY_SYNC, version: 1 });

/** Page quotes captured without a speaker: kept until the observer adds one in the side panel. */
export const pendingQuotesItem = storage.defineItem<PendingQuote[]>('local:pendingQuotes', { fallback: [], version: 1 });

/** Saved page quotes by page URL (no fragment), for re-anchoring; bounded in lib/quotes.ts. */
export const pageQuotesItem = storage.defineItem<Record<string, PageQuotes>>('local:pageQuotes', { fallback: {}, version: 1 });

/** Per tab id: which of the page's quotes were highlighted and which were not found (this session only). */
export const quoteReportsItem = storage.defineItem<Record<string, QuoteReport>>('session:quoteReports', { fallback: {}, version: 1 });

/**
 * Whether the background may ask transcripts.un.org for the webcast being clipped. On by default
 * (the issue asks for prefill); the request names the public webcast, so an observer who must not
 * reveal what they watch turns it off in the options.
 */
export const transcriptLookupItem = storage.defineItem<boolean>('local:transcriptLookup', { fallback: true, version: 1 });

/** A machine transcript fetched from transcripts.un.org, by `{locale}:{asset id}`. */
export interface TranscriptCacheEntry {
  key: string;
  fetchedAt: number;
  transcript: Transcript;
}

/** The last few webcasts' machine transcripts, newest first; lib/transcripts.ts bounds and ages it. */
export const transcriptCacheItem = storage.defineItem<TranscriptCacheEntry[]>('local:transcriptCache', { fallback: [], version: 1 });

/**
 * Test-only: the e2e's fixture server standing in for transcripts.un.org. lib/transcripts.ts accepts
 * only a loopback origin here (http://127.0.0.1 or localhost); nothing in the UI sets it.
 */
export const transcriptTestOriginItem = storage.defineItem<string>('local:transcriptTestOrigin', { fallback: '', version: 1 });

export function settingsKey(s: Settings): string {
  return `${s.serverUrl}\n${s.token}`;
}
