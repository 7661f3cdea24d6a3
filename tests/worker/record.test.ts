import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, DialogueRecord, Intervention } from '../../shared/schemas';
import { addMember, bootstrap, call, callWith, createDialogue, expectError, pageClip, revisions, rowCount, webcastClip } from './helpers';

let admin: string;
let observers: string[];
let memberIds: string[];
let teamB: string;

beforeAll(async () => {
  const a = await bootstrap('Team A');
  admin = a.token;
  observers = await Promise.all(['Olu', 'Pia', 'Quan'].map((name) => addMember(a.team.id, 'observer', name)));
  memberIds = await Promise.all(observers.map(async (token) => (await (await call('/me', { token })).json<{ member: { id: string } }>()).member.id));
  teamB = (await bootstrap('Team B')).token;
});

/** Sends clips and waits for the work the Worker leaves for after the response (assembly). */
async function send(token: string, clips: unknown[]) {
  const res = await callWith({}, '/clips', { token, body: { clips } });
  const { results } = await res.json<{ results: ClipResult[] }>();
  expect(results.map((r) => r.status)).toEqual(clips.map(() => 'stored'));
}

async function record(token: string, dialogueId: string): Promise<DialogueRecord> {
  const res = await call(`/dialogues/${dialogueId}/record`, { token });
  expect(res.status).toBe(200);
  return res.json();
}

const summary = (i: Intervention) => [i.speaker.name, i.speaker.code, i.start, i.end, i.clipIds.length];

// 2026-07-01T13:00:00Z, the dialogue's recording second 0.
const epoch = Date.parse('2026-07-01T13:00:00Z') / 1000;

describe('GET /dialogues/:id/record', () => {
  it('is assembled on ingest, with canonical speakers: "USA" and "United States" are one intervention', async () => {
    const { id } = await createDialogue(admin);
    const usa = webcastClip(id, { start: 100, end: 160, speaker: 'USA' });
    const us = webcastClip(id, { start: 100, end: 160, speaker: 'United States' });
    await send(observers[0]!, [usa]);
    await send(observers[1]!, [us]);

    // Assembled after the ingest responses, before anyone asked for the record.
    const stored = await revisions(id);
    expect(stored.assembled).toBe(stored.clips);
    expect(await rowCount('interventions', 'dialogue_id = ?', id)).toBe(1);

    const result = await record(observers[2]!, id);
    expect(result).toMatchObject({ dialogueId: id, revision: stored.clips, offsets: {} });
    expect(result.interventions).toHaveLength(1);
    const [only] = result.interventions;
    expect(only).toMatchObject({
      position: 0,
      speaker: { name: 'United States of America', code: 'USA', kind: 'state', known: true },
      start: 100,
      end: 160,
      openEnd: false,
      status: 'draft',
      conflicts: [],
    });
    expect(only!.clips).toEqual(
      [
        { id: usa.id, memberId: memberIds[0], role: 'support', new: false },
        { id: us.id, memberId: memberIds[1], role: 'support', new: false },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(only!.clipIds).toEqual([usa.id, us.id].toSorted());
  });

  it('shows a mislabelled clip as a speaker conflict and lists it as a dissenting clip', async () => {
    const { id } = await createDialogue(admin);
    const france = [webcastClip(id, { start: 10, end: 70, speaker: 'France' }), webcastClip(id, { start: 10, end: 70, speaker: 'Francia' })];
    const wrong = webcastClip(id, { start: 10, end: 70, speaker: 'Germany' });
    await send(observers[0]!, [france[0]]);
    await send(observers[1]!, [france[1]]);
    await send(observers[2]!, [wrong]);

    const { interventions } = await record(admin, id);
    expect(interventions.map(summary)).toEqual([['France', 'FRA', 10, 70, 3]]);
    expect(interventions[0]!.conflicts).toEqual([{ kind: 'speaker', clipIds: [wrong.id], speakers: ['Germany'] }]);
    expect(interventions[0]!.clips.find((c) => c.id === wrong.id)).toEqual({ id: wrong.id, memberId: memberIds[2], role: 'dissent', new: false });
    expect(interventions[0]!.clips.filter((c) => c.role === 'support').map((c) => c.id).toSorted()).toEqual(france.map((c) => c.id).toSorted());
    expect(await rowCount('intervention_clips', "clip_id = ? AND role = 'dissent'", wrong.id)).toBe(1);
  });

  it('orders turns, places wall-clock clips, merges tags and notes, keeps a lone page quote undated', async () => {
    const { id } = await createDialogue(admin);
    const first = webcastClip(id, { start: 0, end: 10, speaker: 'France', tags: ['b'], note: 'opening' });
    const overlap = webcastClip(id, { start: 5, end: 20, speaker: 'france ', tags: ['a', 'b'], note: '' });
    const mexico = webcastClip(id, { start: 30, end: 40, speaker: 'Mexico' });
    const wall = webcastClip(id, { clock: 'wall', start: epoch + 50, end: epoch + 60, speaker: 'Chile' });
    const later = webcastClip(id, { start: 100, end: 110, speaker: 'France' });
    const quote = pageClip(id, { speaker: 'UNODC' });
    await send(observers[0]!, [later, quote, mexico, overlap, wall, first]);

    const { interventions } = await record(admin, id);
    expect(interventions.map((i) => [i.position, i.speaker.code, i.clipIds.length])).toEqual([
      [0, 'FRA', 2],
      [1, 'MEX', 1],
      [2, 'CHL', 1],
      [3, 'FRA', 1],
      [4, 'UNODC', 1],
    ]);
    // Wall-clock seconds land on the recording clock through the dialogue's recording start.
    expect(interventions[2]!.start).toBeGreaterThanOrEqual(40);
    expect(interventions[2]!.end).toBeLessThanOrEqual(70);
    const merged = interventions[0]!;
    expect([merged.start, merged.end]).toEqual([0, 20]);
    expect(merged.tags).toEqual(['a', 'b']);
    expect(merged.notes).toEqual(['opening']);
    expect(interventions[4]).toMatchObject({ start: null, end: null, quotes: ['We support civil society'] });

    const rows = await env.DB.prepare('SELECT id, position, status FROM interventions WHERE dialogue_id = ? ORDER BY position')
      .bind(id)
      .all<{ id: string; position: number; status: string }>();
    expect(rows.results.map((r) => [r.position, r.id, r.status])).toEqual(interventions.map((i, n) => [n, i.id, 'draft']));
  });

  it('keeps intervention ids stable when new clips arrive', async () => {
    const { id } = await createDialogue(admin);
    await send(observers[0]!, [
      webcastClip(id, { start: 0, end: 60, speaker: 'Chair' }),
      webcastClip(id, { start: 60, end: 180, speaker: 'Brazil' }),
      webcastClip(id, { start: 180, end: 240, speaker: 'Japan' }),
    ]);
    const before = await record(admin, id);
    expect(before.interventions.map((i) => i.speaker.code)).toEqual(['CHAIR', 'BRA', 'JPN']);

    const joining = webcastClip(id, { start: 62, end: 178, speaker: 'Brasil' });
    const newTurn = webcastClip(id, { start: 600, end: 660, speaker: 'Kenya' });
    await send(observers[1]!, [joining, newTurn]);
    const after = await record(admin, id);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.interventions.map((i) => i.speaker.code)).toEqual(['CHAIR', 'BRA', 'JPN', 'KEN']);
    expect(after.interventions.slice(0, 3).map((i) => i.id)).toEqual(before.interventions.map((i) => i.id));
    expect(after.interventions[1]!.clipIds).toContain(joining.id);
    expect(after.interventions[3]!.id).not.toBe(before.interventions[2]!.id);
  });

  it('answers an empty record for a dialogue without clips', async () => {
    const { id } = await createDialogue(admin);
    expect(await record(admin, id)).toEqual({ dialogueId: id, revision: 0, interventions: [], offsets: {} });
  });

  it('flags a speaker nobody knows and keeps the name as typed', async () => {
    const { id } = await createDialogue(admin);
    const clip = webcastClip(id, { start: 5, end: 50, speaker: 'Friends of Nobody' });
    await send(observers[0]!, [clip]);
    const [only] = (await record(admin, id)).interventions;
    expect(only!.speaker).toEqual({ name: 'Friends of Nobody', code: null, kind: null, known: false });
    expect(only!.conflicts).toEqual([{ kind: 'unknown-speaker', clipIds: [clip.id], speakers: ['Friends of Nobody'] }]);
  });

  it("answers 404 for another team's dialogue and for unknown ids, writing nothing", async () => {
    const { id } = await createDialogue(admin);
    await env.DB.prepare('UPDATE dialogues SET clips_revision = clips_revision + 1 WHERE id = ?').bind(id).run();
    await expectError(await call(`/dialogues/${id}/record`, { token: teamB }), 404, 'not_found');
    expect((await revisions(id)).assembled).toBe(0);
    await expectError(await call(`/dialogues/${crypto.randomUUID()}/record`, { token: admin }), 404, 'not_found');
    await expectError(await call('/dialogues/nope/record', { token: admin }), 404, 'not_found');
  });

  it('refuses a missing or wrong token with 401', async () => {
    const { id } = await createDialogue(admin);
    await expectError(await call(`/dialogues/${id}/record`), 401, 'unauthorized');
    await expectError(await call(`/dialogues/${id}/record`, { token: 'udc_nope' }), 401, 'unauthorized');
  });
});
