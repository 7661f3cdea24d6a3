import { createMiddleware } from 'hono/factory';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { getDb } from '../db/client';
import type { AuthedEnv } from '../env';
import { invalid } from '../errors';
import { sha256Hex } from '../lib/crypto';
import { afterResponse, waitUntil } from '../lib/wait-until';
import { claimKey, completeKey, deleteExpiredKeys, findKey, releaseKey, type Claim } from '../repositories/idempotency-keys';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Days, not minutes: an observer's outbox may retry a batch after a night offline. */
export const KEY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** An in-flight claim this old belongs to a request that died; a retry may take it over. */
export const STALE_CLAIM_MS = 60 * 1000;

const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

/**
 * Idempotency-Key for a POST, per team (use after requireAuth). Without the header the request
 * runs as it would. With it, the first request claims the key, runs, and stores a 2xx answer; a
 * retry with the same body gets that answer again (`Idempotent-Replayed: true`) and writes
 * nothing. Another body under the key is 422, a key still running 409. A request that fails
 * (thrown, or any non-2xx answer) releases its claim, so the retry runs afresh.
 */
export const idempotency = createMiddleware<AuthedEnv>(async function idempotency(c, next) {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return next();
  if (!KEY_FORMAT.test(key)) {
    throw invalid(
      [{ path: IDEMPOTENCY_HEADER, message: 'must be 1 to 200 visible ASCII characters' }],
      `The ${IDEMPOTENCY_HEADER} header must be 1 to 200 visible ASCII characters`,
    );
  }
  const db = getDb(c.env.DB);
  const teamId = c.var.caller.team.id;
  // Hono caches the text, so the body validator parses these same bytes.
  const bodyHash = await sha256Hex(await c.req.text());
  const now = new Date();
  const claim: Claim = {
    teamId,
    key,
    bodyHash,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + KEY_TTL_MS).toISOString(),
  };

  if (!(await claimKey(db, claim, claim.createdAt, new Date(now.getTime() - STALE_CLAIM_MS).toISOString()))) {
    const held = await findKey(db, teamId, key);
    if (held && held.bodyHash !== bodyHash) {
      return c.json(
        { error: { code: 'idempotency_key_reused', message: `This ${IDEMPOTENCY_HEADER} was already used with another request body` } },
        422,
      );
    }
    if (held?.state === 'done' && held.status !== null && held.response !== null) {
      return c.body(held.response, held.status as ContentfulStatusCode, {
        'Content-Type': 'application/json',
        'Idempotent-Replayed': 'true',
      });
    }
    // Still running, or released between the two reads: either way, the client retries shortly.
    return c.json(
      { error: { code: 'idempotency_key_in_flight', message: `A request with this ${IDEMPOTENCY_HEADER} is still being processed` } },
      409,
      { 'Retry-After': '1' },
    );
  }
  try {
    await next();
  } catch (err) {
    await releaseKey(db, claim);
    throw err;
  }
  if (c.error || c.res.status < 200 || c.res.status >= 300) {
    await releaseKey(db, claim);
    return;
  }
  await completeKey(db, claim, c.res.status, await c.res.clone().text());
  // Expired rows are ignored anyway; deleting a few per new key keeps the table small, off the answer's time.
  waitUntil(c, afterResponse().then(() => deleteExpiredKeys(db, teamId, claim.createdAt)), 'deleting expired idempotency keys');
});
