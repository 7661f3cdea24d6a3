export * from './types';
export { buildSpeakerIndex, type SpeakerIndex } from './build-index';
export { canonicaliseSpeaker, canonicaliseSpeakers, speakerKey } from './canonicalise';
export { fold } from './fold';
export { SPEAKER_TABLE, STATES } from './table';

import { buildSpeakerIndex, type SpeakerIndex } from './build-index';
import { SPEAKER_TABLE } from './table';
import type { SpeakerExtras } from './types';

/** The built-in table plus a dialogue's additions. Build once per dialogue and reuse. */
export function buildDefaultSpeakerIndex(extras?: SpeakerExtras): SpeakerIndex {
  return buildSpeakerIndex(SPEAKER_TABLE, extras);
}
