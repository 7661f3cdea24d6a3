/** After a 409: what the intervention is now, and the reviewer's choice to re-apply or discard. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock } from '../../lib/clock';
import { t } from '../../lib/i18n';
import type { ReviewIntervention } from '../../lib/review-schemas';
import { fieldLabel, formatWhen, statusLabel } from './labels';
import type { Attempt } from './use-record';

interface Props {
  attempt: Attempt;
  current: ReviewIntervention | null;
  onReapply(): Promise<void>;
  onDiscard(): Promise<void>;
}

function attemptText(attempt: Attempt): string {
  switch (attempt.kind) {
    case 'edit':
      return attempt.patch.status && Object.keys(attempt.patch).length === 1
        ? t('review.triedStatus', { status: statusLabel(attempt.patch.status) })
        : t('review.triedChange', { fields: Object.keys(attempt.patch).map(fieldLabel).join(', ') });
    case 'split':
      return t('review.triedSplit', { time: formatClock(attempt.at, { precise: true }) });
    case 'merge':
      return t('review.triedMerge');
    case 'restore':
      return t('review.triedRestore', { version: attempt.version });
    case 'undo':
      return t(attempt.undoing === 'merge' ? 'review.triedUndoMerge' : 'review.triedUndoSplit');
  }
}

export function StaleNotice({ attempt, current, onReapply, onDiscard }: Props) {
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const act = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    await fn();
    setBusy(false);
  };
  return (
    <div class="stale" ref={ref} tabIndex={-1} role="group" aria-labelledby={`stale-${current?.id ?? 'x'}`} data-testid="stale">
      <p class="stale-title" id={`stale-${current?.id ?? 'x'}`}>
        <strong>{t('review.staleTitle')}</strong> {t('review.staleBody', { attempt: attemptText(attempt) })}
      </p>
      {current ? (
        <dl class="facts">
          <dt>{t('review.now')}</dt>
          <dd>
            {current.speaker.name}, <span dir="ltr">{formatClock(current.start)}–{formatClock(current.end)}</span>, {statusLabel(current.status)} (
            {t('review.versionLower', { version: current.version })})
          </dd>
          {current.summary && (
            <>
              <dt>{t('review.field.summary')}</dt>
              <dd>{current.summary}</dd>
            </>
          )}
          {current.tags.length > 0 && (
            <>
              <dt>{t('review.field.tags')}</dt>
              <dd>{current.tags.join(', ')}</dd>
            </>
          )}
          {current.updatedBy && (
            <>
              <dt>{t('review.changedBy')}</dt>
              <dd>
                {current.updatedBy.name}
                {current.updatedAt ? `, ${formatWhen(current.updatedAt)}` : ''}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p class="muted">{t('review.staleUnknown')}</p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={act(onReapply)}>
          {t('review.reapply')}
        </button>
        <button type="button" disabled={busy} onClick={act(onDiscard)}>
          {t('review.discard')}
        </button>
      </div>
    </div>
  );
}
