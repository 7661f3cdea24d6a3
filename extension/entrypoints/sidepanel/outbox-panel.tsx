import { useEffect, useState } from 'preact/hooks';
import type { ClipPatch } from '../../../shared/schemas';
import { summarize } from '../../lib/outbox-policy';
import { t, tn } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import type { OutboxEntry, SyncStatus } from '../../lib/storage';
import { ClipEditor } from './clip-editor';
import { clipLine, copyText, editText } from './clip-words';
import { mayEdit, Reason, stateOf, stateText } from './entry-state';
import { RecentClips } from './recent-clips';
import './outbox.css';

interface Props {
  entries: OutboxEntry[];
  sync: SyncStatus;
  sending: boolean;
  onSendNow(): void;
}

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function sentence(text: string): string {
  return /[.!?。]$/.test(text) ? text : `${text}.`;
}

export function outboxText(entries: OutboxEntry[]): string {
  const { waiting, failed } = summarize(entries);
  const main = waiting > 0 ? tn('outbox.waiting', waiting) : failed > 0 ? t('outbox.noneWaiting') : t('outbox.allSent');
  return failed > 0 ? tn('outbox.withFailed', failed, { main }) : main;
}

/**
 * The outbox: how many clips wait and how many the server refused, each listed with its state
 * (waiting, sending, refused and why). Waiting and refused clips can be edited before they are
 * sent; a refused one can be sent again. Then the observer's recent sent clips.
 */
export function OutboxPanel({ entries, sync, sending, onSendNow }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const waiting = entries.filter((e) => e.state === 'waiting');
  const failed = entries.filter((e) => e.state === 'failed');
  // What an action said is stale once the clips it was about have moved on (sent, or new ones came).
  const ids = entries.map((e) => e.clip.id).join();
  useEffect(() => setMessage(''), [ids]);
  const nextTry = Math.min(...waiting.filter((e) => !e.sending).map((e) => e.nextAttemptAt));

  const retry = async (e: OutboxEntry) => {
    setMessage(t('outbox.retrying', { clip: clipLine(e.clip) }));
    try {
      await sendToBackground('outbox:retry', { id: e.clip.id });
    } catch {
      setMessage(t('common.backgroundSilent'));
    }
  };
  const save = (id: string) => (patch: ClipPatch) => sendToBackground('outbox:edit', { id, patch });
  // The clip whose text is shown to copy by hand, when the browser refused to copy it.
  const [shown, setShown] = useState<string | null>(null);
  const copy = async (e: OutboxEntry) => {
    const copied = await copyText(editText(e.clip));
    setShown(copied ? null : e.clip.id);
    setMessage(t(copied ? 'outbox.copied' : 'outbox.copyFailed'));
  };
  const discard = async (e: OutboxEntry) => {
    try {
      await sendToBackground('outbox:discard', { id: e.clip.id });
      setMessage(t('outbox.discarded', { clip: clipLine(e.clip) }));
      requestAnimationFrame(() => document.getElementById('outbox-heading')?.focus());
    } catch {
      setMessage(t('common.backgroundSilent'));
    }
  };
  const closeEditor = (e: OutboxEntry) => (saved: boolean) => {
    setEditing(null);
    if (saved) setMessage(t('outbox.edited'));
    // Back to the button that opened the editor, so the keyboard user stays in place; the heading
    // when the clip has left the outbox meanwhile.
    requestAnimationFrame(() => (document.getElementById(`outbox-edit-${e.clip.id}`) ?? document.getElementById('outbox-heading'))?.focus());
  };

  const item = (e: OutboxEntry) => {
    const state = stateOf(e);
    const line = clipLine(e.clip);
    return (
      <li key={e.clip.id} class={`outbox-item ${state}`} data-clip-id={e.clip.id} data-state={state} data-edit={e.onServer ? 'true' : undefined}>
        <div class="item-row">
          <span class={`badge ${state}`}>{stateText(e, state)}</span>
          <span class="item-line" dir="auto">
            {line}
          </span>
        </div>
        {state === 'failed' && <Reason entry={e} />}
        {shown === e.clip.id && <textarea class="edit-text" readOnly rows={5} aria-label={t('outbox.copyTextLabel', { clip: line })} value={editText(e.clip)} />}
        {editing === e.clip.id ? (
          <ClipEditor clip={e.clip} onSave={save(e.clip.id)} onClose={closeEditor(e)} />
        ) : (
          <div class="item-actions">
            {mayEdit(e) && (
              <button type="button" class="small" id={`outbox-edit-${e.clip.id}`} aria-label={t('outbox.editLabel', { clip: line })} onClick={() => setEditing(e.clip.id)}>
                {t('outbox.edit')}
              </button>
            )}
            {state === 'failed' && !e.refusal && (
              <button type="button" class="small" aria-label={t('outbox.retryLabel', { clip: line })} onClick={() => void retry(e)}>
                {t('outbox.retry')}
              </button>
            )}
            {state === 'failed' && e.onServer && (
              <>
                <button type="button" class="small" aria-label={t('outbox.copyLabel', { clip: line })} onClick={() => void copy(e)}>
                  {t('outbox.copy')}
                </button>
                <button type="button" class="small" aria-label={t('outbox.discardLabel', { clip: line })} onClick={() => void discard(e)}>
                  {t('outbox.discard')}
                </button>
              </>
            )}
          </div>
        )}
      </li>
    );
  };

  return (
    <>
      <section class="box" aria-labelledby="outbox-heading">
        <h2 id="outbox-heading" tabIndex={-1}>{t('outbox.heading')}</h2>
        <p data-testid="outbox-status" role="status" aria-live="polite">
          {outboxText(entries)}
        </p>
        {waiting.length > 0 && sync.lastError && (
          <p class="muted" data-testid="outbox-detail">
            {sentence(sync.lastError)}
            {Number.isFinite(nextTry) && nextTry > Date.now() ? ` ${t('outbox.nextTry', { time: clock(nextTry) })}` : ''}
          </p>
        )}
        {waiting.length > 0 && (
          <>
            <h3 id="outbox-waiting-heading">{t('outbox.waitingHeading')}</h3>
            <ul class="outbox-list" aria-labelledby="outbox-waiting-heading" data-testid="outbox-waiting">
              {waiting.map(item)}
            </ul>
          </>
        )}
        {failed.length > 0 && (
          <>
            <h3 id="outbox-failed-heading">{t('outbox.failedHeading')}</h3>
            <p class="muted">{t(failed.every((e) => e.refusal) ? 'outbox.refusedEditsHint' : 'outbox.refusedHint')}</p>
            <ul class="outbox-list" aria-labelledby="outbox-failed-heading" data-testid="outbox-failed">
              {failed.map(item)}
            </ul>
          </>
        )}
        <p class="muted outbox-message" role="status" aria-live="polite" data-testid="outbox-message">
          {message}
        </p>
        <div class="actions">
          <button type="button" onClick={onSendNow} aria-busy={sending ? 'true' : undefined}>
            {t('outbox.sendNow')}
          </button>
        </div>
      </section>
      <RecentClips queued={entries.filter((e) => e.onServer)} />
    </>
  );
}
