import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, MyClip } from '../../shared/schemas';
import { applyEdit } from '../../extension/lib/clip-edit';
import type { ClipInput } from '../../shared/schemas';
import { getDb } from '../../worker/db/client';
import { findTeamClip, updateClip } from '../../worker/repositories/my-clips';
import { toRecord } from '../../worker/services/clips';
import { storedClip } from '../../worker/services/my-clips';
import { call, createDialogue, expectError, pageClip, webcastClip } from './helpers';
import { ok, patch, record, send, team, type Team } from './review-helpers';

let a: Team;
let b: Team;

beforeAll(async () => {
  a = await team('Team A');
  b = await team('Team B');
});

const edit = (token: string, id: string, body: unknown) => call(`/clips/${id}`, { method: 'PATCH', token, body });
const mine = (token: string, dialogueId: string) => call(`/clips?dialogueId=${dialogueId}`, { token });

/** Everything an edit could touch: the clip's row and its dialogue's revisions. */
async function snapshot(clipId: string, dialogueId: string) {
  const clip = await env.DB.prepare('SELECT * FROM clips WHERE id = ?').bind(clipId).first();
  const dialogue = await env.DB.prepare('SELECT clips_revision, assembled_revision FROM dialogues WHERE id = ?').bind(dialogueId).first();
  return { clip, dialogue };
}

async function post(token: string, clips: unknown[]): Promise<ClipResult['status'][]> {
  const res = await call('/clips', { token, body: { clips } });
  expect(res.status).toBe(200);
  return (await res.json<{ results: ClipResult[] }>()).results.map((r) => r.status);
}

/** A dialogue with one France clip of the team's observer, assembled. */
async function oneClip(t: Team, overrides: Record<string, unknown> = {}) {
  const { id: dialogueId } = await createDialogue(t.admin);
  const clip = webcastClip(dialogueId, { speaker: 'France', start: 10, end: 40, ...overrides });
  await send(t.observer, [clip]);
  const { interventions } = await record(t.admin, dialogueId);
  return { dialogueId, clip, intervention: interventions[0]! };
}

describe('PATCH /clips/{id}', () => {
  it("changes the author's clip, keeps its id, and makes a re-send of the edited clip harmless", async () => {
    const { dialogueId, clip } = await oneClip(a);
    const before = await snapshot(clip.id, dialogueId);
    const body = await ok<MyClip>(edit(a.observer, clip.id, { speaker: 'Chile', tags: ['access', 'victims'], note: 'typo fixed', channel: 'es', start: 12, end: 41 }));
    expect(body).toMatchObject({
      clip: { id: clip.id, speaker: 'Chile', tags: ['access', 'victims'], note: 'typo fixed', channel: 'es', start: 12, end: 41 },
      editable: true,
      lock: null,
    });
    const after = await snapshot(clip.id, dialogueId);
    expect(after.clip).toMatchObject({ speaker: 'Chile', tags: '["access","victims"]', note: 'typo fixed', channel: 'es', start: 12, end: 41 });
    expect(after.clip!.content_hash).not.toBe(before.clip!.content_hash);
    expect(after.dialogue!.clips_revision).toBe((before.dialogue!.clips_revision as number) + 1);
    const edited = { ...clip, speaker: 'Chile', tags: ['access', 'victims'], note: 'typo fixed', channel: 'es', start: 12, end: 41 };
    expect(await post(a.observer, [edited])).toEqual(['stored']);
    expect(await post(a.observer, [clip])).toEqual(['conflict']);
  });

  it('writes nothing for an edit that changes nothing (the hash is the one the clip arrived with)', async () => {
    const { dialogueId, clip } = await oneClip(a, { tags: ['victims'] });
    const before = await snapshot(clip.id, dialogueId);
    await ok(edit(a.observer, clip.id, { speaker: clip.speaker, tags: ['victims'] }));
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
  });

  it('keeps a live clip\'s wall-clock marks: its hash stays the ingest one, and the edited clip re-sends as stored', async () => {
    const markedAt = { start: '2026-07-01T13:05:10Z', end: '2026-07-01T13:05:40Z' };
    const { dialogueId, clip } = await oneClip(a, { clock: 'live', markedAt });
    const before = await snapshot(clip.id, dialogueId);
    await ok(edit(a.observer, clip.id, { speaker: clip.speaker }));
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
    const body = await ok<MyClip>(edit(a.observer, clip.id, { note: 'live, edited' }));
    expect(body.clip).toMatchObject({ clock: 'live', markedAt, note: 'live, edited' });
    expect(await post(a.observer, [{ ...clip, note: 'live, edited' }])).toEqual(['stored']);
  });

  it('moves a live clip\'s wall-clock mark with its time, as the extension does, so its edited clip re-sends as stored', async () => {
    const markedAt = { start: '2026-07-01T13:05:10Z', end: '2026-07-01T13:05:40Z' };
    const { clip } = await oneClip(a, { clock: 'live', start: 1100, end: 1130, markedAt });
    const body = await ok<MyClip>(edit(a.observer, clip.id, { start: 1095 }));
    expect(body.clip).toMatchObject({ start: 1095, end: 1130, markedAt: { start: '2026-07-01T13:05:05.000Z', end: markedAt.end } });
    const local = applyEdit(clip as ClipInput, { start: 1095 });
    expect(local.ok && local.clip).toEqual(body.clip);
    expect(await post(a.observer, [local.ok && local.clip])).toEqual(['stored']);
  });

  it('re-assembles the record with the edit', async () => {
    const { dialogueId, clip } = await oneClip(a);
    expect((await record(a.admin, dialogueId)).interventions.map((i) => [i.speaker.code, i.start, i.end])).toEqual([['FRA', 10, 40]]);
    await ok(edit(a.observer, clip.id, { speaker: 'Chile', start: 15 }));
    expect((await record(a.admin, dialogueId)).interventions.map((i) => [i.speaker.code, i.start, i.end])).toEqual([['CHL', 15, 40]]);
  });

  it('edits speaker, tags and note of a page clip, and refuses times for it', async () => {
    const { id: dialogueId } = await createDialogue(a.admin);
    const clip = pageClip(dialogueId);
    await send(a.observer, [clip]);
    const before = await snapshot(clip.id, dialogueId);
    const refused = await expectError(await edit(a.observer, clip.id, { speaker: 'Peru', start: 3 }), 400, 'validation_failed');
    expect(refused.problems).toEqual([{ path: 'start', message: 'applies only to webcast clips' }]);
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
    const body = await ok<MyClip>(edit(a.observer, clip.id, { speaker: 'Peru', note: 'quoted' }));
    expect(body.clip).toMatchObject({ kind: 'page', speaker: 'Peru', note: 'quoted', quote: { exact: 'We support civil society' } });
    expect(await post(a.observer, [{ ...clip, speaker: 'Peru', note: 'quoted' }])).toEqual(['stored']);
  });

  it('answers bad bodies with 400 naming the field, and writes nothing', async () => {
    const { dialogueId, clip } = await oneClip(a);
    const before = await snapshot(clip.id, dialogueId);
    const cases: [unknown, string][] = [
      [{}, '(body)'],
      [{ speaker: '  ' }, 'speaker'],
      [{ tags: ['ok', ''] }, 'tags.1'],
      [{ start: -1 }, 'start'],
      [{ start: 30, end: 10 }, 'end'],
      [{ end: 5 }, 'end'], // before the stored start (10)
      [{ colour: 'red' }, 'colour'],
      [{ note: 7 }, 'note'],
      [{ id: crypto.randomUUID() }, 'id'],
    ];
    for (const [body, path] of cases) {
      const error = await expectError(await edit(a.observer, clip.id, body), 400, 'validation_failed');
      expect(error.problems?.map((p) => p.path), JSON.stringify(body)).toContain(path);
    }
    await expectError(await edit(a.observer, clip.id, '{not json'), 400, 'invalid_json');
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
  });

  it('lets only the author edit: 403 for a teammate, 404 for another team or an unknown clip; nothing written', async () => {
    const { dialogueId, clip } = await oneClip(a);
    const before = await snapshot(clip.id, dialogueId);
    await expectError(await edit(a.reviewer, clip.id, { speaker: 'Chile' }), 403, 'forbidden');
    await expectError(await edit(a.admin, clip.id, { speaker: 'Chile' }), 403, 'forbidden');
    await expectError(await edit(b.observer, clip.id, { speaker: 'Chile' }), 404, 'not_found');
    await expectError(await edit(b.admin, clip.id, { speaker: 'Chile' }), 404, 'not_found');
    await expectError(await edit(a.observer, crypto.randomUUID(), { speaker: 'Chile' }), 404, 'not_found');
    await expectError(await edit(a.observer, 'not-a-uuid', { speaker: 'Chile' }), 404, 'not_found');
    await expectError(await edit(null as unknown as string, clip.id, { speaker: 'Chile' }), 401, 'unauthorized');
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
  });

  it('refuses with 409 once a reviewer approved the intervention, writing nothing', async () => {
    const { dialogueId, clip, intervention } = await oneClip(a);
    await ok(patch(a.reviewer, intervention.id, { baseVersion: intervention.version, status: 'approved' }));
    const before = await snapshot(clip.id, dialogueId);
    const error = await expectError(await edit(a.observer, clip.id, { speaker: 'Chile' }), 409, 'clip_reviewed');
    expect(error.message).toMatch(/reviewed/);
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
  });

  it('refuses with 409 once a reviewer set a field of the intervention (locked), writing nothing', async () => {
    const { dialogueId, clip, intervention } = await oneClip(a);
    await ok(patch(a.reviewer, intervention.id, { baseVersion: intervention.version, speaker: { name: 'Chile' } }));
    const before = await snapshot(clip.id, dialogueId);
    await expectError(await edit(a.observer, clip.id, { note: 'late fix' }), 409, 'clip_locked');
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
  });
});

describe('the guarded write', () => {
  it('writes nothing when a reviewer approves, or another edit lands, between the read and the write', async () => {
    const { dialogueId, clip, intervention } = await oneClip(a);
    const db = getDb(env.DB);
    const { row } = (await findTeamClip(db, a.teamId, clip.id))!;
    const edit = { teamId: a.teamId, memberId: a.ids.observer, record: { ...toRecord(storedClip(row)), speaker: 'Chile' }, contentHash: 'f'.repeat(64) };
    // Another edit first: the hash read is no longer the clip's.
    const before = await snapshot(clip.id, dialogueId);
    expect(await updateClip(db, { ...edit, fromHash: 'e'.repeat(64) })).toBe(false);
    expect(await snapshot(clip.id, dialogueId)).toEqual(before);
    // A reviewer approves after the edit was read.
    await ok(patch(a.reviewer, intervention.id, { baseVersion: intervention.version, status: 'approved' }));
    const approved = await snapshot(clip.id, dialogueId);
    expect(await updateClip(db, { ...edit, fromHash: row.contentHash })).toBe(false);
    expect(await snapshot(clip.id, dialogueId)).toEqual(approved);
  });
});

describe('GET /clips?dialogueId=', () => {
  it("lists the caller's own clips with their review status and whether each is still editable", async () => {
    const { id: dialogueId } = await createDialogue(a.admin);
    const first = webcastClip(dialogueId, { speaker: 'France', start: 0, end: 60, capturedAt: '2026-07-01T13:01:00Z' });
    const second = webcastClip(dialogueId, { speaker: 'Chile', start: 100, end: 160, capturedAt: '2026-07-01T13:02:00Z' });
    const unplaced = webcastClip(dialogueId, { speaker: 'Peru', start: 200, end: 260, capturedAt: '2026-07-01T13:03:00Z' });
    await send(a.observer, [first, second]);
    await send(a.reviewer, [webcastClip(dialogueId, { speaker: 'France', start: 1, end: 59 })]);
    const { interventions } = await record(a.admin, dialogueId);
    await ok(patch(a.reviewer, interventions[0]!.id, { baseVersion: interventions[0]!.version, status: 'approved' }));
    // Stored but not yet assembled: no intervention holds it yet.
    expect(await post(a.observer, [unplaced])).toEqual(['stored']);

    const { clips } = await ok<{ clips: MyClip[] }>(mine(a.observer, dialogueId));
    expect(clips.map((c) => [c.clip.id, c.status, c.editable, c.lock])).toEqual([
      [first.id, 'approved', false, 'reviewed'],
      [second.id, 'draft', true, null],
      [unplaced.id, null, true, null],
    ]);
    expect(clips[1]!.interventionId).toBe(interventions[1]!.id);
    expect(clips[0]!.clip).toMatchObject({ kind: 'webcast', speaker: 'France', start: 0, end: 60, tags: ['victims'] });
    // The approved clip's edit is refused; the draft one goes through.
    await expectError(await edit(a.observer, first.id, { note: 'x' }), 409, 'clip_reviewed');
    await ok(edit(a.observer, second.id, { note: 'x' }));
  });

  it('answers 404 for another team’s dialogue and 400 without a dialogue id', async () => {
    const { id: dialogueId } = await createDialogue(a.admin);
    await expectError(await mine(b.observer, dialogueId), 404, 'not_found');
    const error = await expectError(await call('/clips', { token: a.observer }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual(['dialogueId']);
    expect((await ok<{ clips: MyClip[] }>(mine(a.observer, dialogueId))).clips).toEqual([]);
  });
});
