import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { SPEAKER_TABLE } from '../../shared/speakers/table';

// Each test file has its own D1 storage, so this file can empty its database and migrate it
// again, one file at a time, with rows from the older schema in place.
const migrations = env.TEST_MIGRATIONS;
const upTo = (name: string) => migrations.slice(0, migrations.findIndex((m) => m.name === name) + 1);

// Children before parents, so no foreign key stands in the way.
const TABLES = ['speaker_entities', 'idempotency_keys', 'share_links', 'revisions', 'intervention_clips', 'live_offsets', 'interventions', 'clips', 'api_tokens', 'dialogues', 'members', 'teams', 'd1_migrations'];

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

const columns = async (table: string) =>
  new Map((await env.DB.prepare(`PRAGMA table_info(${table})`).all<Column>()).results.map((c) => [c.name, c]));
const tables = async () =>
  (await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all<{ name: string }>()).results
    .map((r) => r.name)
    .toSorted();
const one = (sql: string, ...params: unknown[]) => env.DB.prepare(sql).bind(...params).first<Record<string, unknown>>();
const run = (sql: string, ...params: unknown[]) => env.DB.prepare(sql).bind(...params).run();

const clipSql = `INSERT INTO clips (id, team_id, dialogue_id, member_id, kind, clock, "start", "end", speaker, tags, note, channel,
  captured_at, content_hash) VALUES (?, 't1', ?, 'm1', 'webcast', 'recording', 0, 10, 'France', '[]', '', 'floor', '2026-07-01T13:00:00Z', 'h')`;

beforeAll(async () => {
  for (const table of TABLES) await run(`DROP TABLE IF EXISTS ${table}`);
});

describe('migrations, applied in turn to an empty database', () => {
  it('are the files this test knows (a new one needs its test here)', () => {
    expect(migrations.map((m) => m.name)).toEqual(['0000_init.sql', '0001_assembly.sql', '0002_clips-revision-trigger.sql', '0003_dialogue-setup.sql', '0004_review.sql', '0005_split-from.sql', '0006_share-links.sql', '0007_idempotency.sql', '0008_clip-marks.sql', '0009_speaker-table.sql']);
  });

  it('0000_init creates the tables of the walking skeleton', async () => {
    expect(await tables()).toEqual([]);
    await applyD1Migrations(env.DB, upTo('0000_init.sql'));
    expect(await tables()).toEqual(
      ['api_tokens', 'clips', 'd1_migrations', 'dialogues', 'intervention_clips', 'interventions', 'members', 'teams'].toSorted(),
    );
    // Rows as the old schema wrote them, for the later migrations to carry forward.
    await run("INSERT INTO teams (id, name) VALUES ('t1', 'Team')");
    await run("INSERT INTO members (id, team_id, name, role) VALUES ('m1', 't1', 'Ada', 'admin')");
    for (const d of ['d-with-clips', 'd-empty']) {
      await run("INSERT INTO dialogues (id, team_id, title, theme, date) VALUES (?, 't1', 'T', 'other', '2026-07-01')", d);
    }
    await run(clipSql, 'c-old', 'd-with-clips');
    await run(
      `INSERT INTO interventions (id, team_id, dialogue_id, position, speaker, tags, notes, quotes)
       VALUES ('i-old', 't1', 'd-with-clips', 0, 'France', '[]', '[]', '[]')`,
    );
    await run("INSERT INTO intervention_clips (intervention_id, clip_id) VALUES ('i-old', 'c-old')");
  });

  it('0001_assembly adds speaker, conflict and revision columns with their defaults, and live_offsets', async () => {
    await applyD1Migrations(env.DB, upTo('0001_assembly.sql'));
    const dialogues = await columns('dialogues');
    expect(['participants', 'clips_revision', 'assembled_revision', 'assembled_offsets'].map((c) => dialogues.get(c)?.dflt_value)).toEqual([
      "'[]'",
      '0',
      '0',
      "'{}'",
    ]);
    const interventions = await columns('interventions');
    for (const c of ['speaker_entity_id', 'speaker_kind', 'speaker_known', 'open_end', 'conflicts']) expect(interventions.has(c), c).toBe(true);
    expect((await columns('intervention_clips')).get('role')).toMatchObject({ notnull: 1, dflt_value: "'support'" });
    const offsets = await columns('live_offsets');
    expect([...offsets.values()].filter((c) => c.pk > 0).map((c) => c.name)).toEqual(['dialogue_id', 'member_id']);
    expect(offsets.get('offset')).toMatchObject({ type: expect.stringMatching(/^real$/i), notnull: 1 });

    // Old rows read the defaults.
    expect(await one("SELECT participants, clips_revision, assembled_revision, assembled_offsets FROM dialogues WHERE id = 'd-with-clips'")).toEqual({
      participants: '[]',
      clips_revision: 0,
      assembled_revision: 0,
      assembled_offsets: '{}',
    });
    expect(await one("SELECT speaker_entity_id, speaker_kind, speaker_known, open_end, conflicts FROM interventions WHERE id = 'i-old'")).toEqual({
      speaker_entity_id: null,
      speaker_kind: null,
      speaker_known: 0,
      open_end: 0,
      conflicts: '[]',
    });
    expect(await one("SELECT role FROM intervention_clips WHERE clip_id = 'c-old'")).toEqual({ role: 'support' });
    await run("INSERT INTO live_offsets (dialogue_id, member_id, \"offset\", set_by) VALUES ('d-empty', 'm1', 4.5, 'm1')");
    expect(await one("SELECT set_at FROM live_offsets WHERE dialogue_id = 'd-empty'")).toEqual({ set_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    await expect(run("INSERT INTO live_offsets (dialogue_id, member_id, \"offset\", set_by) VALUES ('d-empty', 'm1', 1, 'm1')")).rejects.toThrow(/UNIQUE/);
  });

  it('0002 marks dialogues that already hold clips stale and bumps clips_revision on every stored clip, not on a skipped one', async () => {
    await applyD1Migrations(env.DB, upTo('0002_clips-revision-trigger.sql'));
    const revision = async (id: string) => (await one('SELECT clips_revision AS r FROM dialogues WHERE id = ?', id))!.r;
    expect(await revision('d-with-clips')).toBe(1);
    expect(await revision('d-empty')).toBe(0);

    await run(clipSql, 'c-new', 'd-empty');
    expect(await revision('d-empty')).toBe(1);
    await run(`${clipSql} ON CONFLICT(id) DO NOTHING`, 'c-new', 'd-empty');
    expect(await revision('d-empty')).toBe(1);
    expect(await revision('d-with-clips')).toBe(1);

    // Applying again changes nothing.
    await applyD1Migrations(env.DB, upTo('0002_clips-revision-trigger.sql'));
    expect(await revision('d-with-clips')).toBe(1);
  });

  it('0003 adds the dialogue setup columns and token names; an old webcast URL becomes the first of the list', async () => {
    await run("UPDATE dialogues SET webcast_url = 'https://webtv.un.org/en/asset/k1a/k1a2b3' WHERE id = 'd-with-clips'");
    await run("INSERT INTO api_tokens (id, team_id, member_id, role, token_hash, prefix) VALUES ('tok-old', 't1', 'm1', 'admin', 'h1', 'udc_abc')");
    await applyD1Migrations(env.DB, upTo('0003_dialogue-setup.sql'));
    const dialogues = await columns('dialogues');
    expect(['venue', 'webcast_urls', 'meeting_page_urls', 'tag_vocabulary', 'default_tag'].map((c) => [dialogues.get(c)?.notnull, dialogues.get(c)?.dflt_value])).toEqual([
      [0, null],
      [1, "'[]'"],
      [1, "'[]'"],
      [1, "'[]'"],
      [0, null],
    ]);
    expect((await columns('api_tokens')).get('name')).toMatchObject({ notnull: 0, dflt_value: null });

    const setup = 'SELECT venue, webcast_urls, meeting_page_urls, tag_vocabulary, default_tag FROM dialogues WHERE id = ?';
    expect(await one(setup, 'd-with-clips')).toEqual({
      venue: null,
      webcast_urls: '["https://webtv.un.org/en/asset/k1a/k1a2b3"]',
      meeting_page_urls: '[]',
      tag_vocabulary: '[]',
      default_tag: null,
    });
    expect(await one(setup, 'd-empty')).toMatchObject({ webcast_urls: '[]' });
    expect(await one("SELECT name, prefix FROM api_tokens WHERE id = 'tok-old'")).toEqual({ name: null, prefix: 'udc_abc' });
    // The clips_revision trigger from 0002 still fires.
    await run(clipSql, 'c-after-0003', 'd-empty');
    expect((await one("SELECT clips_revision AS r FROM dialogues WHERE id = 'd-empty'"))!.r).toBe(2);
  });

  it('0004 adds review columns with defaults that leave old rows drafts, and a revisions table unique per version', async () => {
    await applyD1Migrations(env.DB, upTo('0004_review.sql'));
    expect((await columns('dialogues')).get('review_revision')).toMatchObject({ notnull: 1, dflt_value: '0' });
    expect(await one("SELECT summary, locked, seen_clip_ids, touched_at, updated_at, updated_by, merged_into, version FROM interventions WHERE id = 'i-old'")).toEqual({
      summary: '',
      locked: '[]',
      seen_clip_ids: '[]',
      touched_at: null,
      updated_at: null,
      updated_by: null,
      merged_into: null,
      version: 1,
    });
    const insert = "INSERT INTO revisions (id, intervention_id, version, by, action, changes, snapshot) VALUES (?, 'i-old', ?, 'm1', 'edit', '{}', '{}')";
    await run(insert, 'r1', 2);
    expect(await one("SELECT at, reason FROM revisions WHERE id = 'r1'")).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), reason: null });
    // Two writers that both read version 1 cannot both store version 2.
    await expect(run(insert, 'r2', 2)).rejects.toThrow(/UNIQUE/);
  });

  it('0005 adds split_from, null for the interventions already stored', async () => {
    await applyD1Migrations(env.DB, upTo('0005_split-from.sql'));
    expect((await columns('interventions')).get('split_from')).toMatchObject({ notnull: 0, dflt_value: null });
    expect(await one("SELECT split_from FROM interventions WHERE id = 'i-old'")).toEqual({ split_from: null });
  });

  it('0006 adds share_links, unique by the hash of the secret, revoked_at null for a live link', async () => {
    await applyD1Migrations(env.DB, upTo('0006_share-links.sql'));
    expect([...(await columns('share_links')).keys()]).toEqual([
      'id', 'team_id', 'dialogue_id', 'format', 'secret_hash', 'prefix', 'created_by', 'created_at', 'revoked_at',
    ]);
    const insert = "INSERT INTO share_links (id, team_id, dialogue_id, format, secret_hash, prefix, created_by) VALUES (?, 't1', 'd-empty', 'html', ?, 'abc', 'm1')";
    await run(insert, 's1', 'hash-1');
    expect(await one("SELECT revoked_at, created_at FROM share_links WHERE id = 's1'")).toEqual({ revoked_at: null, created_at: expect.stringMatching(/^\d{4}-/) });
    await expect(run(insert, 's2', 'hash-1')).rejects.toThrow(/UNIQUE/);
  });

  it('0007 adds idempotency_keys, one row per team and key', async () => {
    await applyD1Migrations(env.DB, upTo('0007_idempotency.sql'));
    const keys = await columns('idempotency_keys');
    expect([...keys.keys()]).toEqual(['team_id', 'key', 'body_hash', 'state', 'status', 'response', 'created_at', 'expires_at']);
    expect([...keys.values()].filter((c) => c.pk > 0).map((c) => c.name)).toEqual(['team_id', 'key']);
    const insert = "INSERT INTO idempotency_keys (team_id, key, body_hash, state, created_at, expires_at) VALUES (?, 'k1', 'h', 'in-flight', '2026-07-01T00:00:00.000Z', '2026-07-08T00:00:00.000Z')";
    await run(insert, 't1');
    expect(await one("SELECT status, response FROM idempotency_keys WHERE key = 'k1'")).toEqual({ status: null, response: null });
    await expect(run(insert, 't1')).rejects.toThrow(/UNIQUE/);
    // Another team may use the same key.
    await run("INSERT INTO teams (id, name) VALUES ('t2', 'Other')");
    await run(insert, 't2');
    expect((await one("SELECT COUNT(*) AS n FROM idempotency_keys WHERE key = 'k1'"))!.n).toBe(2);
  });

  it('0008 adds marked_start and marked_end to clips, null for the clips already stored', async () => {
    await applyD1Migrations(env.DB, upTo('0008_clip-marks.sql'));
    const cols = await columns('clips');
    expect(cols.get('marked_start')).toMatchObject({ type: 'TEXT', notnull: 0, dflt_value: null });
    expect(cols.get('marked_end')).toMatchObject({ type: 'TEXT', notnull: 0, dflt_value: null });
    expect(await one("SELECT marked_start, marked_end, speaker FROM clips WHERE id = 'c-old'")).toEqual({ marked_start: null, marked_end: null, speaker: 'France' });
    await run(clipSql, 'c-marked', 'd-empty');
    await run("UPDATE clips SET marked_start = '2026-07-01T13:00:00Z' WHERE id = 'c-marked'");
    expect(await one("SELECT marked_start, marked_end FROM clips WHERE id = 'c-marked'")).toEqual({ marked_start: '2026-07-01T13:00:00Z', marked_end: null });
  });

  it('0009 adds speaker_entities holding the built-in speaker table in order, one row per id', async () => {
    await applyD1Migrations(env.DB, upTo('0009_speaker-table.sql'));
    const cols = await columns('speaker_entities');
    expect([...cols.keys()]).toEqual(['position', 'id', 'kind', 'entity']);
    expect([...cols.values()].filter((c) => c.pk > 0).map((c) => c.name)).toEqual(['position']);
    expect([...cols.values()].every((c) => c.notnull === 1 || c.pk > 0)).toBe(true);
    expect(await one('SELECT COUNT(*) AS n, MIN(position) AS first, MAX(position) AS last FROM speaker_entities')).toEqual({
      n: SPEAKER_TABLE.length,
      first: 0,
      last: SPEAKER_TABLE.length - 1,
    });
    expect(await one('SELECT id, kind FROM speaker_entities WHERE position = 0')).toEqual({ id: 'CHAIR', kind: 'chair' });
    // A quote inside a name survives the SQL escaping.
    const civ = await one("SELECT entity FROM speaker_entities WHERE id = 'CIV'");
    expect(JSON.parse(civ!.entity as string)).toMatchObject({ display: "Côte d'Ivoire" });
    await expect(run("INSERT INTO speaker_entities (position, id, kind, entity) VALUES (9999, 'CHAIR', 'chair', '{}')")).rejects.toThrow(/UNIQUE/);
    // The rows already stored are untouched.
    expect(await one("SELECT speaker FROM clips WHERE id = 'c-old'")).toEqual({ speaker: 'France' });
  });

  it('applying them all again changes nothing', async () => {
    await applyD1Migrations(env.DB, migrations);
    expect((await one("SELECT clips_revision AS r FROM dialogues WHERE id = 'd-with-clips'"))!.r).toBe(1);
    expect((await one('SELECT COUNT(*) AS n FROM speaker_entities'))!.n).toBe(SPEAKER_TABLE.length);
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM d1_migrations').first<{ n: number }>())!.n).toBe(migrations.length);
  });
});
