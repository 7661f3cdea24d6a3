/**
 * Edits of sent clips that could not reach the server wait in the outbox, as entries marked
 * `onServer`: the outbox sends them as PATCH /clips/{id} with the same backoff, alarms and
 * start-up flush as the clips themselves, so an edit made offline survives the worker and the
 * browser stopping. The PATCH carries the clip's whole editable state, and the server applies it
 * as a state, not a change: sending it again after a lost answer changes nothing more. A newer
 * edit of the same clip replaces the queued one (one entry per clip id, `rev` + 1).
 */
import type { ClipInput } from '../../shared/schemas';
import { describeApiError, type ApiError } from './api-client';
import * as i18n from './i18n';
import { showBadge, type Outbox } from './outbox';
import { backoffMs, summarize } from './outbox-policy';
import type { OutboxSummary } from './protocol';
import { settingsKey, syncStatusItem, type OutboxEntry, type Settings } from './storage';

export interface QueueDeps {
  outbox: Outbox;
  now: () => number;
  random: () => number;
}

/**
 * Queues `clip` (the sent clip with the edit applied) after the server could not take it now.
 * `error` is why (null: no token yet). The next try follows the outbox's backoff and Retry-After.
 */
export async function queueEdit({ outbox, now, random }: QueueDeps, clip: ClipInput, error: ApiError | null, settings: Settings): Promise<void> {
  const t = now();
  const message = error ? describeApiError(error, settings.serverUrl) : i18n.t('background.noToken');
  // A refused token waits for new settings, as the outbox's clips do; anything else backs off.
  const backsOff = error !== null && error.kind !== 'unauthorized';
  const retryAfter = error?.kind === 'server' ? error.retryAfterMs : undefined;
  await outbox.update((list) => {
    const queued = list.find((e) => e.clip.id === clip.id);
    // Something queued meanwhile under this id: this edit is the newest, so it replaces what waits.
    if (queued) {
      return list.map((e) =>
        e.clip.id === clip.id ? withoutRefusal({ ...e, clip, rev: (e.rev ?? 0) + 1, edited: true, state: 'waiting', lastError: message }) : e,
      );
    }
    const entry: OutboxEntry = {
      clip,
      state: 'waiting',
      attempts: backsOff ? 1 : 0,
      lastError: message,
      nextAttemptAt: backsOff ? t + backoffMs(1, random(), retryAfter) : t,
      rev: 0,
      edited: true,
      onServer: true,
    };
    return [...list, entry];
  });
  await syncStatusItem.setValue({
    ...(await syncStatusItem.getValue()),
    lastAttemptAt: t,
    lastError: message,
    ...(error?.kind === 'unauthorized' ? { authFailedFor: settingsKey(settings) } : {}),
  });
  // Sets the retry alarm (and the badge) for the entry just queued.
  void outbox.flush().catch((err) => console.error('[edits] flush failed', err));
}

/**
 * Drops a sent clip's edit the server refused for good: the observer has read why and copied what
 * they need. Only such an edit: a clip the server never stored, or an edit still on its way, stays.
 */
export async function discardEdit(outbox: Outbox, id: string): Promise<OutboxSummary> {
  const list = await outbox.update((entries) => entries.filter((e) => !(e.clip.id === id && e.onServer && e.state === 'failed')));
  await showBadge(list);
  return summarize(list);
}

function withoutRefusal(e: OutboxEntry): OutboxEntry {
  const { problems: _p, refusal: _r, ...rest } = e;
  return rest;
}
