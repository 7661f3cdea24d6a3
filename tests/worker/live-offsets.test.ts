import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult, DialogueRecord, MemberCreateResult } from '../../shared/schemas';
import { addMember, bootstrap, call, callWith, createDialogue, expectError, revisions, webcastClip } from './helpers';

let admin: string;
let teamId: string;
let reviewer: string;
let recordingObserver: MemberCreateResult;
let liveObserver: MemberCreateResult;
let teamB: string;
let teamBMemberId: string;

async function newMember(token: string, name: string, role: 'observer' | 'reviewer' = 'observer'): Promise<MemberCreateResult> {
  return (await call('/members', { token, body: { name, role } })).json();
}

beforeAll(async () => {
  ({ token: admin, team: { id: teamId } } = await bootstrap('Team A'));
  reviewer = await addMember(teamId, 'reviewer');
  recordingObserver = await newMember(admin, 'Rec');
  liveObserver = await newMember(admin, 'Liv');
  const b = await bootstrap('Team B');
  teamB = b.token;
  teamBMemberId = b.member.id;
});

const path = (dialogueId: string, memberId: string) => `/dialogues/${dialogueId}/live-offsets/${memberId}`;
const put = (token: string, dialogueId: string, memberId: string, body: unknown) =>
  callWith({}, path(dialogueId, memberId), { token, method: 'PUT', body });
const del = (token: string, dialogueId: string, memberId: string) => callWith({}, path(dialogueId, memberId), { token, method: 'DELETE' });

async function record(dialogueId: string): Promise<DialogueRecord> {
  return (await call(`/dialogues/${dialogueId}/record`, { token: admin })).json();
}

/** A dialogue where the live observer's one clip (live 1100-1160) is France's turn at 100-160. */
async function liveDialogue() {
  const { id } = await createDialogue(admin);
  const send = async (token: string, clips: unknown[]) => {
    const res = await callWith({}, '/clips', { token, body: { clips } });
    expect((await res.json<{ results: ClipResult[] }>()).results.every((r) => r.status === 'stored')).toBe(true);
  };
  await send(recordingObserver.token, [
    webcastClip(id, { start: 100, end: 160, speaker: 'France' }),
    webcastClip(id, { start: 300, end: 340, speaker: 'Mexico' }),
  ]);
  const live = webcastClip(id, { clock: 'live', start: 1100, end: 1160, speaker: 'France' });
  await send(liveObserver.token, [live]);
  return { id, live };
}

describe('PUT and DELETE /dialogues/:id/live-offsets/:memberId', () => {
  it("move a live-clock clip by the reviewer's offset, and back to the estimate when cleared", async () => {
    const { id, live } = await liveDialogue();
    const estimated = await record(id);
    const memberId = liveObserver.member.id;
    expect(estimated.offsets).toEqual({ [memberId]: { offset: 1000, source: 'estimated', support: 1 } });
    expect(estimated.interventions.map((i) => [i.speaker.code, i.start, i.end, i.clipIds.length])).toEqual([
      ['FRA', 100, 160, 2],
      ['MEX', 300, 340, 1],
    ]);

    const res = await put(reviewer, id, memberId, { offset: 600 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ memberId, offset: 600 });
    const manual = await record(id);
    expect(manual.revision).toBeGreaterThan(estimated.revision);
    expect(manual.offsets).toEqual({ [memberId]: { offset: 600, source: 'manual', support: 1 } });
    const moved = manual.interventions.find((i) => i.clipIds.includes(live.id))!;
    expect([moved.speaker.code, moved.start, moved.end, moved.clipIds]).toEqual(['FRA', 500, 560, [live.id]]);
    expect(manual.interventions[0]!.clipIds).not.toContain(live.id);

    // Setting it again overwrites; the record follows.
    expect((await put(admin, id, memberId, { offset: -0.5 })).status).toBe(200);
    expect((await record(id)).offsets[memberId]).toEqual({ offset: -0.5, source: 'manual', support: 1 });

    const cleared = await del(reviewer, id, memberId);
    expect(cleared.status).toBe(204);
    expect(await cleared.text()).toBe('');
    const back = await record(id);
    expect(back.offsets).toEqual(estimated.offsets);
    expect(back.interventions.map((i) => [i.start, i.end, i.clipIds])).toEqual(estimated.interventions.map((i) => [i.start, i.end, i.clipIds]));
    // The two turns the offset had split merge again under one of their ids.
    expect([estimated.interventions[0]!.id, moved.id]).toContain(back.interventions[0]!.id);
  });

  it('store who set the offset and mark the dialogue for re-assembly', async () => {
    const { id } = await createDialogue(admin);
    const before = await revisions(id);
    await put(reviewer, id, liveObserver.member.id, { offset: 12.5 });
    const row = await env.DB.prepare('SELECT * FROM live_offsets WHERE dialogue_id = ?').bind(id).first<Record<string, unknown>>();
    const reviewerId = (await (await call('/me', { token: reviewer })).json<{ member: { id: string } }>()).member.id;
    expect(row).toMatchObject({ member_id: liveObserver.member.id, offset: 12.5, set_by: reviewerId, set_at: expect.stringMatching(/^\d{4}-/) });
    expect((await revisions(id)).clips).toBe(before.clips + 1);
    await del(reviewer, id, liveObserver.member.id);
    expect((await revisions(id)).clips).toBe(before.clips + 2);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM live_offsets WHERE dialogue_id = ?').bind(id).first('n')).toBe(0);
  });

  it.each([
    ['a string', { offset: '10' }],
    ['too large', { offset: 86_401 }],
    ['too small', { offset: -86_401 }],
    ['missing', {}],
    ['with an extra field', { offset: 1, reason: 'x' }],
  ])('refuse an offset that is %s with 400, writing nothing', async (_, body) => {
    const { id } = await createDialogue(admin);
    const error = await expectError(await put(reviewer, id, liveObserver.member.id, body), 400, 'validation_failed');
    expect(error.problems?.[0]?.path).toMatch(/^offset|reason$/);
    expect((await revisions(id)).clips).toBe(0);
  });

  it("answer 404 for another team's dialogue or member, an unknown member and non-UUIDs", async () => {
    const { id } = await createDialogue(admin);
    const foreign = await createDialogue(teamB);
    const memberId = liveObserver.member.id;
    await expectError(await put(reviewer, foreign.id, memberId, { offset: 1 }), 404, 'not_found');
    await expectError(await put(teamB, id, memberId, { offset: 1 }), 404, 'not_found');
    await expectError(await put(reviewer, id, teamBMemberId, { offset: 1 }), 404, 'not_found');
    await expectError(await put(reviewer, id, crypto.randomUUID(), { offset: 1 }), 404, 'not_found');
    await expectError(await put(reviewer, id, 'nobody', { offset: 1 }), 404, 'not_found');
    await expectError(await del(reviewer, foreign.id, memberId), 404, 'not_found');
    await expectError(await del(reviewer, id, teamBMemberId), 404, 'not_found');
    expect((await revisions(id)).clips).toBe(0);
    expect((await revisions(foreign.id)).clips).toBe(0);
  });

  it('refuse observers with 403 and a missing token with 401', async () => {
    const { id } = await createDialogue(admin);
    await expectError(await put(liveObserver.token, id, liveObserver.member.id, { offset: 1 }), 403, 'forbidden');
    await expectError(await del(liveObserver.token, id, liveObserver.member.id), 403, 'forbidden');
    await expectError(await put('', id, liveObserver.member.id, { offset: 1 }), 401, 'unauthorized');
    expect((await revisions(id)).clips).toBe(0);
  });
});

describe('live clips with wall-clock marks', () => {
  const sendOne = async (token: string, clip: unknown) => {
    const res = await callWith({}, '/clips', { token, body: { clips: [clip] } });
    return (await res.json<{ results: ClipResult[] }>()).results[0]!;
  };

  it('are stored with their marks, which place the clip when nothing else anchors it', async () => {
    // Recording starts 13:00:00; the live player reads 1000 s more; End was pressed at 13:02:40 and saved a minute later.
    const { id } = await createDialogue(admin, { recordingStartedAt: '2026-07-01T13:00:00Z' });
    const clip = webcastClip(id, {
      clock: 'live',
      start: 1100,
      end: 1160,
      capturedAt: '2026-07-01T13:03:40Z',
      markedAt: { start: '2026-07-01T13:01:40Z', end: '2026-07-01T13:02:40Z' },
    });
    expect(await sendOne(liveObserver.token, clip)).toMatchObject({ status: 'stored' });
    const row = await env.DB.prepare('SELECT marked_start, marked_end FROM clips WHERE id = ?').bind(clip.id).first();
    expect(row).toEqual({ marked_start: '2026-07-01T13:01:40Z', marked_end: '2026-07-01T13:02:40Z' });
    const rec = await record(id);
    expect(rec.offsets).toEqual({ [liveObserver.member.id]: { offset: 1000, source: 'wall-marks', support: 1 } });
    expect(rec.interventions.map((i) => [i.start, i.end])).toEqual([[100, 160]]);
  });

  it('are part of the clip: the same body again is stored, other marks under the same id are a conflict', async () => {
    const { id } = await createDialogue(admin);
    const markedAt = { start: '2026-07-01T13:01:40Z', end: null };
    const clip = webcastClip(id, { clock: 'live', start: 1100, end: null, markedAt });
    expect(await sendOne(liveObserver.token, clip)).toMatchObject({ status: 'stored' });
    expect(await sendOne(liveObserver.token, { ...clip })).toMatchObject({ status: 'stored' });
    expect(await sendOne(liveObserver.token, { ...clip, markedAt: { ...markedAt, start: '2026-07-01T13:01:41Z' } })).toMatchObject({ status: 'conflict' });
    const { markedAt: _, ...unmarked } = clip as typeof clip & { markedAt: unknown };
    expect(await sendOne(liveObserver.token, unmarked)).toMatchObject({ status: 'conflict' });
  });

  it('keep the hash of a clip sent without marks what it was before marks existed', async () => {
    const { id } = await createDialogue(admin);
    const clip = webcastClip(id, { clock: 'live', start: 1100, end: 1150 });
    expect(await sendOne(liveObserver.token, clip)).toMatchObject({ status: 'stored' });
    const { content_hash } = (await env.DB.prepare('SELECT content_hash FROM clips WHERE id = ?').bind(clip.id).first<{ content_hash: string }>())!;
    // The record as hashed before 0008: every column of the clip, and no mark keys at all.
    const before = {
      id: clip.id, dialogueId: id, kind: 'webcast', speaker: 'France', tags: ['victims'], note: 'asked for more NGO seats',
      channel: 'floor', capturedAt: clip.capturedAt, clock: 'live', start: 1100, end: 1150, url: null,
      quoteExact: null, quotePrefix: null, quoteSuffix: null, positionStart: null, positionEnd: null,
    };
    const { canonicalJson } = await import('../../worker/lib/canonical-json');
    const { sha256Hex } = await import('../../worker/lib/crypto');
    expect(content_hash).toBe(await sha256Hex(canonicalJson(before)));
  });

  it('refuse marks out of order, unknown fields in them, or a time that is not an instant', async () => {
    const { id } = await createDialogue(admin);
    const bad = [
      { start: '2026-07-01T13:02:00Z', end: '2026-07-01T13:01:00Z' },
      { start: '2026-07-01T13:01:00Z', end: null, extra: 1 },
      { start: '13:01:00', end: null },
    ];
    for (const markedAt of bad) {
      const result = await sendOne(liveObserver.token, webcastClip(id, { clock: 'live', markedAt }));
      expect(result.status, JSON.stringify(markedAt)).toBe('invalid');
      expect(result.problems?.[0]?.path).toMatch(/^markedAt/);
    }
  });
});
