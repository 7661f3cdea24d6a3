import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, DialogueRecord } from '../../shared/schemas';
import { getDb } from '../../worker/db/client';
import { loadAssemblyInput } from '../../worker/repositories/assembly-input';
import { writeAssembly } from '../../worker/repositories/interventions';
import { assembleDialogue, assembleInput } from '../../worker/services/assembly';
import { bootstrap, call, callWith, countingD1, createDialogue, revisions, rowCount, webcastClip } from './helpers';

let admin: string;
let teamId: string;
let adminId: string;
const db = () => getDb(env.DB);

beforeAll(async () => {
  const a = await bootstrap();
  ({ token: admin, team: { id: teamId } } = a);
  adminId = a.member.id;
});

async function send(clips: unknown[]): Promise<ClipResult[]> {
  const res = await callWith({}, '/clips', { token: admin, body: { clips } });
  return (await res.json<{ results: ClipResult[] }>()).results;
}

async function record(dialogueId: string): Promise<DialogueRecord> {
  return (await call(`/dialogues/${dialogueId}/record`, { token: admin })).json();
}

/** Stores a clip straight into D1, as if its ingest's after-response assembly never ran. */
async function insertClip(dialogueId: string, start: number, speaker: string): Promise<string> {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    `INSERT INTO clips (id, team_id, dialogue_id, member_id, kind, clock, "start", "end", speaker, tags, note, channel, captured_at, content_hash)
     VALUES (?, ?, ?, ?, 'webcast', 'recording', ?, ?, ?, '[]', '', 'floor', '2026-07-01T13:30:00Z', 'test')`,
  )
    .bind(id, teamId, dialogueId, adminId, start, start + 60, speaker)
    .run();
  return id;
}

describe('revisions', () => {
  it('bump clips_revision when ingest stores something new, and only then', async () => {
    const { id } = await createDialogue(admin);
    expect(await revisions(id)).toEqual({ clips: 0, assembled: 0 });
    const batch = [webcastClip(id, { start: 0, end: 60 }), webcastClip(id, { start: 100, end: 160 })];
    await send(batch);
    const first = await revisions(id);
    expect(first.clips).toBeGreaterThan(0);
    expect(first.assembled).toBe(first.clips);

    // An identical re-send stores nothing new: no bump, no re-assembly.
    expect((await send(batch)).map((r) => r.status)).toEqual(['stored', 'stored']);
    expect(await revisions(id)).toEqual(first);
    // Neither does a conflicting or an invalid clip.
    expect((await send([{ ...batch[0], speaker: 'Chile' }, webcastClip(id, { start: -5 })])).map((r) => r.status)).toEqual([
      'conflict',
      'invalid',
    ]);
    expect(await revisions(id)).toEqual(first);

    await send([batch[0], webcastClip(id, { start: 200, end: 260 })]);
    const second = await revisions(id);
    expect(second.clips).toBeGreaterThan(first.clips);
    expect(second.assembled).toBe(second.clips);
  });

  it('make the record endpoint assemble a stale dialogue before answering', async () => {
    const { id } = await createDialogue(admin);
    await send([webcastClip(id, { start: 0, end: 60, speaker: 'Chile' })]);
    const late = await insertClip(id, 500, 'Peru');
    const stale = await revisions(id);
    expect(stale.assembled).toBeLessThan(stale.clips);
    expect(await rowCount('intervention_clips', 'clip_id = ?', late)).toBe(0);

    const result = await record(id);
    expect(result.revision).toBe(stale.clips);
    expect(result.interventions.map((i) => i.speaker.code)).toEqual(['CHL', 'PER']);
    expect(result.interventions[1]!.clipIds).toEqual([late]);
    expect(await revisions(id)).toEqual({ clips: stale.clips, assembled: stale.clips });
  });

  // The fifth reads the structural revisions, what each intervention's undo would take back (record-undoable.test.ts).
  it('answer a current record from one read batch: 5 statements with the token lookup', async () => {
    const { id } = await createDialogue(admin);
    await send(Array.from({ length: 20 }, (_, i) => webcastClip(id, { start: i * 100, end: i * 100 + 50, speaker: i % 2 ? 'Chile' : 'Peru' })));
    const counting = countingD1(env.DB);
    const res = await callWith({ DB: counting.db }, `/dialogues/${id}/record`, { token: admin });
    expect((await res.json<DialogueRecord>()).interventions).toHaveLength(20);
    expect(counting.statements()).toBe(5);
  });

  it('mark dialogues that held clips before the upgrade as stale (migration backfill)', async () => {
    const { id } = await createDialogue(admin);
    await insertClip(id, 0, 'Peru');
    // What migration 0002 does for dialogues stored before the trigger existed.
    await env.DB.prepare('UPDATE dialogues SET clips_revision = 0 WHERE id = ?').bind(id).run();
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0002'))!;
    await env.DB.prepare(migration.queries.at(-1)!).run();
    expect(await revisions(id)).toEqual({ clips: 1, assembled: 0 });
    expect((await record(id)).interventions).toHaveLength(1);
  });
});

describe('assembly writes', () => {
  it('never let an older assembly overwrite a newer one', async () => {
    const { id } = await createDialogue(admin);
    await insertClip(id, 0, 'Chile');
    const old = (await loadAssemblyInput(db(), teamId, id))!;

    await insertClip(id, 500, 'Peru');
    expect(await assembleDialogue(db(), teamId, id)).toBe('written');
    const newer = await record(id);
    expect(newer.interventions).toHaveLength(2);

    const oldResult = await assembleInput(db(), old);
    const wrote = await writeAssembly(db(), { teamId, dialogueId: id, revision: old.dialogue.clipsRevision, ...oldResult });
    expect(wrote).toBe(false);
    expect(await record(id)).toEqual(newer);
  });

  it('write each revision once when runs race, leaving one consistent record', async () => {
    const { id } = await createDialogue(admin);
    await insertClip(id, 0, 'Chile');
    await insertClip(id, 30, 'Chile');
    await insertClip(id, 500, 'Peru');
    const outcomes = await Promise.all([1, 2, 3].map(() => assembleDialogue(db(), teamId, id)));
    expect(outcomes.filter((o) => o === 'written')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'written').every((o) => o === 'skipped' || o === 'fresh')).toBe(true);
    expect(await rowCount('interventions', 'dialogue_id = ?', id)).toBe(2);
    expect(await rowCount('intervention_clips', 'intervention_id IN (SELECT id FROM interventions WHERE dialogue_id = ?)', id)).toBe(3);
    expect(await assembleDialogue(db(), teamId, id)).toBe('fresh');
  });

  it('keep interventions that are no longer drafts, and never give a draft their id', async () => {
    const { id } = await createDialogue(admin);
    await send([webcastClip(id, { start: 0, end: 60, speaker: 'Chile' }), webcastClip(id, { start: 500, end: 560, speaker: 'Peru' })]);
    const before = await record(id);
    const approved = before.interventions[0]!;
    await env.DB.prepare("UPDATE interventions SET status = 'approved' WHERE id = ?").bind(approved.id).run();

    await insertClip(id, 1000, 'Chile');
    const after = await record(id);
    const ids = after.interventions.map((i) => i.id);
    expect(ids.filter((x) => x === approved.id)).toHaveLength(1);
    expect(after.interventions.find((i) => i.id === approved.id)).toMatchObject({ status: 'approved', clipIds: approved.clipIds });
    expect(after.interventions.filter((i) => i.status === 'draft').map((i) => i.speaker.code).toSorted()).toEqual(['CHL', 'PER']);
  });
});
