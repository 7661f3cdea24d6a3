import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/schemas';
import { getDb } from '../db/client';
import type { AuthedEnv } from '../env';
import { forbidden, unauthorized } from '../errors';
import { waitUntil } from '../lib/wait-until';
import { atLeast, authenticate } from '../services/auth';
import { rateLimitPerToken } from './rate-limit';

/** Reads `Authorization: Bearer <token>`; null when the header is absent or not a bearer. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** Finds the caller from their API token and puts them on the context as `caller`. */
export const requireAuth = createMiddleware<AuthedEnv>(async function requireAuth(c, next) {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) throw unauthorized();
  const db = getDb(c.env.DB);
  const auth = await authenticate(db, token, new Date());
  if (!auth) throw unauthorized('The API token is unknown or revoked');
  c.set('caller', auth.caller);
  if (auth.touch) waitUntil(c, auth.touch(), 'updating last_used_at');
  // Every authenticated route is counted per token, so the limit lives where the token is known.
  return rateLimitPerToken(c, next);
});

/** Admits callers whose role is at least `role`; use after requireAuth. */
export function requireRole(role: Role) {
  return createMiddleware<AuthedEnv>(async function requireRole(c, next) {
    if (!atLeast(c.var.caller.role, role)) throw forbidden(`This needs the ${role} role`);
    await next();
  });
}
