import { asc } from 'drizzle-orm';
import { SPEAKER_KINDS, type SpeakerEntity, type SpeakerKind } from '../../shared/speakers/types';
import type { Db } from '../db/client';
import { speakerEntities } from '../db/schema';
import { AppError } from '../errors';

/**
 * The stored speaker table cannot be used: a 500 for the request, and the row named in the log (the
 * answer names no row; only migrations write this table, so it is the operator's to fix).
 */
export class SpeakerTableError extends AppError {
  constructor(readonly detail: string) {
    super(500, 'speaker_table_unreadable', 'The built-in speaker table stored on the server cannot be read');
    this.name = 'SpeakerTableError';
  }
}

const KINDS: ReadonlySet<string> = new Set(SPEAKER_KINDS);
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isStringRecord = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string');

/** What is wrong with a row's entity, or null. Enough shape for the index not to trip over it later. */
function problemOf(row: { id: string; kind: string }, value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
  const e = value as Record<string, unknown>;
  if (e.id !== row.id) return `names id ${JSON.stringify(e.id)}, not the row's`;
  if (e.kind !== row.kind || !KINDS.has(row.kind)) return `has kind ${JSON.stringify(e.kind)} (row: ${JSON.stringify(row.kind)})`;
  if (typeof e.display !== 'string' || e.display === '') return 'has no display name';
  if (e.iso2 !== undefined && typeof e.iso2 !== 'string') return 'has an iso2 that is no string';
  if (e.names !== undefined && !isStringRecord(e.names)) return 'has names that are not strings by language';
  if (e.aliases !== undefined && !isStringList(e.aliases)) return 'has aliases that are not a list of strings';
  return null;
}

function fail(detail: string): never {
  const error = new SpeakerTableError(detail);
  console.error(`speaker table unreadable: ${detail}`);
  throw error;
}

/** The built-in speaker table in its order, from one SELECT. Throws SpeakerTableError for a bad row or an empty table. */
export async function loadSpeakerTable(db: Db): Promise<SpeakerEntity[]> {
  const rows = await db.select().from(speakerEntities).orderBy(asc(speakerEntities.position));
  if (rows.length === 0) fail('speaker_entities holds no rows (are the migrations applied?)');
  return rows.map((row) => {
    let value: unknown;
    try {
      value = JSON.parse(row.entity);
    } catch (err) {
      fail(`row ${row.position} (${row.id}): the entity is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const problem = problemOf(row, value);
    if (problem) fail(`row ${row.position} (${row.id}): the entity ${problem}`);
    return value as SpeakerEntity & { kind: SpeakerKind };
  });
}
