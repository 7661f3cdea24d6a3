import { createMiddleware } from 'hono/factory';
import { cors } from 'hono/cors';
import type { PublicEnv } from '../env';
import { errorBody, forbidden } from '../errors';

const ALLOW_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key'];
const EXPOSE_HEADERS = ['Retry-After'];
/** How long a browser may cache a preflight answer (seconds). */
export const PREFLIGHT_MAX_AGE_S = 600;

/** The exact origins named in ALLOWED_ORIGINS (comma-separated); no wildcards. */
export function allowedOrigins(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '' && o !== '*'));
}

const allowedCors = cors({
  origin: (origin) => origin,
  allowMethods: ALLOW_METHODS,
  allowHeaders: ALLOW_HEADERS,
  exposeHeaders: EXPOSE_HEADERS,
  maxAge: PREFLIGHT_MAX_AGE_S,
});

/**
 * CORS for the configured extension origins only. Any other origin gets no CORS header at all
 * (and its preflight a 403), so no web page can read an answer. A request without Origin (the
 * extension's background with host permissions, curl) is served as it always was.
 */
export const corsForExtensions = createMiddleware<PublicEnv>(async function corsForExtensions(c, next) {
  const origin = c.req.header('origin');
  if (origin !== undefined && allowedOrigins(c.env.ALLOWED_ORIGINS).has(origin)) return allowedCors(c, next);
  const preflight = c.req.method === 'OPTIONS' && origin !== undefined && c.req.header('access-control-request-method') !== undefined;
  if (preflight) return c.json(errorBody(forbidden('This origin may not call the API')), 403);
  await next();
  // Answers differ by Origin, so a cache must not hand this one to an allowed origin.
  c.header('Vary', 'Origin', { append: true });
});
