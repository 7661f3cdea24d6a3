/** Where observers disagree, said in words, with one-click answers for a disputed speaker. */
import type { Conflict } from '../../../shared/schemas';
import { t, tn } from '../../lib/i18n';
import type { ReviewIntervention } from '../../lib/review-schemas';
import { Badge } from './bits';
import { listOf } from './labels';

interface Props {
  iv: ReviewIntervention;
  canEdit: boolean;
  onUseSpeaker(name: string): void;
}

/** The names a speaker conflict proposes instead of the intervention's speaker. */
function others(conflict: Extract<Conflict, { kind: 'speaker' }>, current: string): string[] {
  return conflict.speakers.filter((name) => name !== current);
}

function describe(conflict: Conflict, current: string): string {
  const n = conflict.clipIds.length;
  switch (conflict.kind) {
    case 'speaker':
      return tn('review.conflictSpeaker', n, { names: listOf(others(conflict, current), 'disjunction'), current });
    case 'unknown-speaker':
      return tn('review.conflictUnknown', n, { names: conflict.speakers.join(', ') });
    case 'unplaced':
      return tn('review.conflictUnplaced', n, { reason: conflict.reason });
  }
}

export function Conflicts({ iv, canEdit, onUseSpeaker }: Props) {
  if (iv.conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-label={t('review.conflicts')} data-testid="conflicts">
      <Badge tone="conflict">{t('review.conflict')}</Badge>
      <ul>
        {iv.conflicts.map((conflict, i) => (
          <li key={i}>
            {describe(conflict, iv.speaker.name)}
            {canEdit && conflict.kind === 'speaker' && (
              <span class="resolve">
                {/* Setting the speaker locks it, which settles the dispute for the clips seen. */}
                <button type="button" class="small" onClick={() => onUseSpeaker(iv.speaker.name)}>
                  {t('review.keepSpeaker', { name: iv.speaker.name })}
                </button>
                {others(conflict, iv.speaker.name).map((name) => (
                  <button type="button" key={name} class="small" onClick={() => onUseSpeaker(name)}>
                    {t('review.useSpeaker', { name })}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
