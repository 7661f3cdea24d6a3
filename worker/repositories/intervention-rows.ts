import { sql } from 'drizzle-orm';
import type { Conflict } from '../../shared/assembly/model';
import type { InterventionStatus, LockableField, StoredIntervention } from '../../shared/review/model';
import type { RecordSpeaker } from '../../shared/schemas';
import { clips, type interventions } from '../db/schema';

/** The clip columns assembly and the review view read (the facts a clip contributes to a turn). */
export const CLIP_FACT_COLUMNS = {
  id: clips.id,
  observerId: clips.memberId,
  kind: clips.kind,
  clock: clips.clock,
  start: clips.start,
  end: clips.end,
  speaker: clips.speaker,
  tags: clips.tags,
  note: clips.note,
  quote: clips.quoteExact,
  capturedAt: clips.capturedAt,
};

export type InterventionRow = typeof interventions.$inferSelect;
export interface LinkRow {
  clipId: string;
  role: 'support' | 'dissent';
}

/**
 * Which stored interventions assembly keeps rather than replaces: a reviewer wrote them (see
 * isHeld in shared/review). Unqualified, for statements on the interventions table alone.
 */
export const HELD = sql.raw(`(touched_at IS NOT NULL OR status <> 'draft' OR merged_into IS NOT NULL)`);

/** A column of the JSON row a `json_each(?)` statement reads. */
export const value = (path: string) => sql.raw(`json_extract(value, '$.${path}')`);

export function toStored(row: InterventionRow, links: readonly LinkRow[]): StoredIntervention {
  const clipIds = links.map((l) => l.clipId).sort(compare);
  return {
    id: row.id,
    version: row.version,
    status: row.status as InterventionStatus,
    summary: row.summary,
    speaker: { name: row.speaker, code: row.speakerEntityId, kind: row.speakerKind as RecordSpeaker['kind'], known: row.speakerKnown },
    start: row.start,
    end: row.end,
    openEnd: row.openEnd,
    tags: row.tags,
    notes: row.notes,
    quotes: row.quotes,
    conflicts: row.conflicts as Conflict[],
    clipIds,
    dissentingClipIds: links.filter((l) => l.role === 'dissent').map((l) => l.clipId).sort(compare),
    locked: row.locked as LockableField[],
    seenClipIds: row.seenClipIds,
    touched: row.touchedAt !== null,
    mergedInto: row.mergedInto,
    splitFrom: row.splitFrom,
  };
}

/** The columns of an intervention as one JSON row, for statements that read `json_each(?)`. */
export function toJsonRow(s: StoredIntervention, position: number) {
  return {
    id: s.id,
    position,
    version: s.version,
    speaker: s.speaker.name,
    speakerEntityId: s.speaker.code,
    speakerKind: s.speaker.kind,
    speakerKnown: s.speaker.known,
    start: s.start,
    end: s.end,
    openEnd: s.openEnd,
    status: s.status,
    summary: s.summary,
    tags: s.tags,
    notes: s.notes,
    quotes: s.quotes,
    conflicts: s.conflicts,
    locked: s.locked,
    seenClipIds: s.seenClipIds,
    mergedInto: s.mergedInto,
    splitFrom: s.splitFrom,
  };
}
export type JsonRow = ReturnType<typeof toJsonRow>;

export function linksOf(s: Pick<StoredIntervention, 'id' | 'clipIds' | 'dissentingClipIds'>) {
  const dissent = new Set(s.dissentingClipIds);
  return s.clipIds.map((clipId) => ({ interventionId: s.id, clipId, role: dissent.has(clipId) ? ('dissent' as const) : ('support' as const) }));
}

/**
 * `SET` assignments from a JSON row bound as `json_each(?)` (for UPDATE ... FROM json_each). The
 * JSON arrays come back from json_extract as JSON text, as the columns store them.
 */
export const ASSIGN_FROM_JSON = sql.raw(
  [
    ['position', 'position'],
    ['version', 'version'],
    ['speaker', 'speaker'],
    ['speaker_entity_id', 'speakerEntityId'],
    ['speaker_kind', 'speakerKind'],
    ['speaker_known', 'speakerKnown'],
    ['"start"', 'start'],
    ['"end"', 'end'],
    ['open_end', 'openEnd'],
    ['status', 'status'],
    ['summary', 'summary'],
    ['tags', 'tags'],
    ['notes', 'notes'],
    ['quotes', 'quotes'],
    ['conflicts', 'conflicts'],
    ['locked', 'locked'],
    ['seen_clip_ids', 'seenClipIds'],
    ['merged_into', 'mergedInto'],
  ]
    .map(([column, field]) => `${column} = json_extract(value, '$.${field}')`)
    .join(', '),
);

/** D1 caps a statement at 100 KB of SQL and a value at 2 MB: rows travel as JSON of bounded size. */
const MAX_JSON_CHARS = 500_000;

/** Splits rows into JSON arrays of bounded size; no chunk at all for no rows. */
export function chunks(rows: readonly unknown[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (current.length > 0 && size + json.length > MAX_JSON_CHARS) {
      out.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) out.push(`[${current.join(',')}]`);
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
