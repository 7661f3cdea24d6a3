import { createMiddleware } from 'hono/factory';
import type { ErrorBody } from '../../shared/schemas';
import type { AuthedEnv } from '../env';

/**
 * The window of the RATE_LIMITER binding in wrangler.toml ([[ratelimits]] simple.period, 10 or 60):
 * the binding does not report it, so Retry-After says the longest a caller may have to wait.
 */
export const RATE_LIMIT_PERIOD_S = 60;

/**
 * Counts each request against its token (keyed by the token's id, never the secret) and answers
 * 429 with Retry-After once the token is over the limit. Runs after auth, so unknown tokens are
 * refused by auth and never reach the counter.
 */
export const rateLimitPerToken = createMiddleware<AuthedEnv>(async function rateLimitPerToken(c, next) {
  const limiter = c.env.RATE_LIMITER;
  if (limiter) {
    const { success } = await limiter.limit({ key: `token:${c.var.caller.tokenId}` });
    if (!success) {
      const body: ErrorBody = {
        error: { code: 'rate_limited', message: `Too many requests for this token: try again in ${RATE_LIMIT_PERIOD_S} s` },
      };
      return c.json(body, 429, { 'Retry-After': String(RATE_LIMIT_PERIOD_S) });
    }
  }
  await next();
});
