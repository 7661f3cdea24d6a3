import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenCreateResult } from '../../shared/schemas';
import { RATE_LIMIT_PERIOD_S } from '../../worker/middleware/rate-limit';
import { bootstrap, call, callWith, createDialogue, expectError, rowCount, webcastClip, type CallOptions } from './helpers';

// Real rate-limit bindings of the local runtime: RATE_LIMITER as wrangler.toml configures it
// (600 per 60 s), TEST_TINY_RATE_LIMITER the same kind with a limit of 3 (vitest.config.ts).
const TINY_LIMIT = 3;
const PRODUCTION_LIMIT = 600;

let admin: string;

beforeAll(async () => {
  ({ token: admin } = await bootstrap());
});

async function newToken(): Promise<{ secret: string; id: string }> {
  const made = await (await call('/tokens', { token: admin, body: {} })).json<TokenCreateResult>();
  return { secret: made.secret, id: made.token.id };
}

const tiny = (path: string, options: CallOptions = {}) => callWith({ RATE_LIMITER: env.TEST_TINY_RATE_LIMITER }, path, options);

// The local limiter counts in windows aligned to the clock. A burst that straddles a boundary
// starts counting again midway, so such a burst is simply run again with a fresh token.
const windowOf = () => Math.floor(Date.now() / (RATE_LIMIT_PERIOD_S * 1000));

async function withinOneWindow<T>(burst: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const before = windowOf();
    const result = await burst();
    if (windowOf() === before || attempt === 2) return result;
  }
}

describe('rate limit per token', () => {
  it('answers 429 rate_limited with Retry-After once a token is over its limit', async () => {
    const { statuses, over } = await withinOneWindow(async () => {
      const { secret } = await newToken();
      const statuses: number[] = [];
      for (let i = 0; i < TINY_LIMIT; i++) statuses.push((await tiny('/me', { token: secret })).status);
      return { statuses, over: await tiny('/me', { token: secret }) };
    });
    expect(statuses).toEqual([200, 200, 200]);
    expect(over.headers.get('retry-after')).toBe(String(RATE_LIMIT_PERIOD_S));
    const error = await expectError(over, 429, 'rate_limited');
    expect(error.message).toMatch(/try again in 60 s/);
  });

  it('writes nothing for a refused request', async () => {
    const dialogue = await createDialogue(admin);
    const before = await rowCount('clips');
    const res = await withinOneWindow(async () => {
      const { secret } = await newToken();
      for (let i = 0; i < TINY_LIMIT; i++) await tiny('/me', { token: secret });
      return tiny('/clips', { token: secret, body: { clips: [webcastClip(dialogue.id)] } });
    });
    await expectError(res, 429, 'rate_limited');
    expect(await rowCount('clips')).toBe(before);
  });

  it("counts each token apart, keyed by the token's id and never its secret", async () => {
    const seen = await withinOneWindow(async () => {
      const first = await newToken();
      const second = await newToken();
      for (let i = 0; i < TINY_LIMIT; i++) await tiny('/me', { token: first.secret });
      return {
        first: (await tiny('/me', { token: first.secret })).status,
        // The same member's other token still has its whole allowance.
        second: (await tiny('/me', { token: second.secret })).status,
        // The binding itself agrees on the key: the first token's id is spent, the second's is not.
        firstId: (await env.TEST_TINY_RATE_LIMITER.limit({ key: `token:${first.id}` })).success,
        secondId: (await env.TEST_TINY_RATE_LIMITER.limit({ key: `token:${second.id}` })).success,
        firstSecret: (await env.TEST_TINY_RATE_LIMITER.limit({ key: first.secret })).success,
      };
    });
    expect(seen).toEqual({ first: 429, second: 200, firstId: false, secondId: true, firstSecret: true });
  });

  it('counts every route with a token, whatever its answer', async () => {
    const res = await withinOneWindow(async () => {
      const { secret } = await newToken();
      await tiny('/dialogues', { token: secret });
      await tiny(`/dialogues/${crypto.randomUUID()}`, { token: secret }); // 404
      await tiny('/tokens', { token: secret, body: { role: 'owner' } }); // 400
      return tiny('/tokens', { token: secret });
    });
    await expectError(res, 429, 'rate_limited');
  });

  it('leaves health, openapi.json and bootstrap alone, and refuses unknown tokens with 401, not 429', async () => {
    for (let i = 0; i < TINY_LIMIT + 2; i++) {
      expect((await tiny('/health')).status).toBe(200);
      expect((await tiny('/openapi.json')).status).toBe(200);
      await expectError(await tiny('/me', { token: 'udc_unknown' }), 401, 'unauthorized');
    }
    for (let i = 0; i < TINY_LIMIT + 1; i++) {
      const res = await tiny('/bootstrap', { token: env.BOOTSTRAP_TOKEN, body: { teamName: `T${i}`, adminName: 'A' } });
      expect(res.status).toBe(201);
    }
  });

  it(`allows ${PRODUCTION_LIMIT} requests per ${RATE_LIMIT_PERIOD_S} s with the binding wrangler.toml configures, then 429`, async () => {
    const { statuses, over } = await withinOneWindow(async () => {
      const { secret } = await newToken();
      const statuses = new Map<number, number>();
      // In parallel batches, as an eager client would send them; each request is still counted.
      for (let sent = 0; sent < PRODUCTION_LIMIT; sent += 50) {
        const batch = await Promise.all(Array.from({ length: 50 }, () => call('/me', { token: secret })));
        for (const r of batch) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }
      return { statuses, over: await call('/me', { token: secret }) };
    });
    expect(Object.fromEntries(statuses)).toEqual({ 200: PRODUCTION_LIMIT });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('60');
  }, 60_000);
});
