import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedOrigins } from '../../worker/middleware/cors';
import { bootstrap, call, callWith, expectError } from './helpers';

// ALLOWED_ORIGINS of the worker test project (vitest.config.ts): these two, comma and space separated.
const CHROME = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FIREFOX = 'moz-extension://0f6e2c1a-8d4b-4e7f-9a3c-5b2d1e0f9a8c';

let token: string;

beforeAll(async () => {
  ({ token } = await bootstrap());
});

const preflight = (origin: string | null, path = '/dialogues', method = 'PATCH') =>
  call(path, {
    method: 'OPTIONS',
    headers: {
      ...(origin ? { origin } : {}),
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });

const corsHeaders = (res: Response) => [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));

describe('CORS preflight', () => {
  it.each([CHROME, FIREFOX])('answers an allowed origin (%s) 204 with what the extension needs', async (origin) => {
    const res = await preflight(origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')?.split(',')).toEqual(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);
    expect(res.headers.get('access-control-allow-headers')?.split(',')).toEqual(['Authorization', 'Content-Type', 'Idempotency-Key']);
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(await res.text()).toBe('');
  });

  it('needs no token, even for routes that do', async () => {
    expect((await preflight(CHROME, '/tokens/00000000-0000-4000-8000-000000000000', 'DELETE')).status).toBe(204);
  });

  it.each([
    ['a web page', 'https://evil.example'],
    ['another extension', 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'],
    ['an allowed origin with a suffix', `${CHROME}.evil.example`],
    ['an allowed origin with a path', `${CHROME}/`],
    ['an allowed origin in other case', CHROME.toUpperCase()],
    ['the null origin', 'null'],
  ])('refuses %s with 403 and no CORS header', async (_, origin) => {
    const res = await preflight(origin);
    expect(corsHeaders(res)).toEqual([]);
    await expectError(res, 403, 'forbidden');
  });
});

describe('CORS on ordinary requests', () => {
  it('lets an allowed origin read answers, errors included, and Retry-After', async () => {
    const ok = await call('/me', { token, headers: { origin: CHROME } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(CHROME);
    expect(ok.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(ok.headers.get('vary')).toMatch(/\bOrigin\b/);

    for (const res of [
      await call('/me', { headers: { origin: FIREFOX } }),
      await call('/no-such-route', { token, headers: { origin: FIREFOX } }),
      await call('/dialogues', { token, body: '{', headers: { origin: FIREFOX } }),
    ]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('access-control-allow-origin')).toBe(FIREFOX);
    }
  });

  it('serves another origin as before but with no CORS header, so its page cannot read the answer', async () => {
    const res = await call('/me', { token, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual([]);
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('serves a request without Origin (the extension background, curl) as before', async () => {
    const res = await call('/me', { token });
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual([]);
    expect((await call('/health')).status).toBe(200);
  });

  it('treats OPTIONS without Origin as no preflight: no route answers it', async () => {
    const res = await preflight(null);
    expect(corsHeaders(res)).toEqual([]);
    await expectError(res, 404, 'not_found');
  });
});

describe('ALLOWED_ORIGINS', () => {
  it('allows nobody when empty, and never everybody', async () => {
    for (const value of ['', '*', ' , ']) {
      const res = await callWith({ ALLOWED_ORIGINS: value }, '/me', { token, headers: { origin: CHROME } });
      expect(res.status).toBe(200);
      expect(corsHeaders(res)).toEqual([]);
      const pre = await callWith({ ALLOWED_ORIGINS: value }, '/me', { method: 'OPTIONS', headers: { origin: CHROME, 'access-control-request-method': 'GET' } });
      expect(pre.status).toBe(403);
    }
  });

  it('is read as exact origins, trimmed, comma-separated', () => {
    expect([...allowedOrigins(env.ALLOWED_ORIGINS)]).toEqual([CHROME, FIREFOX]);
    expect([...allowedOrigins(' a://x ,, *, b://y')]).toEqual(['a://x', 'b://y']);
    expect([...allowedOrigins(undefined)]).toEqual([]);
  });
});
