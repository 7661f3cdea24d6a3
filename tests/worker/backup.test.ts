import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackupRestoreResult, DialogueRecord, Revision, TeamBackup } from '../../shared/schemas';
import { getDb } from '../../worker/db/client';
import { insertTeamTables } from '../../worker/repositories/backup';
import { addMember, callWith, createDialogue, expectError, rowCount, webcastClip } from './helpers';
import { ok, patch, revisionsOf, send, sql, team, type Team } from './review-helpers';

// FK-safe: rows that name others go first. Tables this list does not know (added later) go before it.
const KNOWN_TABLES = [
  'intervention_clips',
  'revisions',
  'live_offsets',
  'share_links',
  'interventions',
  'clips',
  'api_tokens',
  'dialogues',
  'members',
  'teams',
];
const BACKED_UP = ['teams', 'members', 'dialogues', 'clips', 'interventions', 'intervention_clips', 'revisions', 'live_offsets'];

// speaker_entities is not team data: a fresh deployment has it (its migration writes it), so a wipe keeps it.
async function userTables(): Promise<string[]> {
  const rows = await sql<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%' AND name != 'speaker_entities'",
  );
  return rows.map((r) => r.name);
}

/** Empties every table, so the database is as a fresh deployment's. */
async function wipe(): Promise<void> {
  const all = await userTables();
  const order = [...all.filter((t) => !KNOWN_TABLES.includes(t)), ...KNOWN_TABLES.filter((t) => all.includes(t))];
  await env.DB.batch(order.map((t) => env.DB.prepare(`DELETE FROM "${t}"`)));
}

async function counts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(BACKED_UP.map(async (t) => [t, await rowCount(t)] as const)));
}

const get = (path: string, token: string) => callWith({}, path, { token });
const restore = (body: unknown, token: string | null = env.BOOTSTRAP_TOKEN!) => callWith({}, '/backup/restore', { token, body });

async function record(token: string, id: string): Promise<DialogueRecord> {
  return ok<DialogueRecord>(get(`/dialogues/${id}/record`, token));
}

async function backupOf(token: string): Promise<TeamBackup> {
  return ok<TeamBackup>(get('/backup', token));
}

/** A team with two dialogues, clips from two observers, a reviewed and approved intervention, and a live offset. */
async function buildTeam(): Promise<{ t: Team; dialogueIds: string[]; editedId: string }> {
  const t = await team('Backup team');
  const second = await addMember(t.teamId, 'observer', 'Second observer');
  const one = await createDialogue(t.admin);
  const two = await createDialogue(t.admin, { title: 'Second dialogue', date: '2026-07-02' });
  await send(t.observer, [
    webcastClip(one.id, { speaker: 'France', start: 0, end: 60 }),
    webcastClip(one.id, { speaker: 'Chile', start: 100, end: 160, tags: ['funding'] }),
    webcastClip(two.id, { speaker: 'Peru', start: 5, end: 50 }),
  ]);
  await send(second, [
    webcastClip(one.id, { speaker: 'France', start: 3, end: 58, note: 'second view' }),
    webcastClip(one.id, {
      speaker: 'Chile',
      clock: 'live',
      start: 1102,
      end: 1158,
      note: 'live',
      markedAt: { start: '2026-07-01T13:18:22Z', end: '2026-07-01T13:19:18Z' },
    }),
  ]);
  const secondId = (await ok<{ member: { id: string } }>(get('/me', second))).member.id;
  const put = await callWith({}, `/dialogues/${one.id}/live-offsets/${secondId}`, { token: t.reviewer, method: 'PUT', body: { offset: 1000 } });
  expect(put.status).toBe(200);
  const france = (await record(t.reviewer, one.id)).interventions[0]!;
  const edited = await ok<{ version: number }>(
    patch(t.reviewer, france.id, { baseVersion: france.version, summary: 'Asked for NGO seats', tags: ['seats'], reason: 'clearer' }),
  );
  await ok(patch(t.admin, france.id, { baseVersion: edited.version, status: 'approved' }));
  return { t, dialogueIds: [one.id, two.id], editedId: france.id };
}

beforeEach(wipe);

describe('team backup and restore', () => {
  it('restores into an empty database the very records, revisions and rows it backed up', async () => {
    const { t, dialogueIds, editedId } = await buildTeam();
    const before = await Promise.all(dialogueIds.map((id) => record(t.admin, id)));
    const history = await revisionsOf(t.admin, editedId);
    expect(history.map((r) => r.action)).toEqual(expect.arrayContaining(['edit', 'status']));
    expect(before[0]!.interventions[0]).toMatchObject({ status: 'approved', summary: 'Asked for NGO seats' });
    const rows = await counts();

    const file = await backupOf(t.admin);
    expect(file).toMatchObject({ format: 'un-dialogue-capture/team-backup', version: 1, team: { id: t.teamId } });
    expect(file.notes).toMatch(/token/i);
    expect(file.members.map((m) => m.role).toSorted()).toEqual(['admin', 'observer', 'observer', 'reviewer']);
    expect(file.liveOffsets).toEqual([expect.objectContaining({ dialogueId: dialogueIds[0], offset: 1000 })]);
    expect(new Set(file.clips.map((c) => c.memberId)).size).toBe(2);
    expect(file.clips.filter((c) => c.markedStart !== null)).toEqual([
      expect.objectContaining({ clock: 'live', markedStart: '2026-07-01T13:18:22Z', markedEnd: '2026-07-01T13:19:18Z' }),
    ]);

    await wipe();
    expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);

    const res = await restore(JSON.parse(JSON.stringify(file)));
    const restored = await res.json<BackupRestoreResult>();
    expect(res.status, JSON.stringify(restored)).toBe(201);
    expect(restored.member).toEqual({ id: t.ids.admin, name: 'Backup team admin', role: 'admin' });
    expect(restored.restored).toMatchObject({ members: 4, clips: 5, liveOffsets: 1 });
    expect(await counts()).toEqual(rows);

    const after = await Promise.all(dialogueIds.map((id) => record(restored.token, id)));
    expect(after).toEqual(before);
    expect(await revisionsOf(restored.token, editedId)).toEqual(history satisfies Revision[]);
    // Old tokens are gone with their rows; a second backup is the first one again.
    expect((await get('/me', t.admin)).status).toBe(401);
    const again = await backupOf(restored.token);
    expect({ ...again, exportedAt: '' }).toEqual({ ...file, exportedAt: '' });
  });

  it('restores a team whose backup is larger than the API body limit and than one D1 value', async () => {
    const t = await team('Big team');
    const { id } = await createDialogue(t.admin);
    // 600 clips with 2 KB notes: a 1.5 MB file whose clips table needs several JSON chunks.
    const note = 'n'.repeat(2_000);
    for (let batch = 0; batch < 12; batch++) {
      await send(
        t.observer,
        Array.from({ length: 50 }, (_, k) => {
          const n = batch * 50 + k;
          return webcastClip(id, { speaker: n % 2 ? 'France' : 'Chile', start: n * 10, end: n * 10 + 8, note: `${n} ${note}` });
        }),
      );
    }
    const before = await record(t.admin, id);
    const file = await backupOf(t.admin);
    const body = JSON.stringify(file);
    expect(body.length).toBeGreaterThan(1024 * 1024);
    await wipe();
    const res = await restore(JSON.parse(body));
    const restored = await res.json<BackupRestoreResult>();
    expect(res.status, JSON.stringify(restored).slice(0, 500)).toBe(201);
    expect(restored.restored).toMatchObject({ clips: 600 });
    expect(await record(restored.token, id)).toEqual(before);
    // 12 batches, a backup and a 1.5 MB restore: past the 5 s default on a loaded machine.
  }, 30_000);

  it('never puts tokens or their hashes in the backup', async () => {
    const { t } = await buildTeam();
    const text = await (await get('/backup', t.admin)).text();
    const hashes = await sql<{ token_hash: string }>('SELECT token_hash FROM api_tokens');
    expect(hashes.length).toBeGreaterThan(0);
    for (const { token_hash } of hashes) expect(text).not.toContain(token_hash);
    for (const token of [t.admin, t.reviewer, t.observer]) expect(text).not.toContain(token);
    expect(text).not.toMatch(/tokenHash|token_hash|secretHash/);
  });

  it('is for admins only', async () => {
    const t = await team('Roles');
    await expectError(await get('/backup', t.reviewer), 403, 'forbidden');
    await expectError(await get('/backup', t.observer), 403, 'forbidden');
    await expectError(await callWith({}, '/backup', {}), 401, 'unauthorized');
  });

  it('refuses to restore into a database that holds a team, writing nothing', async () => {
    const { t } = await buildTeam();
    const file = await backupOf(t.admin);
    const rows = await counts();
    await expectError(await restore(file), 409, 'not_empty');
    expect(await counts()).toEqual(rows);
  });

  it('writes nothing of a file when the batch meets a team that came in after the check', async () => {
    const { t } = await buildTeam();
    const { format: _f, version: _v, exportedAt: _e, notes: _n, ...tables } = await backupOf(t.admin);
    await wipe();
    await team('Arrived first');
    const rows = await counts();
    const token = { id: crypto.randomUUID(), hash: 'h'.repeat(64), prefix: 'udc_xxxx', role: 'admin' as const };
    await expect(insertTeamTables(getDb(env.DB), tables, { memberId: t.ids.admin, token })).rejects.toThrow();
    expect(await counts()).toEqual(rows);
    expect(await rowCount('members', 'id = ?', t.ids.admin)).toBe(0);
  });

  it('restores a file written before clips had wall-clock marks, as clips without marks', async () => {
    const { t } = await buildTeam();
    const file = await backupOf(t.admin);
    await wipe();
    const older = { ...file, clips: file.clips.map(({ markedStart: _s, markedEnd: _e, ...clip }) => clip) };
    const res = await restore(older);
    const restored = await res.json<BackupRestoreResult>();
    expect(res.status, JSON.stringify(restored)).toBe(201);
    const again = await backupOf(restored.token);
    expect(again.clips.map((c) => [c.markedStart, c.markedEnd])).toEqual(file.clips.map(() => [null, null]));
  });

  it('refuses a bad or partial file whole, naming the reason, and writes nothing', async () => {
    const { t } = await buildTeam();
    const file = await backupOf(t.admin);
    await wipe();
    const cases: [string, (f: TeamBackup) => unknown, string][] = [
      ['wrong format', (f) => ({ ...f, format: 'something-else' }), 'format'],
      ['wrong version', (f) => ({ ...f, version: 2 }), 'version'],
      ['missing array', (f) => ({ ...f, clips: undefined }), 'clips'],
      ['bad id', (f) => ({ ...f, dialogues: f.dialogues.map((d, i) => (i === 1 ? { ...d, id: 'nope' } : d)) }), 'dialogues.1.id'],
      ['clip of an unknown dialogue', (f) => ({ ...f, dialogues: f.dialogues.slice(0, 1) }), 'dialogueId'],
      ['link to an unknown clip', (f) => ({ ...f, clips: f.clips.slice(1) }), 'interventionClips.'],
      ['revision by an unknown member', (f) => ({ ...f, members: f.members.filter((m) => m.role !== 'reviewer') }), '.by'],
      ['truncated', () => JSON.stringify(file).slice(0, 500), ''],
    ];
    for (const [name, mutate, path] of cases) {
      const body = mutate(structuredClone(file));
      const res = await restore(body);
      const error = await expectError(res, 400, typeof body === 'string' ? 'invalid_json' : 'validation_failed');
      if (path) expect(error.problems?.map((p) => p.path).join(' '), name).toContain(path);
      expect(Object.values(await counts()).every((n) => n === 0), name).toBe(true);
    }
  });

  it('needs the bootstrap secret, not an API token', async () => {
    const { t } = await buildTeam();
    const file = await backupOf(t.admin);
    await wipe();
    await expectError(await restore(file, t.admin), 401, 'unauthorized');
    await expectError(await restore(file, null), 401, 'unauthorized');
    await expectError(await callWith({ BOOTSTRAP_TOKEN: undefined }, '/backup/restore', { token: 'x', body: file }), 503, 'bootstrap_disabled');
    expect(await rowCount('teams')).toBe(0);
  });
});
