import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClipInput, ClipResult } from '../../shared/schemas';
import { createApiClient } from '../../extension/lib/api-client';
import { sha256Hex } from '../../worker/lib/crypto';
import { bootstrap, call, callDeferred, callWith, countingD1, createDialogue, expectError, rowCount, webcastClip } from './helpers';

let tokenA: string;
let teamA: string;
let dialogueA: string;
let tokenB: string;
let teamB: string;
let dialogueB: string;

beforeAll(async () => {
  ({ token: tokenA, team: { id: teamA } } = await bootstrap('Idempotent A'));
  ({ id: dialogueA } = await createDialogue(tokenA));
  ({ token: tokenB, team: { id: teamB } } = await bootstrap('Idempotent B'));
  ({ id: dialogueB } = await createDialogue(tokenB));
});

const post = (token: string, key: string | null, clips: unknown[]) =>
  call('/clips', { token, body: { clips }, headers: key === null ? {} : { 'Idempotency-Key': key } });

const keyRow = (teamId: string, key: string) =>
  env.DB.prepare('SELECT body_hash, state, status, response, created_at, expires_at FROM idempotency_keys WHERE team_id = ? AND key = ?')
    .bind(teamId, key)
    .first<{ body_hash: string; state: string; status: number | null; response: string | null; created_at: string; expires_at: string }>();

const clipCount = (clips: { id: string }[]) => rowCount('clips', `id IN (${clips.map(() => '?').join(',')})`, ...clips.map((c) => c.id));
const revision = async (dialogueId: string) =>
  (await env.DB.prepare('SELECT clips_revision AS r FROM dialogues WHERE id = ?').bind(dialogueId).first<{ r: number }>())!.r;

/** An idempotency row written directly, as a request that is still running (or died) leaves it. */
async function insertKey(teamId: string, key: string, row: { bodyHash: string; state: 'in-flight' | 'done'; createdAt: Date; expiresAt: Date; status?: number; response?: string }) {
  await env.DB.prepare(
    'INSERT INTO idempotency_keys (team_id, key, body_hash, state, status, response, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
    .bind(teamId, key, row.bodyHash, row.state, row.status ?? null, row.response ?? null, row.createdAt.toISOString(), row.expiresAt.toISOString())
    .run();
}

const DAY = 24 * 60 * 60 * 1000;
const bodyOf = (clips: unknown[]) => JSON.stringify({ clips });

describe('POST /clips with an Idempotency-Key', () => {
  it('replays the first answer for the same key and body, writing nothing', async () => {
    const key = crypto.randomUUID();
    const batch = [webcastClip(dialogueA), webcastClip(dialogueA, { start: -1 })];
    const first = await post(tokenA, key, batch);
    expect(first.status).toBe(200);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const firstBody = await first.text();
    expect(JSON.parse(firstBody).results.map((r: ClipResult) => r.status)).toEqual(['stored', 'invalid']);
    expect(await keyRow(teamA, key)).toMatchObject({ state: 'done', status: 200, response: firstBody, body_hash: await sha256Hex(bodyOf(batch)) });
    const revisionBefore = await revision(dialogueA);

    // Were the batch run again, it would store this clip anew: the replay must not.
    await env.DB.prepare('DELETE FROM clips WHERE id = ?').bind(batch[0]!.id).run();
    const again = await post(tokenA, key, batch);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await again.text()).toBe(firstBody);
    expect(await clipCount(batch)).toBe(0);
    expect(await revision(dialogueA)).toBe(revisionBefore);
    expect(await rowCount('idempotency_keys', 'team_id = ? AND key = ?', teamA, key)).toBe(1);
  });

  it('stores each clip once when a batch is sent twice with its key', async () => {
    const key = crypto.randomUUID();
    const batch = [webcastClip(dialogueA), webcastClip(dialogueA)];
    const first = await (await post(tokenA, key, batch)).json();
    const second = await post(tokenA, key, batch);
    expect(await second.json()).toEqual(first);
    expect(await clipCount(batch)).toBe(2);
    expect(await rowCount('idempotency_keys', 'team_id = ? AND key = ?', teamA, key)).toBe(1);
  });

  it('refuses the same key with another body with 422, writing nothing', async () => {
    const key = crypto.randomUUID();
    await post(tokenA, key, [webcastClip(dialogueA)]);
    const before = await keyRow(teamA, key);
    const other = [webcastClip(dialogueA)];
    await expectError(await post(tokenA, key, other), 422, 'idempotency_key_reused');
    expect(await clipCount(other)).toBe(0);
    expect(await keyRow(teamA, key)).toEqual(before);
  });

  it('answers 409 with Retry-After while the first request is in flight, writing nothing', async () => {
    const key = crypto.randomUUID();
    const batch = [webcastClip(dialogueA)];
    await insertKey(teamA, key, { bodyHash: await sha256Hex(bodyOf(batch)), state: 'in-flight', createdAt: new Date(), expiresAt: new Date(Date.now() + 7 * DAY) });
    const before = await keyRow(teamA, key);
    const res = await post(tokenA, key, batch);
    expect(res.headers.get('Retry-After')).toBe('1');
    await expectError(res, 409, 'idempotency_key_in_flight');
    expect(await clipCount(batch)).toBe(0);
    expect(await keyRow(teamA, key)).toEqual(before);
  });

  it('takes over an in-flight claim older than 60 s (a request that died)', async () => {
    const key = crypto.randomUUID();
    const batch = [webcastClip(dialogueA)];
    const hash = await sha256Hex(bodyOf(batch));
    await insertKey(teamA, key, { bodyHash: hash, state: 'in-flight', createdAt: new Date(Date.now() - 61_000), expiresAt: new Date(Date.now() + 7 * DAY) });
    const res = await post(tokenA, key, batch);
    expect(res.status).toBe(200);
    expect((await res.json<{ results: ClipResult[] }>()).results).toEqual([{ index: 0, id: batch[0]!.id, status: 'stored' }]);
    expect(await clipCount(batch)).toBe(1);
    const row = await keyRow(teamA, key);
    expect(row).toMatchObject({ state: 'done', status: 200, body_hash: hash });
    expect(Date.parse(row!.created_at)).toBeGreaterThan(Date.now() - 10_000);
  });

  it('treats an expired key as new, and keeps a new key for 7 days', async () => {
    const key = crypto.randomUUID();
    const stale = { results: [{ index: 0, id: 'old', status: 'stored' }] };
    await insertKey(teamA, key, {
      bodyHash: 'another body',
      state: 'done',
      status: 200,
      response: JSON.stringify(stale),
      createdAt: new Date(Date.now() - 8 * DAY),
      expiresAt: new Date(Date.now() - DAY),
    });
    const batch = [webcastClip(dialogueA)];
    const res = await post(tokenA, key, batch);
    expect(res.status).toBe(200);
    expect(res.headers.get('Idempotent-Replayed')).toBeNull();
    expect((await res.json<{ results: ClipResult[] }>()).results).toEqual([{ index: 0, id: batch[0]!.id, status: 'stored' }]);
    const row = await keyRow(teamA, key);
    expect(row).toMatchObject({ state: 'done', body_hash: await sha256Hex(bodyOf(batch)) });
    const kept = Date.parse(row!.expires_at) - Date.parse(row!.created_at);
    expect(kept).toBe(7 * DAY);
  });

  it('deletes expired keys of the team after a new claim, leaving live ones and other teams alone', async () => {
    const past = { bodyHash: 'h', state: 'done' as const, status: 200, response: '{}', createdAt: new Date(Date.now() - 8 * DAY), expiresAt: new Date(Date.now() - DAY) };
    const live = { ...past, expiresAt: new Date(Date.now() + DAY) };
    const [expiredA, liveA, expiredB] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await insertKey(teamA, expiredA, past);
    await insertKey(teamA, liveA, live);
    await insertKey(teamB, expiredB, past);
    const res = await callWith({}, '/clips', { token: tokenA, body: { clips: [webcastClip(dialogueA)] }, headers: { 'Idempotency-Key': crypto.randomUUID() } });
    expect(res.status).toBe(200);
    expect(await rowCount('idempotency_keys', 'team_id = ? AND key = ?', teamA, expiredA)).toBe(0);
    expect(await rowCount('idempotency_keys', 'team_id = ? AND key = ?', teamA, liveA)).toBe(1);
    expect(await rowCount('idempotency_keys', 'team_id = ? AND key = ?', teamB, expiredB)).toBe(1);
  });

  it('keeps keys per team: another team may use the same key with its own body', async () => {
    const key = `shared-${crypto.randomUUID()}`;
    const batchA = [webcastClip(dialogueA)];
    const batchB = [webcastClip(dialogueB)];
    const resA = await post(tokenA, key, batchA);
    const resB = await post(tokenB, key, batchB);
    expect([resA.status, resB.status]).toEqual([200, 200]);
    expect(resB.headers.get('Idempotent-Replayed')).toBeNull();
    expect((await resB.json<{ results: ClipResult[] }>()).results).toEqual([{ index: 0, id: batchB[0]!.id, status: 'stored' }]);
    expect(await clipCount([...batchA, ...batchB])).toBe(2);
    expect(await keyRow(teamA, key)).toMatchObject({ body_hash: await sha256Hex(bodyOf(batchA)) });
    expect(await keyRow(teamB, key)).toMatchObject({ body_hash: await sha256Hex(bodyOf(batchB)) });
  });

  it.each([
    ['empty', ''],
    ['over 200 characters', 'k'.repeat(201)],
    ['with a space', 'two words'],
    ['with a tab', 'a\tb'],
    ['not ASCII', 'cl\u00e9'],
  ])('refuses a key that is %s with 400 naming Idempotency-Key, writing nothing', async (_, key) => {
    const batch = [webcastClip(dialogueA)];
    const keysBefore = await rowCount('idempotency_keys');
    const error = await expectError(await post(tokenA, key, batch), 400, 'validation_failed');
    expect(error.problems?.map((p) => p.path)).toEqual(['Idempotency-Key']);
    expect(error.message).toContain('Idempotency-Key');
    expect(await clipCount(batch)).toBe(0);
    expect(await rowCount('idempotency_keys')).toBe(keysBefore);
  });

  it('accepts a key of 200 visible ASCII characters', async () => {
    const key = '!~'.repeat(100);
    expect((await post(tokenA, key, [webcastClip(dialogueA)])).status).toBe(200);
    expect(await keyRow(teamA, key)).toMatchObject({ state: 'done' });
  });

  it('releases the key when the request fails, so a retry with it runs', async () => {
    const key = crypto.randomUUID();
    await expectError(await call('/clips', { token: tokenA, body: { clips: [] }, headers: { 'Idempotency-Key': key } }), 400, 'validation_failed');
    expect(await keyRow(teamA, key)).toBeNull();
    // A D1 that fails the clip insert: the claim was taken, processing threw, the claim is gone.
    const failing = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === 'batch') {
          return (statements: D1PreparedStatement[]) =>
            statements.length === 2 ? Promise.reject(new Error('D1_ERROR: simulated outage')) : target.batch(statements);
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const batch = [webcastClip(dialogueA)];
    const failed = await callWith({ DB: failing }, '/clips', { token: tokenA, body: { clips: batch }, headers: { 'Idempotency-Key': key } });
    expect(failed.status).toBe(500);
    expect(await keyRow(teamA, key)).toBeNull();
    expect(await clipCount(batch)).toBe(0);
    const retried = await post(tokenA, key, batch);
    expect(retried.status).toBe(200);
    expect(retried.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await clipCount(batch)).toBe(1);
  });

  it("works end to end with the extension's client and key (SHA-256 of the body), whose retry gets the first answer", async () => {
    const replayed: (string | null)[] = [];
    const client = createApiClient({ serverUrl: 'http://worker.test', token: tokenA }, async (input, init) => {
      const res = await exports.default.fetch(new Request(input, init));
      replayed.push(res.headers.get('Idempotent-Replayed'));
      return res;
    });
    const sent = [webcastClip(dialogueA), webcastClip(dialogueA, { start: 30, end: 40 })];
    const clips = sent as unknown as ClipInput[];
    // As extension/lib/outbox.ts makes it: the key is the hex SHA-256 of the exact body sent.
    const key = await sha256Hex(JSON.stringify({ clips }));
    const first = await client.postClips(clips, key);
    const retry = await client.postClips(clips, key);
    expect(first).toEqual({ ok: true, value: sent.map((c, index) => ({ index, id: c.id, status: 'stored' })) });
    expect(retry).toEqual(first);
    expect(replayed).toEqual([null, 'true']);
    expect(await keyRow(teamA, key)).toMatchObject({ state: 'done', body_hash: key });
    expect(await clipCount(sent)).toBe(2);
  });
});

describe('D1 statements of a 50-clip batch at response time', () => {
  async function count(key: string | null, clips: unknown[]) {
    const counting = countingD1(env.DB);
    const headers = key === null ? undefined : { 'Idempotency-Key': key };
    const { res, settled } = await callDeferred({ DB: counting.db }, '/clips', { token: tokenA, body: { clips }, headers });
    const atResponse = counting.statements();
    expect(res.status).toBe(200);
    await settled();
    return { atResponse, res };
  }

  it('are 3 without a key, 5 with a new key (claim, store the answer) and 3 for a replay', async () => {
    // Fresh token use first, so last_used_at is not rewritten during the count.
    expect((await call('/me', { token: tokenA })).status).toBe(200);
    const { id: fresh } = await createDialogue(tokenA);
    const batch = (n: number) => Array.from({ length: 50 }, (_, i) => webcastClip(fresh, { start: n + i, end: n + i + 0.5 }));
    const key = crypto.randomUUID();
    const keyed = batch(100);
    const without = await count(null, batch(0));
    const withKey = await count(key, keyed);
    const replay = await count(key, keyed);
    expect(replay.res.headers.get('Idempotent-Replayed')).toBe('true');
    expect({ without: without.atResponse, withKey: withKey.atResponse, replay: replay.atResponse }).toEqual({ without: 3, withKey: 5, replay: 3 });
  });
});
