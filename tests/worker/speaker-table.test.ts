// The built-in speaker table lives in D1 (migrations write it), not in the Worker's bundle: the migrated
// rows must be the shared table, and a damaged row must be a clear 500, never a crash or a silent loss.
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SPEAKER_TABLE } from '../../shared/speakers/table';
import { getDb } from '../../worker/db/client';
import { loadSpeakerTable, SpeakerTableError } from '../../worker/repositories/speaker-table';

const db = () => getDb(env.DB);
const run = (sql: string, ...params: unknown[]) => env.DB.prepare(sql).bind(...params).run();

/** Runs `body` with the row at `position` holding `entity`, then puts the row back. */
async function withRow(position: number, entity: string, body: () => Promise<void>): Promise<void> {
  const { entity: original } = (await env.DB.prepare('SELECT entity FROM speaker_entities WHERE position = ?').bind(position).first<{ entity: string }>())!;
  await run('UPDATE speaker_entities SET entity = ? WHERE position = ?', entity, position);
  try {
    await body();
  } finally {
    await run('UPDATE speaker_entities SET entity = ? WHERE position = ?', original, position);
  }
}

afterEach(() => vi.restoreAllMocks());

describe('speaker_entities after every migration', () => {
  it('holds exactly the shared speaker table, in its order', async () => {
    const { results } = await env.DB.prepare('SELECT position, id, kind, entity FROM speaker_entities ORDER BY position').all<{
      position: number;
      id: string;
      kind: string;
      entity: string;
    }>();
    const stored = results.map((r) => JSON.parse(r.entity) as unknown);
    expect(
      stored,
      'shared/speakers/data changed without a migration: run `npm run speakers:sql -- --new <name>` and add its test to tests/worker/migrations.test.ts',
    ).toEqual(SPEAKER_TABLE);
    expect(results.map((r) => [r.position, r.id, r.kind])).toEqual(SPEAKER_TABLE.map((e, i) => [i, e.id, e.kind]));
  });

  it('is what loadSpeakerTable reads, in one SELECT', async () => {
    expect(await loadSpeakerTable(db())).toEqual(SPEAKER_TABLE);
  });
});

describe('a damaged speaker table', () => {
  it.each([
    ['text that is not JSON', '{"id":"CHAIR","kind":"chair",', /row 0 \(CHAIR\): the entity is not valid JSON/],
    ['JSON that is no object', '[1, 2]', /row 0 \(CHAIR\): the entity is not a JSON object/],
    ['another id than the row', '{"id":"NOPE","kind":"chair","display":"Chair"}', /row 0 \(CHAIR\): the entity names id "NOPE"/],
    ['aliases that are no list', '{"id":"CHAIR","kind":"chair","display":"Chair","aliases":"Chairperson"}', /aliases that are not a list/],
  ])('is a SpeakerTableError naming the row in the log: %s', async (_, entity, logged) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await withRow(0, entity, async () => {
      const error = await loadSpeakerTable(db()).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SpeakerTableError);
      expect(error).toMatchObject({ status: 500, code: 'speaker_table_unreadable', detail: expect.stringMatching(logged) });
      expect(log).toHaveBeenCalledWith(expect.stringMatching(logged));
    });
  });

  it('an empty table is an error too, not a Worker that knows no speaker', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const rows = (await env.DB.prepare('SELECT position, id, kind, entity FROM speaker_entities').all()).results;
    await run('DELETE FROM speaker_entities');
    try {
      await expect(loadSpeakerTable(db())).rejects.toThrow(SpeakerTableError);
    } finally {
      await env.DB.batch(
        rows.map((r) => env.DB.prepare('INSERT INTO speaker_entities (position, id, kind, entity) VALUES (?, ?, ?, ?)').bind(r.position, r.id, r.kind, r.entity)),
      );
    }
    expect(await loadSpeakerTable(db())).toEqual(SPEAKER_TABLE);
  });
});
