/**
 * The built-in speaker table. The extension bundles it (loaded lazily); the Worker does not: it reads the
 * same rows from D1 (`speaker_entities`), written by migrations.
 *
 * Changing anything under ./data therefore needs a new migration that replaces the stored rows
 * (DELETE + INSERT): `npm run speakers:sql -- --new <name>` makes it (scripts/speaker-table-sql.ts), then
 * add its test to tests/worker/migrations.test.ts. tests/worker/speaker-table.test.ts fails until then.
 */
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
