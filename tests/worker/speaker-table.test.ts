// The built-in speaker table lives in D1 (migrations write it), not in the Worker's bundle: the migrated
// rows must be the shared table, and a damaged row must be a clear 500, never a crash or a silent loss.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SPEAKER_TABLE } from '../../shared/speakers/table';
import { getDb } from '../../worker/db/client';
import { loadSpeakerTable, SpeakerTableError } from '../../worker/repositories/speaker-table';
import { builtInSpeakers, forgetBuiltInSpeakers } from '../../worker/services/speakers';
import { bootstrap, callWith, dialogueInput, expectError } from './helpers';

const db = () => getDb(env.DB);
const run = (sql: string, ...params: unknown[]) => env.DB.prepare(sql).bind(...params).run();

/** Runs `body` with the row at `position` holding `entity`, then puts the row back and forgets what was loaded. */
async function withRow(position: number, entity: string, body: () => Promise<void>): Promise<void> {
  const { entity: original } = (await env.DB.prepare('SELECT entity FROM speaker_entities WHERE position = ?').bind(position).first<{ entity: string }>())!;
  await run('UPDATE speaker_entities SET entity = ? WHERE position = ?', entity, position);
  forgetBuiltInSpeakers();
  try {
    await body();
  } finally {
    await run('UPDATE speaker_entities SET entity = ? WHERE position = ?', original, position);
    forgetBuiltInSpeakers();
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

  it('answers a request that needs it with a 500 naming the table; the next request after the repair loads it again', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { token } = await bootstrap('Speaker table team');
    const create = () => callWith({}, '/dialogues', { token, body: dialogueInput({ participants: [{ name: 'France', entityId: 'FRA' }] }) });
    const position = SPEAKER_TABLE.findIndex((e) => e.id === 'FRA');
    await withRow(position, 'not json', async () => {
      const error = await expectError(await create(), 500, 'speaker_table_unreadable');
      expect(error.message).toMatch(/speaker table/);
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/speaker table unreadable: row \d+ \(FRA\)/));
      // Still damaged: the failed load was not kept, so this request reads the table again and fails again.
      await expectError(await create(), 500, 'speaker_table_unreadable');
      expect(log).toHaveBeenCalledTimes(2);
    });
    // withRow repaired the row: the next request loads it and works.
    expect((await create()).status).toBe(201);
  });

  it('is read once per isolate: once loaded, later requests use what was loaded', async () => {
    forgetBuiltInSpeakers();
    const first = await builtInSpeakers(db());
    expect(await builtInSpeakers(db())).toBe(first);
    // Concurrent first requests each read the table (none awaits another request's query); all get the one kept.
    forgetBuiltInSpeakers();
    const [a, b] = await Promise.all([builtInSpeakers(db()), builtInSpeakers(db())]);
    expect(a).toBe(b);
    expect(a.index.entities.size).toBe(SPEAKER_TABLE.length);
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

beforeAll(() => forgetBuiltInSpeakers());
