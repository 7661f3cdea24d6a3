import type { SpeakerEntity, SpeakerKind, StateEntity, UnNames } from '../types';

// The table is shared by every request in a Worker isolate: freeze it so no caller can edit it in place.
function freezeEntity<T extends SpeakerEntity>(entity: T): T {
  if (entity.names) Object.freeze(entity.names);
  if (entity.aliases) Object.freeze(entity.aliases);
  return Object.freeze(entity);
}

/** A UN Member State; `names.en` is its display name. */
export function state(id: string, iso2: string, names: UnNames, aliases: readonly string[] = []): StateEntity {
  return freezeEntity({ id, iso2, kind: 'state', display: names.en, names, aliases });
}

/** A non-member observer State (the Holy See, the State of Palestine). */
export function observerState(id: string, iso2: string, names: UnNames, aliases: readonly string[] = []): StateEntity {
  return freezeEntity({ id, iso2, kind: 'observer-state', display: names.en, names, aliases });
}

export function entity(
  id: string,
  kind: Exclude<SpeakerKind, 'state' | 'observer-state'>,
  display: string,
  aliases: readonly string[] = [],
  names?: SpeakerEntity['names'],
): SpeakerEntity {
  return freezeEntity(names ? { id, kind, display, aliases, names } : { id, kind, display, aliases });
}
