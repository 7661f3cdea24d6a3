import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { BootstrapResult, Dialogue, Role } from '../../shared/schemas';
import app from '../../worker/index';
import { getDb } from '../../worker/db/client';
import { newApiToken, sha256Hex } from '../../worker/lib/crypto';
import { insertMemberWithToken } from '../../worker/repositories/teams';

export const BASE = 'http://worker.test/api/v1';

export interface CallOptions {
  method?: string;
  token?: string | null;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls the Worker as deployed (its default export), with a bearer token and a JSON body. */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  return exports.default.fetch(request(path, options));
}

export function request(path: string, { method, token, body, headers = {} }: CallOptions = {}): Request {
  const h = new Headers(headers);
  if (token) h.set('authorization', `Bearer ${token}`);
  let payload: string | undefined;
  if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    if (!h.has('content-type')) h.set('content-type', 'application/json');
  }
  return new Request(BASE + path, { method: method ?? (body === undefined ? 'GET' : 'POST'), headers: h, body: payload });
}

/** Runs the app with other bindings (a missing secret, a counting or failing DB). */
export async function callWith(bindings: Partial<Cloudflare.Env>, path: string, options: CallOptions = {}) {
  const ctx = createExecutionContext();
  const res = await app.fetch(request(path, options), { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/**
 * Runs the app with other bindings and answers as soon as the response is ready, before work it
 * left for after the response (waitUntil) has finished; `settled` waits for that work.
 */
export async function callDeferred(bindings: Partial<Cloudflare.Env>, path: string, options: CallOptions = {}) {
  const ctx = createExecutionContext();
  const res = await app.fetch(request(path, options), { ...env, ...bindings }, ctx);
  return { res, settled: () => waitOnExecutionContext(ctx) };
}

/** Asserts the status and the error code, and returns the error body. */
export async function expectError(res: Response, status: number, code: string) {
  const body = (await res.json()) as { error: { code: string; message: string; problems?: { path: string; message: string }[] } };
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

export async function bootstrap(teamName = 'Alliance of NGOs', adminName = 'Ada'): Promise<BootstrapResult> {
  const res = await call('/bootstrap', { token: env.BOOTSTRAP_TOKEN, body: { teamName, adminName } });
  expect(res.status).toBe(201);
  return res.json();
}

/** A further member of a team with its own token, written straight through the repository. */
export async function addMember(teamId: string, role: Role, name = `${role} member`): Promise<string> {
  const token = newApiToken();
  await insertMemberWithToken(
    getDb(env.DB),
    { id: crypto.randomUUID(), teamId, name, role },
    { id: crypto.randomUUID(), hash: await sha256Hex(token), prefix: token.slice(0, 8), role },
  );
  return token;
}

export const dialogueInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Constructive Dialogue on Trafficking in Persons',
  theme: 'trafficking-in-persons',
  date: '2026-07-01',
  webcastUrl: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p',
  recordingStartedAt: '2026-07-01T13:00:00Z',
  ...overrides,
});

export async function createDialogue(token: string, overrides: Record<string, unknown> = {}): Promise<Dialogue> {
  const res = await call('/dialogues', { token, body: dialogueInput(overrides) });
  expect(res.status).toBe(201);
  return res.json();
}

export const webcastClip = (dialogueId: string, overrides: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(),
  dialogueId,
  kind: 'webcast',
  clock: 'recording',
  start: 10,
  end: 20,
  speaker: 'France',
  tags: ['victims'],
  note: 'asked for more NGO seats',
  capturedAt: '2026-07-01T13:05:00Z',
  ...overrides,
});

export const pageClip = (dialogueId: string, overrides: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(),
  dialogueId,
  kind: 'page',
  url: 'https://www.unodc.org/statement.html',
  quote: { exact: 'We support civil society', prefix: 'Chair, ', suffix: '.' },
  speaker: 'Mexico',
  capturedAt: '2026-07-01T13:06:00Z',
  ...overrides,
});

export async function rowCount(table: string, where = '1 = 1', ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...params)
    .first<{ n: number }>();
  return row!.n;
}

/**
 * The real D1 binding, counting the statements it executes (each one in a batch counts). Only
 * counts; every call still reaches the real database.
 */
export function countingD1(db: D1Database): { db: D1Database; statements: () => number } {
  let count = 0;
  const wrapStatement = (stmt: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(stmt, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop === 'bind') return (...args: unknown[]) => wrapStatement(target.bind(...args));
        if (prop === 'first' || prop === 'run' || prop === 'all' || prop === 'raw') {
          return (...args: unknown[]) => {
            count++;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (query: string) => wrapStatement(target.prepare(query));
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          count += statements.length;
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: wrapped, statements: () => count };
}

/** A dialogue's input revision and the revision its stored record was assembled from. */
export async function revisions(dialogueId: string): Promise<{ clips: number; assembled: number }> {
  const row = await env.DB.prepare('SELECT clips_revision AS clips, assembled_revision AS assembled FROM dialogues WHERE id = ?')
    .bind(dialogueId)
    .first<{ clips: number; assembled: number }>();
  return row!;
}
