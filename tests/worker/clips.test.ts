import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipResult } from '../../shared/schemas';
import { addMember, bootstrap, call, callDeferred, callWith, countingD1, createDialogue, expectError, pageClip, rowCount, webcastClip } from './helpers';

let admin: string;
let observer: string;
let teamId: string;
let dialogueId: string;
let teamB: string;
let teamBDialogueId: string;

beforeAll(async () => {
  ({ token: admin, team: { id: teamId } } = await bootstrap('Team A'));
  observer = await addMember(teamId, 'observer', 'Olu');
  ({ id: dialogueId } = await createDialogue(admin));
  ({ token: teamB } = await bootstrap('Team B'));
  ({ id: teamBDialogueId } = await createDialogue(teamB));
});

async function send(token: string, clips: unknown[], headers?: Record<string, string>): Promise<ClipResult[]> {
  const res = await call('/clips', { token, body: { clips }, headers });
  expect(res.status).toBe(200);
  return (await res.json<{ results: ClipResult[] }>()).results;
}

const clipRow = (id: string) => env.DB.prepare('SELECT * FROM clips WHERE id = ?').bind(id).first<Record<string, unknown>>();

describe('POST /clips', () => {
  it('stores a valid batch of webcast and page clips, one result per clip in order', async () => {
    const webcast = webcastClip(dialogueId, { tags: ['victims', 'NGO access'], channel: 'fr' });
    const page = pageClip(dialogueId, { position: { start: 5, end: 30 } });
    const results = await send(observer, [webcast, page], { 'idempotency-key': crypto.randomUUID() });
    expect(results).toEqual([
      { index: 0, id: webcast.id, status: 'stored' },
      { index: 1, id: page.id, status: 'stored' },
    ]);
    expect(await clipRow(webcast.id)).toMatchObject({
      team_id: teamId,
      dialogue_id: dialogueId,
      kind: 'webcast',
      clock: 'recording',
      start: 10,
      end: 20,
      speaker: 'France',
      tags: '["victims","NGO access"]',
      channel: 'fr',
      quote_exact: null,
      content_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await clipRow(page.id)).toMatchObject({
      kind: 'page',
      clock: null,
      start: null,
      url: 'https://www.unodc.org/statement.html',
      quote_exact: 'We support civil society',
      quote_prefix: 'Chair, ',
      position_start: 5,
      position_end: 30,
      channel: 'floor',
      note: '',
      tags: '[]',
    });
  });

  it('answers an identical re-send the same way and keeps one row per clip', async () => {
    const batch = [webcastClip(dialogueId), pageClip(dialogueId), webcastClip(dialogueId, { end: null })];
    const first = await send(observer, batch);
    const again = await send(observer, batch);
    expect(again).toEqual(first);
    expect(first.every((r) => r.status === 'stored')).toBe(true);
    for (const clip of batch) expect(await rowCount('clips', 'id = ?', clip.id)).toBe(1);
  });

  it('treats a re-send with other key order and explicit defaults as the same clip', async () => {
    const clip = webcastClip(dialogueId, { tags: [] });
    await send(observer, [clip]);
    const { tags: _tags, ...withoutTags } = clip;
    const reordered = Object.fromEntries(Object.entries({ ...withoutTags, note: clip.note, channel: 'floor' }).reverse());
    expect(await send(admin, [reordered])).toEqual([{ index: 0, id: clip.id, status: 'stored' }]);
  });

  it('answers conflict for the same id with different content and keeps the original', async () => {
    const clip = webcastClip(dialogueId);
    await send(observer, [clip]);
    const before = await clipRow(clip.id);
    const [result] = await send(observer, [{ ...clip, speaker: 'Germany' }]);
    expect(result).toMatchObject({ index: 0, id: clip.id, status: 'conflict', problems: [{ path: 'id' }] });
    expect(await clipRow(clip.id)).toEqual(before);
  });

  it('handles one id twice in a batch: the first is stored, a different second conflicts', async () => {
    const clip = webcastClip(dialogueId);
    const results = await send(observer, [clip, clip, { ...clip, start: 11 }]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'conflict']);
    expect(await clipRow(clip.id)).toMatchObject({ start: 10 });
  });

  it("answers conflict when another team re-uses a clip's id, leaving it alone", async () => {
    const clip = webcastClip(dialogueId);
    await send(observer, [clip]);
    const before = await clipRow(clip.id);
    const [result] = await send(teamB, [{ ...clip, dialogueId: teamBDialogueId }]);
    expect(result?.status).toBe('conflict');
    expect(await clipRow(clip.id)).toEqual(before);
  });

  it("marks a clip for another team's or an unknown dialogue invalid at dialogueId, writing nothing", async () => {
    const foreign = webcastClip(teamBDialogueId);
    const unknown = webcastClip(crypto.randomUUID());
    const good = webcastClip(dialogueId);
    const results = await send(observer, [foreign, unknown, good]);
    expect(results).toEqual([
      { index: 0, id: foreign.id, status: 'invalid', problems: [{ path: 'dialogueId', message: expect.any(String) }] },
      { index: 1, id: unknown.id, status: 'invalid', problems: [{ path: 'dialogueId', message: expect.any(String) }] },
      { index: 2, id: good.id, status: 'stored' },
    ]);
    expect(await rowCount('clips', 'id IN (?, ?)', foreign.id, unknown.id)).toBe(0);
    // Team B cannot reach Team A's dialogue either.
    const [fromB] = await send(teamB, [webcastClip(dialogueId)]);
    expect(fromB).toMatchObject({ status: 'invalid', problems: [{ path: 'dialogueId' }] });
  });

  it('marks each invalid clip with its field and stores the valid ones', async () => {
    const { speaker: _s, ...noSpeaker } = webcastClip(dialogueId);
    const cases: [unknown, string][] = [
      [webcastClip(dialogueId, { start: -1 }), 'start'],
      [webcastClip(dialogueId, { start: 30, end: 20 }), 'end'],
      [noSpeaker, 'speaker'],
      [webcastClip(dialogueId, { id: 'not-a-uuid' }), 'id'],
      [webcastClip(dialogueId, { kind: 'video' }), 'kind'],
      [webcastClip(dialogueId, { mood: 'tense' }), 'mood'],
      [webcastClip(dialogueId, { clock: 'sundial' }), 'clock'],
      [webcastClip(dialogueId, { start: '10' }), 'start'],
      [webcastClip(dialogueId, { capturedAt: 'yesterday' }), 'capturedAt'],
      [pageClip(dialogueId, { quote: { exact: '' } }), 'quote.exact'],
      [pageClip(dialogueId, { url: 'ftp://x.org/a' }), 'url'],
      ['just a string', '(body)'],
    ];
    const valid = [webcastClip(dialogueId), pageClip(dialogueId)];
    const before = await rowCount('clips');
    const results = await send(observer, [valid[0], ...cases.map(([clip]) => clip), valid[1]]);
    expect(results).toHaveLength(cases.length + 2);
    expect(results[0]).toEqual({ index: 0, id: valid[0]!.id, status: 'stored' });
    expect(results.at(-1)).toEqual({ index: cases.length + 1, id: valid[1]!.id, status: 'stored' });
    cases.forEach(([, path], i) => {
      const result = results[i + 1]!;
      expect(result.index).toBe(i + 1);
      expect(result.status).toBe('invalid');
      expect(result.problems?.map((p) => p.path)).toContain(path);
    });
    expect(results[4]?.id).toBe('not-a-uuid');
    expect(await rowCount('clips')).toBe(before + 2);
  });

  it('refuses more than 50 clips or none with 400, writing nothing', async () => {
    const before = await rowCount('clips');
    const tooMany = Array.from({ length: 51 }, () => webcastClip(dialogueId));
    const error = await expectError(await call('/clips', { token: observer, body: { clips: tooMany } }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual(['clips']);
    await expectError(await call('/clips', { token: observer, body: { clips: [] } }), 400, 'validation_failed');
    expect(await rowCount('clips')).toBe(before);
  });

  it.each([
    ['an array', [webcastClip('x')], '(body)'],
    ['no clips', { items: [] }, 'clips'],
    ['an extra envelope field', { clips: [webcastClip('x')], batch: 1 }, 'batch'],
  ])('refuses an envelope that is %s with 400', async (_, body, path) => {
    const error = await expectError(await call('/clips', { token: observer, body }), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toContain(path);
  });

  it('refuses malformed JSON with 400 invalid_json', async () => {
    const before = await rowCount('clips');
    await expectError(await call('/clips', { token: observer, body: '{"clips": [' }), 400, 'invalid_json');
    expect(await rowCount('clips')).toBe(before);
  });

  it('refuses a text/plain body with 415', async () => {
    const body = JSON.stringify({ clips: [webcastClip(dialogueId)] });
    const res = await call('/clips', { token: observer, body, headers: { 'content-type': 'text/plain' } });
    await expectError(res, 415, 'unsupported_media_type');
  });

  it('refuses a body over 1 MB with 413, writing nothing', async () => {
    const before = await rowCount('clips');
    const clip = webcastClip(dialogueId, { note: 'x'.repeat(1024 * 1024) });
    await expectError(await call('/clips', { token: observer, body: { clips: [clip] } }), 413, 'payload_too_large');
    expect(await rowCount('clips')).toBe(before);
  });

  it('refuses a missing or wrong token with 401, writing nothing', async () => {
    const before = await rowCount('clips');
    await expectError(await call('/clips', { body: { clips: [webcastClip(dialogueId)] } }), 401, 'unauthorized');
    await expectError(await call('/clips', { token: 'udc_nope', body: { clips: [webcastClip(dialogueId)] } }), 401, 'unauthorized');
    expect(await rowCount('clips')).toBe(before);
  });

  it('stores 50 clips in at most 3 D1 statements, token lookup included; assembly runs after the response', async () => {
    // Use the token once first, so its last_used_at is fresh and not rewritten during the count.
    expect((await callWith({}, '/me', { token: observer })).status).toBe(200);
    // A dialogue of its own, so no other test's after-response assembly can run for it meanwhile.
    const { id: fresh } = await createDialogue(admin);
    const counting = countingD1(env.DB);
    const batch = Array.from({ length: 50 }, (_, i) => webcastClip(fresh, { start: i, end: i + 0.5 }));
    const { res, settled } = await callDeferred({ DB: counting.db }, '/clips', { token: observer, body: { clips: batch } });
    const atResponse = counting.statements();
    expect(res.status).toBe(200);
    const { results } = await res.json<{ results: ClipResult[] }>();
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(50);
    expect(atResponse).toBeLessThanOrEqual(3);
    expect(atResponse).toBeGreaterThan(0);
    expect(await rowCount('clips', `id IN (${batch.map(() => '?').join(',')})`, ...batch.map((c) => c.id))).toBe(50);

    // After the response, the dialogue was assembled up to the revision the new clips made.
    await settled();
    // One read batch (dialogue, clips, interventions, links, offsets) and one write batch (2 deletes,
    // 2 inserts, the revision) however many clips.
    expect(counting.statements() - atResponse).toBe(10);
    const revisions = await env.DB.prepare('SELECT clips_revision AS clips, assembled_revision AS assembled FROM dialogues WHERE id = ?')
      .bind(fresh)
      .first<{ clips: number; assembled: number }>();
    expect(revisions).toEqual({ clips: 50, assembled: 50 });
    expect(await rowCount('intervention_clips', `clip_id IN (${batch.map(() => '?').join(',')})`, ...batch.map((c) => c.id))).toBe(50);
  });
});
