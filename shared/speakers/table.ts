import { ACADEMIA, NGOS, PRIVATE_SECTOR } from './data/civil-society';
import { CHAIR } from './data/chair';
import { IGOS } from './data/igos';
import { STATES_A_L } from './data/states-a-l';
import { STATES_M_Z } from './data/states-m-z';
import { UN_ENTITIES } from './data/un-entities';
import type { SpeakerEntity, StateEntity } from './types';

export const STATES: readonly StateEntity[] = Object.freeze([...STATES_A_L, ...STATES_M_Z]);

/** Every built-in speaker: the Chair, States, IGOs, UN entities, NGOs, academia, the private sector. */
export const SPEAKER_TABLE: readonly SpeakerEntity[] = Object.freeze([
  CHAIR,
  ...STATES,
  ...IGOS,
  ...UN_ENTITIES,
  ...NGOS,
  ...ACADEMIA,
  ...PRIVATE_SECTOR,
]);
