/** Splitting an intervention in two at a time, by default its midpoint. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock, parseClock } from '../../lib/clock';
import { t } from '../../lib/i18n';
import type { ReviewIntervention } from '../../lib/review-schemas';

interface Props {
  iv: ReviewIntervention & { start: number; end: number };
  onSplit(at: number): Promise<boolean>;
  onClose(): void;
}

export function SplitForm({ iv, onSplit, onClose }: Props) {
  const [text, setText] = useState(() => formatClock((iv.start + iv.end) / 2, { precise: true }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const id = `${iv.id}-split-at`;
  useEffect(() => ref.current?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    const at = parseClock(text);
    if (at === undefined) return setError(t('review.errorTime'));
    if (!(at > iv.start && at < iv.end)) {
      return setError(t('review.splitRange', { start: formatClock(iv.start, { precise: true }), end: formatClock(iv.end, { precise: true }) }));
    }
    setError(null);
    setBusy(true);
    const ok = await onSplit(at);
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <form
      class="splitter"
      aria-label={t('review.splitFormLabel', { n: iv.position + 1 })}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <label for={id}>{t('review.splitAt')}</label>
      <div class="row">
        <input
          ref={ref}
          id={id}
          value={text}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy}>
          {t('review.splitHere')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} class="hint">
          {t('review.splitHint')}
        </p>
      )}
    </form>
  );
}
