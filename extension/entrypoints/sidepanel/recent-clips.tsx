import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClipPatch } from '../../../shared/schemas';
import { t, tn } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import { recentClipsItem, type OutboxEntry, type RecentClip } from '../../lib/storage';
import { ClipEditor } from './clip-editor';
import { clipLine } from './clip-words';
import { mayEdit, Reason, stateOf, stateText } from './entry-state';
import { useStored } from './use-stored';

/** How many recent clips show before "Show all". */
const SHOWN = 5;

/** Where a sent clip stands, in words; and whether it is locked against its observer's edits. */
function standing(r: RecentClip): { text: string; locked: boolean } {
  const review = r.review;
  if (!review) return { text: t('outbox.recent.unknown'), locked: false };
  if (review.lock) return { text: t(review.lock === 'reviewed' ? 'outbox.recent.lockedReviewed' : 'outbox.recent.lockedEdited', { status: statusText(review.status) }), locked: true };
  if (review.status === null) return { text: t('outbox.recent.notAssembled'), locked: false };
  return { text: statusText(review.status), locked: false };
}

function statusText(status: NonNullable<RecentClip['review']>['status']): string {
  return status === null ? t('outbox.recent.notAssembled') : t(`outbox.recent.status.${status}`);
}

/** What became of the observer's change that waits in the outbox, under the clip. */
function queuedText(e: OutboxEntry): string {
  const state = stateOf(e);
  if (state === 'failed') return t('outbox.recent.editRefused');
  return t(state === 'sending' ? 'outbox.recent.editSending' : 'outbox.recent.editWaiting');
}

/**
 * The observer's last sent clips with where each stands in review. A clip no reviewer has reviewed
 * or edited can still be changed here; the change goes to the server and the record follows. A
 * change the server could not take now waits in the outbox (`queued`): the clip shows it, and
 * what became of it, until it is sent.
 */
export function RecentClips({ queued = [] }: { queued?: OutboxEntry[] }) {
  const recent = useStored<RecentClip[]>(recentClipsItem, []);
  const [editing, setEditing] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const [message, setMessage] = useState('');
  const [refreshing, setRefreshing] = useState(false);
  // Whether the last saved edit was queued rather than taken by the server (the list may re-render between).
  const wasQueued = useRef(false);

  const refresh = async () => {
    setRefreshing(true);
    try {
      const res = await sendToBackground('clips:recent', { refresh: true });
      setMessage(res.message ? t('outbox.recent.refreshFailed', { reason: res.message }) : '');
    } catch {
      setMessage(t('common.backgroundSilent'));
    } finally {
      setRefreshing(false);
    }
  };
  // On opening, and whenever a new clip has been sent: where do they stand now?
  const newest = recent[0]?.clip.id;
  useEffect(() => void refresh(), [newest]);
  // A queued edit that waited has been sent or refused: what the list said of it is stale, and the
  // clip may stand elsewhere now (a refusal means a reviewer got there first).
  const queuedKey = queued.map((e) => `${e.clip.id}:${e.state}`).join();
  const before = useRef(queuedKey);
  useEffect(() => {
    const settled = before.current.split(',').some((k) => k.endsWith(':waiting') && !queuedKey.split(',').includes(k));
    before.current = queuedKey;
    if (!settled) return;
    setMessage('');
    void refresh();
  }, [queuedKey]);

  if (recent.length === 0) return null;
  const shown = all ? recent : recent.slice(0, SHOWN);
  const waiting = new Map(queued.map((e) => [e.clip.id, e]));
  const save = (id: string) => async (patch: ClipPatch) => {
    const res = await sendToBackground('clips:edit', { id, patch });
    wasQueued.current = res.ok && Boolean(res.queued);
    return res;
  };
  const close = (id: string) => (saved: boolean) => {
    setEditing(null);
    if (saved) setMessage(t(wasQueued.current ? 'outbox.recent.editQueued' : 'outbox.recent.edited'));
    requestAnimationFrame(() => (document.getElementById(`recent-edit-${id}`) ?? document.getElementById('recent-heading'))?.focus());
  };

  return (
    <section class="box" aria-labelledby="recent-heading">
      <div class="title-row">
        <h2 id="recent-heading" tabIndex={-1}>{t('outbox.recent.heading')}</h2>
        <button type="button" class="small" onClick={() => void refresh()} aria-busy={refreshing ? 'true' : undefined}>
          {t('outbox.recent.refresh')}
        </button>
      </div>
      <p class="muted">{t('outbox.recent.hint')}</p>
      <ul class="outbox-list" aria-labelledby="recent-heading" data-testid="recent-clips">
        {shown.map((r) => {
          const { text, locked } = standing(r);
          // The observer's change waiting in the outbox: the clip as they left it, and its state.
          const edit = waiting.get(r.clip.id);
          const clip = edit?.clip ?? r.clip;
          const line = clipLine(clip);
          const state = edit && stateOf(edit);
          return (
            <li key={r.clip.id} class="outbox-item" data-clip-id={r.clip.id} data-locked={locked ? 'true' : 'false'} data-edit-state={state}>
              <div class="item-row">
                {edit && state ? (
                  <span class={`badge ${state}`}>{stateText(edit, state)}</span>
                ) : (
                  <span class={`badge ${locked ? 'locked' : 'sent'}`}>{t(locked ? 'outbox.state.locked' : 'outbox.state.sent')}</span>
                )}
                <span class="item-line" dir="auto">
                  {line}
                </span>
              </div>
              <p class="muted item-status" data-testid="recent-status">
                {text}
              </p>
              {edit && (
                <div data-testid="recent-edit-state">
                  <p class="muted item-status">{queuedText(edit)}</p>
                  {state === 'failed' && <Reason entry={edit} />}
                </div>
              )}
              {editing === r.clip.id ? (
                <ClipEditor clip={clip} onSave={save(r.clip.id)} onClose={close(r.clip.id)} />
              ) : (
                !locked &&
                (!edit || mayEdit(edit)) && (
                  <div class="item-actions">
                    <button type="button" class="small" id={`recent-edit-${r.clip.id}`} aria-label={t('outbox.editLabel', { clip: line })} onClick={() => setEditing(r.clip.id)}>
                      {t('outbox.edit')}
                    </button>
                  </div>
                )
              )}
            </li>
          );
        })}
      </ul>
      {recent.length > SHOWN && (
        <button type="button" class="small show-all" aria-expanded={all ? 'true' : 'false'} onClick={() => setAll((a) => !a)}>
          {all ? t('outbox.recent.showFewer') : tn('outbox.recent.showAll', recent.length)}
        </button>
      )}
      <p class="muted outbox-message" role="status" aria-live="polite" data-testid="recent-message">
        {message}
      </p>
    </section>
  );
}
