/** Where observers disagree, said in words, with one-click answers for a disputed speaker. */
import type { Conflict } from '../../../shared/schemas';
import type { ReviewIntervention } from '../../lib/review-schemas';
import { Badge } from './bits';

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
  const clips = `${n} ${n === 1 ? 'clip' : 'clips'}`;
  switch (conflict.kind) {
    case 'speaker':
      return `Observers disagree on the speaker: ${clips} ${n === 1 ? 'names' : 'name'} ${others(conflict, current).join(' or ')} instead of ${current}.`;
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
            {describe(conflict, iv.speaker.name)}
            {canEdit && conflict.kind === 'speaker' && (
              <span class="resolve">
                {/* Setting the speaker locks it, which settles the dispute for the clips seen. */}
                <button type="button" class="small" onClick={() => onUseSpeaker(iv.speaker.name)}>
                  Keep {iv.speaker.name}
                </button>
                {others(conflict, iv.speaker.name).map((name) => (
                  <button type="button" key={name} class="small" onClick={() => onUseSpeaker(name)}>
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
