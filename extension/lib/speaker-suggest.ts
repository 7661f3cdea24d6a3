/**
 * The speaker table for the side panel's suggestions. It is most of the panel's weight, so it is
 * a separate chunk, loaded the first time the Speaker field is used.
 */
import type { SpeakerEntity } from '../../shared/speakers/types';

let loading: Promise<readonly SpeakerEntity[]> | null = null;

export function loadSpeakerTable(): Promise<readonly SpeakerEntity[]> {
  loading ??= import('../../shared/speakers/table').then((m) => m.SPEAKER_TABLE).catch((err: unknown) => {
    loading = null; // a failed chunk load may work on the next try
    throw err;
  });
  return loading;
}

export { suggestSpeakers, type SpeakerSuggestion, type SuggestParticipant } from '../../shared/speakers/suggest';
