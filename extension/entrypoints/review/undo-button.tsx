/** "Undo merge" / "Undo split": takes back the intervention's latest merge or split. */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ReviewIntervention } from '../../lib/review-schemas';
import type { Undoable } from './use-record';

interface Props {
  iv: ReviewIntervention;
  undoing: Undoable;
  /** The revision it takes back, when known (the history names it). */
  version?: number;
  onUndo(undoing: Undoable): Promise<boolean>;
}

export function UndoButton({ iv, undoing, version, onUndo }: Props) {
  const [busy, setBusy] = useState(false);
  const what = t(undoing === 'merge' ? 'review.undoMerge' : 'review.undoSplit');
  const detail =
    version === undefined
      ? t('review.undoOf', { n: iv.position + 1 })
      : t('review.undoOfVersion', { n: iv.position + 1, version });
  return (
    <button
      type="button"
      class="undo"
      data-testid="undo"
      aria-label={`${what} (${detail})`}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await onUndo(undoing);
        setBusy(false);
      }}
    >
      {what}
    </button>
  );
}
