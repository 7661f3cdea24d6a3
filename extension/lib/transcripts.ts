/**
 * The UN's machine transcripts, background side: fetch transcripts.un.org's JSON for a webcast,
 * keep it for a while, and answer what it suggests at a second (shared/transcripts does the rest).
 * Best effort by design: offline, slow (over TIMEOUT_MS), missing (404, no transcript yet) or
 * malformed all answer null quietly, and capture goes on as if the site did not exist.
 */
import { buildDefaultSpeakerIndex, type SpeakerIndex } from '../../shared/speakers';
import {
  parseTranscript,
  prefillAt,
  transcriptDataUrl,
  transcriptPageUrl,
  transcriptRef,
  TRANSCRIPTS_ORIGIN,
  type Transcript,
  type TranscriptRef,
} from '../../shared/transcripts';
import { transcriptCacheItem, transcriptLookupItem, transcriptTestOriginItem, type MachinePrefill, type TranscriptCacheEntry } from './storage';

export const TIMEOUT_MS = 3_000;
/** A finished transcript is kept this long (the site may still realign its times later). */
const DONE_TTL_MS = 12 * 60 * 60_000;
/** "No transcript yet" is asked again after this: a live meeting's transcript appears later. */
const NONE_TTL_MS = 5 * 60_000;
/** After a failure (offline, timeout, 5xx, malformed), every Start would otherwise wait again. */
const FAILED_TTL_MS = 60_000;
/** Recent webcasts only: a long meeting's transcript is a few hundred KB in storage. */
export const MAX_STORED = 3;
const MAX_IN_MEMORY = 8;

export interface TranscriptDeps {
  now?: () => number;
  /** Test-only: where the transcripts are served (a fixture server); the real site otherwise. */
  origin?: string;
  timeoutMs?: number;
}

/** Only a loopback server may stand in for the site (tests); anything else in the item is ignored. */
const LOOPBACK_ORIGIN = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?$/;

/** The e2e's fixture server when it set one (transcriptTestOriginItem), else null. */
async function testOrigin(): Promise<string | null> {
  const value = await transcriptTestOriginItem.getValue().catch(() => '');
  return LOOPBACK_ORIGIN.test(value) ? value : null;
}

type Held = { transcript: Transcript | null; until: number };

export interface TranscriptService {
  suggest(req: { url: string; seconds: number }): Promise<MachinePrefill | null>;
}

const keyOf = (ref: TranscriptRef) => `${ref.locale}:${ref.assetId}`;

export function createTranscriptService(deps: TranscriptDeps = {}): TranscriptService {
  const now = deps.now ?? Date.now;
  const memory = new Map<string, Held>();
  const inFlight = new Map<string, Promise<Transcript | null>>();
  let index: SpeakerIndex | null = null;

  const remember = (key: string, held: Held) => {
    memory.delete(key);
    memory.set(key, held);
    while (memory.size > MAX_IN_MEMORY) memory.delete(memory.keys().next().value!);
  };

  async function stored(key: string): Promise<Transcript | null> {
    const entry = (await transcriptCacheItem.getValue()).find((e) => e.key === key);
    if (!entry || now() - entry.fetchedAt > DONE_TTL_MS) return null;
    remember(key, { transcript: entry.transcript, until: entry.fetchedAt + DONE_TTL_MS });
    return entry.transcript;
  }

  async function store(key: string, transcript: Transcript): Promise<void> {
    const kept = (await transcriptCacheItem.getValue()).filter((e) => e.key !== key);
    const next: TranscriptCacheEntry[] = [{ key, fetchedAt: now(), transcript }, ...kept].slice(0, MAX_STORED);
    await transcriptCacheItem.setValue(next);
  }

  /** The transcript, or null when there is none or it cannot be had right now. */
  async function download(ref: TranscriptRef, key: string, origin: string): Promise<Transcript | null> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? TIMEOUT_MS);
    try {
      const res = await fetch(transcriptDataUrl(ref, origin), {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
      if (res.status === 404) {
        remember(key, { transcript: null, until: now() + NONE_TTL_MS });
        return null;
      }
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const parsed = parseTranscript(await res.json());
      if (!parsed.ok) throw new Error(parsed.error);
      if (parsed.transcript.status !== 'done') {
        remember(key, { transcript: null, until: now() + NONE_TTL_MS });
        return null;
      }
      remember(key, { transcript: parsed.transcript, until: now() + DONE_TTL_MS });
      await store(key, parsed.transcript).catch((err) => console.warn('[transcripts] not cached', err));
      return parsed.transcript;
    } catch (err) {
      console.info('[transcripts] no transcript for now:', ref.assetId, err instanceof Error ? err.message : err);
      remember(key, { transcript: null, until: now() + FAILED_TTL_MS });
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  async function transcriptFor(ref: TranscriptRef, origin: string): Promise<Transcript | null> {
    const key = `${origin === TRANSCRIPTS_ORIGIN ? '' : origin}${keyOf(ref)}`;
    const held = memory.get(key);
    if (held && held.until > now()) return held.transcript;
    const fromStorage = await stored(key);
    if (fromStorage) return fromStorage;
    // Start and End pressed in quick succession share one request.
    let pending = inFlight.get(key);
    if (!pending) {
      pending = download(ref, key, origin).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  return {
    async suggest({ url, seconds }) {
      // Turned off in the options: nothing is asked, not even from the cache's age checks onward.
      if (!(await transcriptLookupItem.getValue().catch(() => true))) return null;
      const origin = deps.origin ?? (await testOrigin()) ?? TRANSCRIPTS_ORIGIN;
      // A stand-in site also stands in for UN Web TV: the e2e's player pages are on the same server.
      const ref = transcriptRef(url, origin === TRANSCRIPTS_ORIGIN ? [] : [new URL(origin).hostname]);
      if (!ref || !Number.isFinite(seconds) || seconds < 0) return null;
      const transcript = await transcriptFor(ref, origin);
      if (!transcript) return null;
      index ??= buildDefaultSpeakerIndex();
      const prefill = prefillAt(transcript, seconds, index);
      if (!prefill || (prefill.speaker === null && prefill.text === null)) return null;
      return { source: transcriptPageUrl(ref, prefill.at, origin), ...prefill };
    },
  };
}
