// The bad-input corpus' table runner: each case is one request that must be refused with a 4xx and
// a JSON error naming the field, and must leave every table of the real D1 database as it was.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterAll, expect, it } from 'vitest';
import app from '../../worker/index';
import { BASE } from './helpers';

/** The corpus' placeholders: `{name}` in a path or a string body is replaced with `ids[name]`. */
export interface Fixture {
  tokens: Record<string, string>;
  ids: Record<string, string>;
}

export interface BadCase {
  name: string;
  method: string;
  /** Under /api/v1 unless it starts with `/share/`. */
  path: string;
  /** A key of `fixture.tokens`, or none. */
  as?: string;
  /** Raw text, raw bytes or a stream are sent as they are; anything else as JSON. */
  body?: unknown;
  /** Defaults to application/json when there is a body; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /**
   * A problem must name this path (or a path under it). A 404 for a well-formed id that names
   * nothing has no problems; `message` then checks that it names the kind of thing.
   */
  field?: string;
  message?: RegExp;
  /**
   * POST /clips answers each clip on its own: a well-formed batch is a 200 whose results refuse the
   * bad clips (`invalid`, naming the field, nothing written). One field per clip sent.
   */
  clipFields?: string[];
}

/** A well-formed UUID that names nothing. */
export const NO_SUCH = '5b0a3c1e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';

const UTF8 = new TextEncoder();

export function toRequest(c: BadCase, f: Fixture): Request {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => f.ids[k] ?? `{${k}}`);
  const url = c.path.startsWith('/share/') ? new URL(BASE).origin + fill(c.path) : BASE + fill(c.path);
  const headers = new Headers(c.headers);
  if (c.as) headers.set('authorization', `Bearer ${f.tokens[c.as] ?? c.as}`);
  let body: BodyInit | undefined;
  if (c.body !== undefined) {
    if (typeof c.body === 'string') body = fill(c.body);
    else if (c.body instanceof Uint8Array || c.body instanceof ReadableStream) body = c.body as BodyInit;
    else body = fill(JSON.stringify(c.body));
    if (c.contentType !== null) headers.set('content-type', c.contentType ?? 'application/json');
  } else if (c.contentType) headers.set('content-type', c.contentType);
  return new Request(url, { method: c.method, headers, body });
}

/** Every table's row count and a SHA-256 of all its rows, read from the real database in one batch. */
export async function snapshot(): Promise<Record<string, { rows: number; sha256: string }>> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
  ).all<{ name: string }>();
  const contents = await env.DB.batch(tables.map(({ name }) => env.DB.prepare(`SELECT * FROM "${name}"`)));
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const [i, { name }] of tables.entries()) {
    const rows = contents[i]!.results.map((r) => JSON.stringify(r)).sort();
    const digest = await crypto.subtle.digest('SHA-256', UTF8.encode(rows.join('\n')));
    out[name] = { rows: rows.length, sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') };
  }
  return out;
}

/** Runs the app and waits for the work it leaves for after the response, so nothing writes later. */
export async function send(request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

type ErrorJson = { error?: { code?: string; message?: string; problems?: { path: string; message: string }[] } };

/** Asserts one refusal: status, JSON error shape, the field named, and the database untouched. */
export async function expectRefused(c: BadCase, f: Fixture): Promise<void> {
  const before = await snapshot();
  const res = await send(toRequest(c, f));
  const text = await res.text();
  const where = `${c.method} ${c.path} (${c.name}): ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, where).toBe(c.status);
  if (c.clipFields) {
    const { results } = JSON.parse(text) as { results: { status: string; problems?: { path: string }[] }[] };
    expect(results.map((r) => r.status), where).toEqual(c.clipFields.map(() => 'invalid'));
    results.forEach((r, i) => expect(r.problems?.map((p) => p.path), where).toContain(c.clipFields![i]));
  } else {
    expect(res.status, where).toBeGreaterThanOrEqual(400);
    expect(res.status, where).toBeLessThan(500);
  }
  if (c.code !== 'html' && !c.clipFields) {
    expect(res.headers.get('content-type'), where).toMatch(/^application\/json/);
    const body = JSON.parse(text) as ErrorJson;
    expect(body.error?.code, where).toBe(c.code);
    expect(body.error?.message, where).toEqual(expect.any(String));
    if (c.field !== undefined) {
      const paths = (body.error?.problems ?? []).map((p) => p.path);
      expect(
        paths.some((p) => p === c.field || p.startsWith(`${c.field}.`)),
        `${where}\nproblems name ${JSON.stringify(paths)}, not ${c.field}`,
      ).toBe(true);
    }
    if (c.message) expect(body.error?.message, where).toMatch(c.message);
  }
  expect(await snapshot(), `${where}\nthe database changed`).toEqual(before);
}

/**
 * Registers one test per case (in order, sharing the fixture) and prints how many requests this
 * file sent and saw refused, for BENCHMARKS.md.
 */
export function refuseAll(label: string, fixture: () => Fixture, cases: BadCase[]): void {
  let refused = 0;
  it.for(cases.map((c) => [`${c.method} ${c.path}: ${c.name}`, c] as const))('%s', async ([, c]) => {
    await expectRefused(c, fixture());
    refused++;
  });
  afterAll(() => {
    console.log(`bad-input corpus (${label}): ${cases.length} requests sent, ${refused} refused with a 4xx, database unchanged`);
  });
}

/** A body one byte over `limit`, as valid JSON text. */
export const oversized = (limit: number, field = 'note') => {
  const shell = `{"${field}":""}`;
  return `{"${field}":"${'x'.repeat(limit + 1 - shell.length + 1)}"}`;
};

/** `count` bytes of JSON in 1 MB chunks from one buffer, so a 64 MB body never sits in memory. */
export function streamedBody(count: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= count) return controller.close();
      const n = Math.min(chunk.length, count - sent);
      controller.enqueue(n === chunk.length ? chunk.slice() : chunk.slice(0, n));
      sent += n;
    },
  });
}

/** `{"field": [[[…]]]}` nested `depth` levels deep. */
export const deeplyNested = (field: string, depth = 10_000) => `{"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** JSON text whose string value holds bytes that are not UTF-8. */
export function invalidUtf8(json: string, marker = '@@'): Uint8Array {
  const [head, tail] = json.split(marker) as [string, string];
  return new Uint8Array([...UTF8.encode(head), 0xff, 0xfe, 0xc3, 0x28, ...UTF8.encode(tail)]);
}

/**
 * The cases every JSON body route gets: malformed JSON, NaN/Infinity tokens, wrong and missing
 * content types, a body over the limit, not an object, an unknown field, deep nesting, bad UTF-8.
 * `valid` is a body the route would accept; `field` one of its fields, a string unless `numeric`.
 */
export function bodyCases(
  route: { method: string; path: string; as?: string; limit?: number },
  valid: Record<string, unknown>,
  field: string,
  numeric = false,
): BadCase[] {
  const base = { method: route.method, path: route.path, as: route.as };
  const json = JSON.stringify(valid);
  const withRaw = (raw: string) => json.replace(/\}$/, `${json === '{}' ? '' : ','}"${field}":${raw}}`).replace(/^\{,/, '{');
  const limit = route.limit ?? 1024 * 1024;
  return [
    { ...base, name: 'malformed JSON', body: json.slice(0, -1), status: 400, code: 'invalid_json' },
    { ...base, name: 'NaN token', body: withRaw('NaN'), status: 400, code: 'invalid_json' },
    { ...base, name: 'Infinity token', body: withRaw('Infinity'), status: 400, code: 'invalid_json' },
    { ...base, name: 'empty body', body: '', status: 400, code: 'invalid_json' },
    { ...base, name: 'text/plain content type', body: json, contentType: 'text/plain', status: 415, code: 'unsupported_media_type' },
    { ...base, name: 'form content type', body: json, contentType: 'application/x-www-form-urlencoded', status: 415, code: 'unsupported_media_type' },
    { ...base, name: 'no content type', body: json, contentType: null, status: 415, code: 'unsupported_media_type' },
    {
      ...base,
      name: `body over ${limit} bytes`,
      body: limit > 2 * 1024 * 1024 ? streamedBody(limit + 1) : oversized(limit, field),
      status: 413,
      code: 'payload_too_large',
    },
    { ...base, name: 'a JSON array', body: [valid], status: 400, code: 'validation_failed', field: '(body)' },
    { ...base, name: 'JSON null', body: 'null', status: 400, code: 'validation_failed', field: '(body)' },
    { ...base, name: 'unknown field', body: { ...valid, isAdmin: true }, status: 400, code: 'validation_failed', field: 'isAdmin' },
    { ...base, name: 'prototype pollution key', body: json.replace(/^\{/, '{"__proto__":{"role":"admin"},'), status: 400, code: 'validation_failed', field: '__proto__' },
    { ...base, name: '10,000 levels of nesting', body: deeplyNested(field), status: 400, code: 'validation_failed', field },
    { ...base, name: 'invalid UTF-8', body: invalidUtf8(withRaw('"@@"')), status: 400, code: 'invalid_json' },
    numeric
      ? { ...base, name: 'wrong type (string for a number)', body: { ...valid, [field]: '42' }, status: 400, code: 'validation_failed', field }
      : { ...base, name: 'wrong type (number for a string)', body: { ...valid, [field]: 42 }, status: 400, code: 'validation_failed', field },
    { ...base, name: `1e999 for a ${numeric ? 'number' : 'string'}`, body: withRaw('1e999'), status: 400, code: 'validation_failed', field },
  ];
}
