/**
 * The outbox: clips wait in `local:outbox` until the server has acknowledged them. An entry is
 * removed only after the server answered 'stored' for its id, and the server is idempotent by
 * clip id, so a service worker killed mid-send loses nothing and stores nothing twice.
 *
 * A waiting or failed clip may be edited. Each edit bumps the entry's `rev`; an answer to a send
 * settles the entry only for the revision that was sent. When the server stored an earlier
 * revision (the edit raced the send, or an answer was lost), the entry stays with `onServer` and
 * its edit goes as PATCH /clips/{id}: the clip keeps its id and is never stored twice.
 */
import { browser } from 'wxt/browser';
import { MAX_CLIPS_PER_BATCH, type ClipInput, type ClipPatch, type ClipResult } from '../../shared/schemas';
import { createApiClient, describeApiError, type ApiClient, type ApiError } from './api-client';
import { applyEdit, editableFields, editRetryable, landedEdit, refusalOf, type ClipEditResult } from './clip-edit';
import * as i18n from './i18n';
import type { OutboxSummary } from './protocol';
import { backoffMs, idempotencyKey, summarize } from './outbox-policy';
import { applyServerView, markLocked, rememberSent } from './recent-clips';
import { outboxItem, settingsItem, settingsKey, syncStatusItem, type OutboxEntry, type Settings, type SyncStatus } from './storage';

export { backoffMs, idempotencyKey, summarize } from './outbox-policy';

export const RETRY_ALARM = 'outbox-retry';
/** Chromium fires alarms no sooner than 30 s; shorter waits also get an in-memory timer. */
const MIN_ALARM_MS = 30_000;

export interface OutboxDeps {
  now?: () => number;
  random?: () => number;
  client?: (settings: Settings) => ApiClient;
}

export interface Outbox {
  add(clip: ClipInput): Promise<OutboxSummary>;
  flush(opts?: { force?: boolean }): Promise<OutboxSummary>;
  summary(): Promise<OutboxSummary>;
  /** Sends a failed clip again (now). */
  retry(id: string): Promise<OutboxSummary>;
  /** Edits a waiting or failed clip; null when the outbox no longer holds it (it was sent). */
  edit(id: string, patch: ClipPatch): Promise<ClipEditResult | null>;
  /** Serialised read-modify-write of the outbox (edit-queue.ts queues and drops sent clips' edits). */
  update(fn: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]>;
  /** Clears in-memory timers (a dying worker loses them anyway). */
  dispose(): void;
}

export function createOutbox(deps: OutboxDeps = {}): Outbox {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const makeClient = deps.client ?? ((s: Settings) => createApiClient(s));
  let lock: Promise<unknown> = Promise.resolve();
  let inFlight: Promise<OutboxSummary> | null = null;
  let again: { force: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let recovered = false;

  /** Serialises read-modify-write of the outbox inside this worker, re-reading every time. */
  function update(fn: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]> {
    const run = lock.then(async () => {
      const next = fn(await outboxItem.getValue());
      await outboxItem.setValue(next);
      return next;
    });
    lock = run.catch(() => undefined);
    return run;
  }

  async function add(clip: ClipInput): Promise<OutboxSummary> {
    const entries = await update((list) =>
      list.some((e) => e.clip.id === clip.id)
        ? list
        : [...list, { clip, state: 'waiting', attempts: 0, lastError: null, nextAttemptAt: now() }],
    );
    await showBadge(entries);
    void flush().catch((err) => console.error('[outbox] flush failed', err));
    return summarize(entries);
  }

  function flush(opts: { force?: boolean } = {}): Promise<OutboxSummary> {
    if (inFlight) {
      again = { force: Boolean(again?.force || opts.force) };
      return inFlight;
    }
    inFlight = (async () => {
      // A send marked in flight by a worker that was stopped will never be answered.
      if (!recovered) {
        recovered = true;
        await update((list) => (list.some((e) => e.sending) ? list.map((e) => (e.sending ? { ...e, sending: false } : e)) : list));
      }
      let force = Boolean(opts.force);
      for (;;) {
        await flushOnce(force);
        if (!again) break;
        force = again.force;
        again = null;
      }
      const entries = await outboxItem.getValue();
      await schedule(entries);
      await showBadge(entries);
      return summarize(entries);
    })().finally(() => {
      inFlight = null;
      // Asked again after the last pass had looked (an edit, a new clip): that request still runs.
      const pending = again;
      again = null;
      if (pending) void flush(pending).catch((err) => console.error('[outbox] flush failed', err));
    });
    return inFlight;
  }

  async function flushOnce(force: boolean): Promise<void> {
    const settings = await settingsItem.getValue();
    const status = await syncStatusItem.getValue();
    if (!settings.token) return setStatus({ lastError: i18n.t('background.noToken') });
    if (!force && status.authFailedFor === settingsKey(settings)) return;
    const client = makeClient(settings);
    const tried = new Set<string>();
    let includeAll = force;
    for (;;) {
      const t = now();
      const due = (await outboxItem.getValue()).filter(
        (e) => e.state === 'waiting' && !tried.has(e.clip.id) && (includeAll || e.nextAttemptAt <= t),
      );
      if (due.length === 0) return;
      const batch = due.slice(0, MAX_CLIPS_PER_BATCH);
      batch.forEach((e) => tried.add(e.clip.id));
      const sent = new Map(batch.map((e) => [e.clip.id, e.rev ?? 0]));
      await update((list) => list.map((e) => (sent.has(e.clip.id) ? { ...e, sending: true } : e)));
      for (const e of batch.filter((x) => x.onServer)) {
        const error = await sendEdit(client, e);
        if (error) return failBatch(error, settings, due);
      }
      const posts = batch.filter((e) => !e.onServer);
      if (posts.length > 0) {
        const clips = posts.map((e) => e.clip);
        const key = await idempotencyKey(JSON.stringify({ clips }));
        const res = await client.postClips(clips, key);
        if (!res.ok) return failBatch(res.error, settings, due);
        await applyResults(clips, sent, res.value);
      }
      await setStatus({ lastAttemptAt: now(), lastSuccessAt: now(), lastError: null, authFailedFor: null });
      // The server answers again: whatever is still backing off can go now too.
      includeAll = true;
    }
  }

  /** Settles each sent entry by its result, for the revision that was sent (`sent`: id → rev). */
  async function applyResults(clips: ClipInput[], sent: Map<string, number>, results: ClipResult[]): Promise<void> {
    const byId = new Map<string, ClipResult>();
    for (const r of results) {
      const clip = clips[r.index];
      if (clip) byId.set(clip.id, r);
    }
    const sentClips = new Map(clips.map((c) => [c.id, c]));
    const stored: ClipInput[] = [];
    const t = now();
    await update((list) =>
      list.flatMap((entry): OutboxEntry[] => {
        if (!sentClips.has(entry.clip.id)) return [entry];
        const e = { ...entry, sending: false };
        const r = byId.get(e.clip.id);
        const edited = (e.rev ?? 0) !== sent.get(e.clip.id);
        if (!r) {
          if (e.state !== 'waiting') return [e];
          // No result for a clip we sent: keep it and try again later rather than in a tight loop.
          const attempts = e.attempts + 1;
          return [{ ...e, attempts, lastError: i18n.t('background.noResult'), nextAttemptAt: t + backoffMs(attempts, random()) }];
        }
        if (r.status === 'stored') {
          stored.push(sentClips.get(e.clip.id)!);
          if (!edited) return [];
          // Edited while it was on its way: the server holds the earlier revision; the edit follows.
          return [{ ...e, onServer: true, state: 'waiting', attempts: 0, lastError: null, nextAttemptAt: t }];
        }
        // The edit made meanwhile may be what the server wanted: it goes before any verdict.
        if (edited) return [{ ...e, nextAttemptAt: t }];
        // An earlier revision of this edited clip probably arrived, its answer lost: edit it there.
        if (r.status === 'conflict' && e.edited) return [{ ...e, onServer: true, nextAttemptAt: t }];
        const reason = r.problems?.map((p) => `${p.path}: ${p.message}`).join('; ') || r.status;
        return [{ ...e, state: 'failed', lastError: `${r.status}: ${reason}`, ...(r.problems ? { problems: r.problems } : {}) }];
      }),
    );
    await rememberSent(stored, t);
  }

  /**
   * Sends the edit of a clip the server already holds. Answers the error that should back off the
   * rest (no answer, a refused token, a server in trouble); a refusal of this clip fails it alone.
   */
  async function sendEdit(client: ApiClient, entry: OutboxEntry): Promise<ApiError | null> {
    const { id } = entry.clip;
    const rev = entry.rev ?? 0;
    let res = await client.patchClip(id, editableFields(entry.clip));
    if (!res.ok && editRetryable(res.error)) return res.error;
    if (!res.ok && res.error.kind === 'client' && res.error.status === 409) {
      // Locked now, but an earlier try may have landed with its answer lost: then it was sent. When
      // the server cannot say, the edit stays queued rather than refused on a guess.
      const seen = await landedEdit(client, entry.clip);
      if ('error' in seen) return seen.error;
      if (seen.landed) res = { ok: true, value: seen.landed };
    }
    const t = now();
    await update((list) =>
      list.flatMap((e): OutboxEntry[] => {
        if (e.clip.id !== id) return [e];
        if (res.ok) return (e.rev ?? 0) === rev ? [] : [{ ...e, sending: false, nextAttemptAt: t }];
        const error = res.error as Extract<ApiError, { kind: 'client' }>;
        const { problems: _old, ...rest } = e;
        const problems = error.problems ? { problems: error.problems } : {};
        return [{ ...rest, sending: false, state: 'failed', lastError: error.message, refusal: refusalOf(error), ...problems }];
      }),
    );
    if (res.ok) {
      await rememberSent([entry.clip], t);
      await applyServerView([res.value], t);
    } else if (res.error.kind === 'client' && res.error.status === 409) {
      await markLocked(id, res.error.code === 'clip_locked' ? 'locked' : 'reviewed', t);
    }
    return null;
  }

  async function retry(id: string): Promise<OutboxSummary> {
    const t = now();
    await update((list) =>
      list.map((e) => {
        if (e.clip.id !== id || e.state !== 'failed') return e;
        const { problems: _, refusal: _r, ...rest } = e;
        return { ...rest, state: 'waiting', attempts: 0, lastError: null, nextAttemptAt: t };
      }),
    );
    return flush({ force: true });
  }

  async function edit(id: string, patch: ClipPatch): Promise<ClipEditResult | null> {
    let result: ClipEditResult | null = null;
    const t = now();
    await update((list) =>
      list.map((e) => {
        if (e.clip.id !== id) return e;
        const checked = applyEdit(e.clip, patch);
        if (!checked.ok) {
          result = { ok: false, reason: 'invalid', problems: checked.problems };
          return e;
        }
        result = { ok: true, clip: checked.clip };
        const { problems: _, refusal: _r, ...rest } = e;
        // Same id: the server never stored this clip, refused it, or holds an earlier revision (onServer).
        return { ...rest, clip: checked.clip, rev: (e.rev ?? 0) + 1, edited: true, state: 'waiting', attempts: 0, lastError: null, nextAttemptAt: t };
      }),
    );
    if ((result as ClipEditResult | null)?.ok) void flush().catch((err) => console.error('[outbox] flush failed', err));
    return result;
  }

  async function failBatch(error: ApiError, settings: Settings, due: OutboxEntry[]): Promise<void> {
    const message = describeApiError(error, settings.serverUrl);
    const ids = new Set(due.map((e) => e.clip.id));
    const t = now();
    await update((list) =>
      list.map((e) => {
        if (!ids.has(e.clip.id) || e.state !== 'waiting') return e;
        e = { ...e, sending: false };
        // A refused token is not retried on a timer; a settings change or "Send now" retries it.
        if (error.kind === 'unauthorized') return { ...e, lastError: message };
        const attempts = e.attempts + 1;
        const retryAfter = error.kind === 'server' ? error.retryAfterMs : undefined;
        return { ...e, attempts, lastError: message, nextAttemptAt: t + backoffMs(attempts, random(), retryAfter) };
      }),
    );
    await setStatus({
      lastAttemptAt: t,
      lastError: message,
      authFailedFor: error.kind === 'unauthorized' ? settingsKey(settings) : null,
    });
  }

  async function setStatus(patch: Partial<SyncStatus>): Promise<void> {
    await syncStatusItem.setValue({ ...(await syncStatusItem.getValue()), ...patch });
  }

  async function schedule(entries: OutboxEntry[]): Promise<void> {
    clearTimeout(timer);
    const settings = await settingsItem.getValue();
    const status = await syncStatusItem.getValue();
    // Without a usable token a timer would only spin; a settings change triggers the next flush.
    const blocked = !settings.token || status.authFailedFor === settingsKey(settings);
    const next = Math.min(...entries.filter((e) => e.state === 'waiting').map((e) => e.nextAttemptAt));
    if (!Number.isFinite(next) || blocked) {
      await browser.alarms.clear(RETRY_ALARM);
      return;
    }
    const wait = Math.max(0, next - now());
    await browser.alarms.create(RETRY_ALARM, { when: now() + Math.max(wait, MIN_ALARM_MS) });
    if (wait < MIN_ALARM_MS) {
      timer = setTimeout(() => void flush().catch((err) => console.error('[outbox] retry failed', err)), wait);
    }
  }

  async function summary(): Promise<OutboxSummary> {
    return summarize(await outboxItem.getValue());
  }

  return { add, flush, summary, retry, edit, update, dispose: () => clearTimeout(timer) };
}

/** Toolbar badge: how many clips wait; empty when none. */
export async function showBadge(entries: OutboxEntry[]): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const { waiting } = summarize(entries);
  await action.setBadgeText({ text: waiting > 0 ? String(waiting) : '' });
  await action.setBadgeBackgroundColor({ color: '#1f4e8c' });
}
