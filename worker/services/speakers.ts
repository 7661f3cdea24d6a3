import type { ResolveSpeaker } from '../../shared/assembly/model';
import { speakerNames, type SpeakerNames } from '../../shared/export/prose-name';
import type { DialogueParticipant, ParticipantInput, Problem } from '../../shared/schemas';
// Not '../../shared/speakers': its index re-exports the built-in table, which the Worker reads from D1.
import { buildSpeakerIndex, type SpeakerIndex } from '../../shared/speakers/build-index';
import { canonicaliseSpeaker, speakerKey } from '../../shared/speakers/canonicalise';
import { fold } from '../../shared/speakers/fold';
import type { SpeakerEntity, SpeakerExtras, SpeakerKind } from '../../shared/speakers/types';
import type { Db } from '../db/client';
import { canonicalJson } from '../lib/canonical-json';
import { loadSpeakerTable } from '../repositories/speaker-table';

/** The built-in speaker table as this isolate loaded it from D1, with what is built from it once. */
export interface BuiltInSpeakers {
  readonly table: readonly SpeakerEntity[];
  readonly index: SpeakerIndex;
  /** For the export's prose ("the representative of the Russian Federation"). */
  readonly names: SpeakerNames;
}

// Building an index takes ~17 ms: keep the built-in one and a few dialogues' ones per isolate.
const MAX_CACHED_INDEXES = 16;
let loaded: BuiltInSpeakers | null = null;
const cache = new Map<string, SpeakerIndex>();

/**
 * The built-in table, read from D1 once per isolate and then kept. Until it is loaded, each request
 * reads it itself rather than awaiting another request's pending query: workerd ties I/O to the
 * request that started it, so a cancelled first request could leave the others waiting forever.
 * A failed load stores nothing, so the next request tries again.
 */
export async function builtInSpeakers(db: Db): Promise<BuiltInSpeakers> {
  if (loaded) return loaded;
  const table = await loadSpeakerTable(db);
  loaded ??= Object.freeze({ table, index: buildSpeakerIndex(table), names: speakerNames(table) });
  return loaded;
}

/** For tests: the next request reads the table from D1 again (and builds every index afresh). */
export function forgetBuiltInSpeakers(): void {
  loaded = null;
  cache.clear();
}

/** The speaker index for a dialogue's participants; built once per distinct list in this isolate. */
export async function speakerIndexFor(db: Db, participants: readonly DialogueParticipant[]): Promise<SpeakerIndex> {
  const builtIn = await builtInSpeakers(db);
  if (participants.length === 0) return builtIn.index;
  const extras = toExtras(participants);
  // The canonical JSON itself is the key: no collision can hand a dialogue another's index.
  const key = canonicalJson(extras);
  let index = cache.get(key);
  if (index) {
    cache.delete(key); // re-inserted below: the Map's order doubles as least-recently-used order
  } else {
    index = buildSpeakerIndex(builtIn.table, extras);
    if (cache.size >= MAX_CACHED_INDEXES) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, index);
  return index;
}

/** What assembly needs from an index: a typed name → speaker, and an entity's kind. */
export function speakerResolver(index: SpeakerIndex): { resolve: ResolveSpeaker; kindOf: (id: string | null) => SpeakerKind | null } {
  return {
    resolve: (typed) => {
      const found = canonicaliseSpeaker(index, typed);
      return { key: speakerKey(found), display: found.display, entityId: found.entityId, known: found.entityId !== null };
    },
    kindOf: (id) => (id === null ? null : (index.entities.get(id)?.kind ?? null)),
  };
}

/**
 * Checks a dialogue's participants against the built-in table and gives each its speaker code:
 * the table id it names, or a new `X-<slug>` id. Problems name `participants.N.entityId`.
 */
export async function toParticipants(
  db: Db,
  input: readonly ParticipantInput[],
): Promise<{ participants: DialogueParticipant[]; problems: Problem[] }> {
  const table = (await builtInSpeakers(db)).index.entities;
  const problems: Problem[] = [];
  const taken = new Set<string>(table.keys());
  const participants = input.map((p, i): DialogueParticipant => {
    const aliases = p.aliases ?? [];
    if (p.entityId !== undefined) {
      const entity = table.get(p.entityId);
      if (!entity) problems.push({ path: `participants.${i}.entityId`, message: 'is not a known speaker id' });
      return { name: p.name, aliases, entityId: p.entityId, code: p.entityId, kind: entity?.kind ?? 'ngo' };
    }
    const code = uniqueCode(p.name, i, taken);
    return { name: p.name, aliases, entityId: null, code, kind: p.kind ?? 'ngo' };
  });
  return { participants, problems };
}

function uniqueCode(name: string, index: number, taken: Set<string>): string {
  const slug = fold(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = `X-${slug || `P${index + 1}`}`;
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  taken.add(code);
  return code;
}

/** Table participants are preferred on close calls and bring their spellings; new ones become entities. */
export function toExtras(participants: readonly DialogueParticipant[]): SpeakerExtras {
  const entities: SpeakerEntity[] = [];
  const aliases: Record<string, string> = {};
  const preferred: string[] = [];
  for (const p of participants) {
    if (p.entityId === null) {
      entities.push({ id: p.code, kind: p.kind, display: p.name, aliases: p.aliases });
      continue;
    }
    preferred.push(p.entityId);
    for (const alias of [p.name, ...p.aliases]) aliases[alias] = p.entityId;
  }
  return { entities, aliases, participants: [...new Set(preferred)].sort() };
}
