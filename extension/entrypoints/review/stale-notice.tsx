/** After a 409: what the intervention is now, and the reviewer's choice to re-apply or discard. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock } from '../../lib/clock';
import type { ReviewIntervention } from '../../lib/review-schemas';
import { STATUS_LABELS, formatWhen } from './labels';
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
        ? `set the status to ${STATUS_LABELS[attempt.patch.status]}`
        : `change ${Object.keys(attempt.patch).join(', ')}`;
    case 'split':
      return `split it at ${formatClock(attempt.at, { precise: true })}`;
    case 'merge':
      return 'merge it with the next intervention';
    case 'restore':
      return `restore version ${attempt.version}`;
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
        <strong>Someone else changed this intervention</strong> before your change was saved. You tried to {attemptText(attempt)}.
      </p>
      {current ? (
        <dl class="facts">
          <dt>Now</dt>
          <dd>
            {current.speaker.name}, {formatClock(current.start)}–{formatClock(current.end)}, {STATUS_LABELS[current.status]} (version{' '}
            {current.version})
          </dd>
          {current.summary && (
            <>
              <dt>Summary</dt>
              <dd>{current.summary}</dd>
            </>
          )}
          {current.tags.length > 0 && (
            <>
              <dt>Tags</dt>
              <dd>{current.tags.join(', ')}</dd>
            </>
          )}
          {current.updatedBy && (
            <>
              <dt>Changed by</dt>
              <dd>
                {current.updatedBy.name}
                {current.updatedAt ? `, ${formatWhen(current.updatedAt)}` : ''}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p class="muted">The server did not say what changed; discarding reloads the record.</p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={act(onReapply)}>
          Re-apply my change
        </button>
        <button type="button" disabled={busy} onClick={act(onDiscard)}>
          Discard my change
        </button>
      </div>
    </div>
  );
}
