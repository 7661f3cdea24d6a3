import { createMiddleware } from 'hono/factory';
import type { PublicEnv } from '../env';
import { unauthorized, unavailable } from '../errors';
import { secretsEqual } from '../lib/crypto';
import { bearerToken } from './auth';

/**
 * Admits a request whose bearer is the BOOTSTRAP_TOKEN secret. Runs before body validation, so
 * a caller without the secret learns nothing about the body either.
 */
export const requireBootstrapSecret = createMiddleware<PublicEnv>(async function requireBootstrapSecret(c, next) {
  const secret = c.env.BOOTSTRAP_TOKEN;
  if (!secret) {
    throw unavailable('bootstrap_disabled', 'Bootstrap is switched off: set the BOOTSTRAP_TOKEN secret to enable it');
  }
  const presented = bearerToken(c.req.header('authorization'));
  if (!presented || !(await secretsEqual(presented, secret))) {
    throw unauthorized('The bootstrap secret is missing or wrong');
  }
  await next();
});
