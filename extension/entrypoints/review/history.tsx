/** An intervention's revisions, newest first: who changed what, from what to what, and when. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import type { ReviewIntervention, Revision } from '../../lib/review-schemas';
import { lastStructural } from '../../../shared/review/undo';
import { actionLabel, describeValue, fieldLabel, formatWhen } from './labels';
import { UndoButton } from './undo-button';
import type { Undoable } from './use-record';

interface Props {
  iv: ReviewIntervention;
  canEdit: boolean;
  onRestore(version: number): Promise<boolean>;
  onUndo(undoing: Undoable): Promise<boolean>;
}

function lockedIn(rev: Revision | undefined): string[] {
  const locked = rev?.snapshot.locked;
  return Array.isArray(locked) ? locked.filter((f): f is string => typeof f === 'string') : [];
}

/** Fields this revision locked that the one before had not: a reviewer confirmed them unchanged. */
function newLocks(rev: Revision, before: Revision | undefined): string[] {
  if (!before) return [];
  const had = new Set(lockedIn(before));
  return lockedIn(rev).filter((f) => !had.has(f) && !(f in rev.changes));
}

export function History({ iv, canEdit, onRestore, onUndo }: Props) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const res = await sendToBackground('review:revisions', { interventionId: iv.id });
      if (res.ok) {
        setRevisions(res.value);
        setError(null);
      } else setError(res.message);
    } catch {
      setError(t('common.backgroundSilent'));
    }
  }, [iv.id]);

  // A new version (an edit, a restore) adds a revision: show it.
  useEffect(() => void load(), [load, iv.version]);

  return (
    <section class="history" aria-label={t('review.historyOf', { n: iv.position + 1 })} data-testid="history">
      <h4>{t('review.history')}</h4>
      {error && <p class="field-error">{t('review.historyError', { error })}</p>}
      {!revisions && !error && <p class="muted">{t('common.loading')}</p>}
      {revisions && revisions.length === 0 && <p class="muted">{t('review.noRevisions')}</p>}
      {canEdit && revisions && <UndoFromHistory iv={iv} revisions={revisions} onUndo={onUndo} />}
      {revisions && revisions.length > 0 && (
        <ol class="revisions" reversed>
          {revisions.map((rev, i) => {
            const changes = Object.entries(rev.changes);
            const locks = newLocks(rev, revisions[i + 1]);
            return (
              <li key={rev.version} data-testid="revision">
                <p class="revision-head">
                  <strong>{t('review.version', { version: rev.version })}</strong> ·{' '}
                  {rev.by ? t('review.actionBy', { action: actionLabel(rev.action), name: rev.by.name }) : t('review.actionAuto', { action: actionLabel(rev.action) })} ·{' '}
                  <time dateTime={rev.at}>{formatWhen(rev.at)}</time>
                  {rev.version === iv.version && <span class="muted"> {t('review.current')}</span>}
                </p>
                {changes.length > 0 && (
                  <ul class="changes">
                    {changes.map(([field, change]) => (
                      <li key={field}>
                        {t('review.change', { field: fieldLabel(field), from: describeValue(field, change.from), to: describeValue(field, change.to) })}
                      </li>
                    ))}
                  </ul>
                )}
                {locks.length > 0 && (
                  <p class="changes">
                    {t('review.confirmedLocked', { fields: locks.map(fieldLabel).join(', ') })}
                  </p>
                )}
                {canEdit && rev.version !== iv.version && (
                  <button type="button" class="small" onClick={() => void onRestore(rev.version)}>
                    {t('review.restoreVersion')}
                    <span class="sr-only"> ({rev.version})</span>
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The history's own offer to undo: its latest merge or split not yet undone, if any. */
function UndoFromHistory({ iv, revisions, onUndo }: { iv: ReviewIntervention; revisions: Revision[]; onUndo(undoing: Undoable): Promise<boolean> }) {
  const last = lastStructural(iv.id, revisions);
  if (last.kind === 'none') return null;
  return (
    <p class="history-undo">
      <UndoButton iv={iv} undoing={last.kind} version={last.revision.version} onUndo={onUndo} />
    </p>
  );
}
