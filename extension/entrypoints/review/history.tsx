/** An intervention's revisions, newest first: who changed what, from what to what, and when. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/protocol';
import type { ReviewIntervention, Revision } from '../../lib/review-schemas';
import { ACTION_LABELS, FIELD_LABELS, describeValue, formatWhen } from './labels';

interface Props {
  iv: ReviewIntervention;
  canEdit: boolean;
  onRestore(version: number): Promise<boolean>;
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

export function History({ iv, canEdit, onRestore }: Props) {
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
      setError('The extension background did not answer.');
    }
  }, [iv.id]);

  // A new version (an edit, a restore) adds a revision: show it.
  useEffect(() => void load(), [load, iv.version]);

  return (
    <section class="history" aria-label={`History of intervention ${iv.position + 1}`} data-testid="history">
      <h4>History</h4>
      {error && <p class="field-error">Could not load the history: {error}</p>}
      {!revisions && !error && <p class="muted">Loading…</p>}
      {revisions && revisions.length === 0 && <p class="muted">No revisions yet.</p>}
      {revisions && revisions.length > 0 && (
        <ol class="revisions" reversed>
          {revisions.map((rev, i) => {
            const changes = Object.entries(rev.changes);
            const locks = newLocks(rev, revisions[i + 1]);
            return (
              <li key={rev.version} data-testid="revision">
                <p class="revision-head">
                  <strong>Version {rev.version}</strong> · {ACTION_LABELS[rev.action] ?? rev.action} {rev.by ? `by ${rev.by.name}` : 'automatically'} ·{' '}
                  <time dateTime={rev.at}>{formatWhen(rev.at)}</time>
                  {rev.version === iv.version && <span class="muted"> (current)</span>}
                </p>
                {changes.length > 0 && (
                  <ul class="changes">
                    {changes.map(([field, change]) => (
                      <li key={field}>
                        {FIELD_LABELS[field] ?? field}: {describeValue(field, change.from)} → {describeValue(field, change.to)}
                      </li>
                    ))}
                  </ul>
                )}
                {locks.length > 0 && (
                  <p class="changes">
                    Confirmed and locked: {locks.map((f) => FIELD_LABELS[f] ?? f).join(', ')}
                  </p>
                )}
                {canEdit && rev.version !== iv.version && (
                  <button type="button" class="small" onClick={() => void onRestore(rev.version)}>
                    Restore this version
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
