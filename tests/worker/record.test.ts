import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, DialogueRecord } from '../../shared/schemas';
import { addMember, bootstrap, call, createDialogue, expectError, pageClip, rowCount, webcastClip } from './helpers';

let admin: string;
let observer: string;
let teamB: string;

beforeAll(async () => {
  const a = await bootstrap('Team A');
  admin = a.token;
  observer = await addMember(a.team.id, 'observer');
  teamB = (await bootstrap('Team B')).token;
});

async function send(token: string, clips: unknown[]) {
  const res = await call('/clips', { token, body: { clips } });
  const { results } = await res.json<{ results: ClipResult[] }>();
  expect(results.every((r) => r.status === 'stored')).toBe(true);
}

async function record(token: string, dialogueId: string): Promise<DialogueRecord> {
  const res = await call(`/dialogues/${dialogueId}/record`, { token });
  expect(res.status).toBe(200);
  return res.json();
}

// 2026-07-01T13:00:00Z, the dialogue's recording second 0.
const epoch = Date.parse('2026-07-01T13:00:00Z') / 1000;

describe('GET /dialogues/:id/record', () => {
  it('merges overlapping clips of one speaker, keeps separate turns apart, and orders them', async () => {
    const { id } = await createDialogue(admin);
    const first = webcastClip(id, { start: 0, end: 10, speaker: 'France', tags: ['b'], note: 'opening' });
    const overlap = webcastClip(id, { start: 5, end: 20, speaker: 'france ', tags: ['a', 'b'], note: '' });
    const mexico = webcastClip(id, { start: 30, end: 40, speaker: 'Mexico' });
    const wall = webcastClip(id, { clock: 'wall', start: epoch + 50, end: epoch + 60, speaker: 'Chile' });
    const later = webcastClip(id, { start: 100, end: 110, speaker: 'France' });
    const quote = pageClip(id, { speaker: 'UNODC' });
    await send(observer, [later, quote, mexico, overlap, wall, first]);

    const result = await record(observer, id);
    expect(result.dialogueId).toBe(id);
    expect(result.interventions.map((i) => [i.speaker, i.start, i.end, i.clipIds.length])).toEqual([
      ['France', 0, 20, 2],
      ['Mexico', 30, 40, 1],
      ['Chile', 50, 60, 1],
      ['France', 100, 110, 1],
      ['UNODC', null, null, 1],
    ]);
    const merged = result.interventions[0]!;
    expect(merged.clipIds.toSorted()).toEqual([first.id, overlap.id].toSorted());
    expect(merged.tags).toEqual(['a', 'b']);
    expect(merged.notes).toEqual(['opening']);
    expect(result.interventions.at(-1)?.quotes).toEqual(['We support civil society']);
    expect(result.interventions.every((i) => i.status === 'draft')).toBe(true);

    const rows = await env.DB.prepare('SELECT id, position, speaker, status FROM interventions WHERE dialogue_id = ? ORDER BY position')
      .bind(id)
      .all<{ id: string; position: number; speaker: string; status: string }>();
    expect(rows.results.map((r) => [r.position, r.id, r.status])).toEqual(result.interventions.map((i, n) => [n, i.id, 'draft']));
    expect(await rowCount('intervention_clips', 'intervention_id = ?', merged.id)).toBe(2);
  });

  it('replaces the previous drafts when assembled again', async () => {
    const { id } = await createDialogue(admin);
    await send(observer, [webcastClip(id, { start: 0, end: 10 }), webcastClip(id, { start: 50, end: 60 })]);
    expect((await record(admin, id)).interventions).toHaveLength(2);

    // A clip bridging the two turns makes them one.
    await send(observer, [webcastClip(id, { start: 8, end: 55 })]);
    const again = await record(admin, id);
    expect(again.interventions.map((i) => [i.start, i.end, i.clipIds.length])).toEqual([[0, 60, 3]]);
    expect(await rowCount('interventions', 'dialogue_id = ?', id)).toBe(1);
    expect(
      await rowCount('intervention_clips', 'intervention_id IN (SELECT id FROM interventions WHERE dialogue_id = ?)', id),
    ).toBe(3);

    // Assembling without new clips changes nothing.
    expect(await record(admin, id)).toEqual(again);
    expect(await rowCount('interventions', 'dialogue_id = ?', id)).toBe(1);
  });

  it('answers an empty record for a dialogue without clips', async () => {
    const { id } = await createDialogue(admin);
    expect(await record(admin, id)).toEqual({ dialogueId: id, interventions: [] });
  });

  it("answers 404 for another team's dialogue and for unknown ids, writing nothing", async () => {
    const { id } = await createDialogue(admin);
    await send(observer, [webcastClip(id)]);
    await expectError(await call(`/dialogues/${id}/record`, { token: teamB }), 404, 'not_found');
    expect(await rowCount('interventions', 'dialogue_id = ?', id)).toBe(0);
    await expectError(await call(`/dialogues/${crypto.randomUUID()}/record`, { token: admin }), 404, 'not_found');
    await expectError(await call('/dialogues/nope/record', { token: admin }), 404, 'not_found');
  });

  it('refuses a missing or wrong token with 401', async () => {
    const { id } = await createDialogue(admin);
    await expectError(await call(`/dialogues/${id}/record`), 401, 'unauthorized');
    await expectError(await call(`/dialogues/${id}/record`, { token: 'udc_nope' }), 401, 'unauthorized');
  });
});
