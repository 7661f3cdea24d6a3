/**
 * Speaker suggestions while an observer types: the dialogue's expected participants first, then
 * the built-in table, matched in any of the six UN languages (and the aliases) by folded prefix,
 * word prefix or substring. A suggestion shows the entity's name in the UI's language when the
 * table has it. Pure: the table is passed in, so the side panel can load it lazily.
 */
import { fold } from './fold';
import type { SpeakerEntity } from './types';

/** An expected participant as a dialogue lists it (DialogueParticipant or ParticipantInput). */
export interface SuggestParticipant {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly entityId?: string | null;
}

export interface SpeakerSuggestion {
  /** What goes into the Speaker field. */
  readonly label: string;
  /** The name that matched, when it is not the label (e.g. "Мексика" for "Mexico"). */
  readonly matched: string | null;
  readonly entityId: string | null;
  readonly source: 'participant' | 'table';
}

export interface SuggestOptions {
  readonly participants?: readonly SuggestParticipant[];
  readonly table?: readonly SpeakerEntity[];
  /** The UI language: a table entity is shown by its name in it when there is one. */
  readonly lang?: string;
  readonly limit?: number;
}

interface Candidate {
  readonly label: string;
  readonly entityId: string | null;
  readonly source: 'participant' | 'table';
  /** Every spelling, with its folded key. */
  readonly names: readonly { readonly text: string; readonly key: string }[];
}

const keyed = (texts: readonly string[]) =>
  [...new Set(texts)].map((text) => ({ text, key: fold(text) })).filter((n) => n.key !== '');

function entityNames(entity: SpeakerEntity): string[] {
  return [entity.display, ...Object.values(entity.names ?? {}), ...(entity.aliases ?? []), entity.id];
}

function entityLabel(entity: SpeakerEntity, lang: string | undefined): string {
  const names = entity.names as Record<string, string | undefined> | undefined;
  return (lang && names?.[lang]) || entity.display;
}

// Folding the whole table is the costly part: done once per table, not per keystroke.
const tableCache = new WeakMap<readonly SpeakerEntity[], Map<string, { entity: SpeakerEntity; names: Candidate['names'] }>>();

function indexTable(table: readonly SpeakerEntity[]) {
  let index = tableCache.get(table);
  if (!index) {
    index = new Map(table.map((entity) => [entity.id, { entity, names: keyed(entityNames(entity)) }]));
    tableCache.set(table, index);
  }
  return index;
}

/** 0 the whole name, 1 its start, 2 a word's start, 3 anywhere inside; null no match. */
function score(query: string, key: string): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  // Chinese and Japanese names have no spaces: any position is a fair match there.
  if (key.includes(query)) return 3;
  return null;
}

function best(query: string, names: Candidate['names']): { rank: number; text: string } | null {
  let found: { rank: number; text: string } | null = null;
  for (const name of names) {
    const rank = score(query, name.key);
    if (rank !== null && (found === null || rank < found.rank)) found = { rank, text: name.text };
  }
  return found;
}

export function suggestSpeakers(query: string, opts: SuggestOptions = {}): SpeakerSuggestion[] {
  const limit = opts.limit ?? 8;
  const q = fold(query);
  const index = opts.table ? indexTable(opts.table) : new Map<string, { entity: SpeakerEntity; names: Candidate['names'] }>();

  const participants: Candidate[] = (opts.participants ?? []).map((p) => {
    const known = p.entityId ? index.get(p.entityId) : undefined;
    return {
      label: known ? entityLabel(known.entity, opts.lang) : p.name,
      entityId: p.entityId ?? null,
      source: 'participant',
      names: [...keyed([p.name, ...(p.aliases ?? [])]), ...(known?.names ?? [])],
    };
  });
  const taken = new Set(participants.map((p) => p.entityId).filter(Boolean));
  const fromTable: Candidate[] = q === '' ? [] : [...index.values()]
    .filter(({ entity }) => !taken.has(entity.id))
    .map(({ entity, names }) => ({ label: entityLabel(entity, opts.lang), entityId: entity.id, source: 'table', names }));

  const ranked = (list: Candidate[]) =>
    list
      .map((c, order) => ({ c, order, hit: q === '' ? { rank: 0, text: c.label } : best(q, c.names) }))
      .filter((x): x is typeof x & { hit: { rank: number; text: string } } => x.hit !== null)
      .sort((a, b) => a.hit.rank - b.hit.rank || a.order - b.order);

  const out: SpeakerSuggestion[] = [];
  const seen = new Set<string>();
  for (const { c, hit } of [...ranked(participants), ...ranked(fromTable)]) {
    if (seen.has(c.label)) continue;
    seen.add(c.label);
    out.push({ label: c.label, matched: hit.text === c.label || fold(hit.text) === fold(c.label) ? null : hit.text, entityId: c.entityId, source: c.source });
    if (out.length >= limit) break;
  }
  return out;
}
