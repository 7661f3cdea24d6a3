/** Where observers disagree, said in words, with one-click answers for a disputed speaker. */
import type { Conflict } from '../../../shared/schemas';
import type { ReviewIntervention } from '../../lib/review-schemas';
import { Badge } from './bits';

interface Props {
  iv: ReviewIntervention;
  canEdit: boolean;
  onUseSpeaker(name: string): void;
}

function describe(conflict: Conflict): string {
  const clips = `${conflict.clipIds.length} ${conflict.clipIds.length === 1 ? 'clip' : 'clips'}`;
  switch (conflict.kind) {
    case 'speaker':
      return `Observers disagree on the speaker: ${conflict.speakers.join(' or ')} (${clips}).`;
    case 'unknown-speaker':
      return `Speaker not in the list of known speakers: ${conflict.speakers.join(', ')} (${clips}).`;
    case 'unplaced':
      return `${clips} fit no intervention well: ${conflict.reason}`;
  }
}

export function Conflicts({ iv, canEdit, onUseSpeaker }: Props) {
  if (iv.conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-label="Conflicts" data-testid="conflicts">
      <Badge tone="conflict">Conflict</Badge>
      <ul>
        {iv.conflicts.map((conflict, i) => (
          <li key={i}>
            {describe(conflict)}
            {canEdit && conflict.kind === 'speaker' && (
              <span class="resolve">
                {conflict.speakers.map((name) => (
                  <button
                    type="button"
                    key={name}
                    class="small"
                    disabled={name === iv.speaker.name && iv.locked.includes('speaker')}
                    onClick={() => onUseSpeaker(name)}
                  >
                    Use {name}
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
