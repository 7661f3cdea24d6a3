/**
 * A real HTTP server on 127.0.0.1 that implements the parts of the API the extension uses, in
 * memory: POST /clips is idempotent by clip id, like the Worker. It can be switched into failure
 * modes, or closed so that connections are refused.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClipInputSchema, toProblems, type ClipResult, type Dialogue } from '../../../shared/schemas';
import { myClipsRoute, type ClipReview } from './my-clips-routes';

export const TOKEN = 'udc_test-token';

export type Mode =
  | { kind: 'ok' }
  | { kind: 'unavailable'; retryAfter?: string }
  /** Stores the batch, then drops the connection before answering (a lost answer). */
  | { kind: 'drop-after-store' };

export interface ClipPost {
  ids: string[];
  idempotencyKey: string | null;
  answered: 200 | 503 | 'dropped';
}

function idsOf(body: string): string[] {
  const clips = (JSON.parse(body) as { clips: { id?: unknown }[] }).clips;
  return clips.map((c) => String(c.id));
}

function keyOf(req: IncomingMessage): string | null {
  return (req.headers['idempotency-key'] as string | undefined) ?? null;
}

export interface ClipServer {
  url: string;
  port: number;
  /** Every clip id the server holds, with its body as first stored. */
  stored: Map<string, string>;
  /** Every POST /clips that reached the handler, in order. */
  posts: ClipPost[];
  dialogues: Dialogue[];
  mode: Mode;
  /** Clips a reviewer has reviewed or edited: PATCH /clips/{id} answers 409 for them. */
  reviews: Map<string, ClipReview>;
  /** Every PATCH /clips/{id} that reached the handler, in order. */
  patches: { id: string; body: unknown }[];
  /** Stop listening: new connections are refused. */
  down(): Promise<void>;
  /** Listen again on the same port. */
  up(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startClipServer(): Promise<ClipServer> {
  const state: ClipServer = {
    url: '',
    port: 0,
    stored: new Map(),
    posts: [],
    dialogues: [],
    mode: { kind: 'ok' },
    reviews: new Map(),
    patches: [],
    down,
    up,
  };
  let server: Server | null = null;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Page tests run in happy-dom, whose fetch applies CORS; the Worker allows extension origins.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PATCH',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Accept',
      });
      return void res.end();
    }
    const body = await readBody(req);
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return json(res, 401, { error: { code: 'unauthorized', message: 'Missing or unknown token' } });
    }
    const mode = state.mode;
    if (mode.kind === 'unavailable') {
      if (req.url === '/api/v1/clips') state.posts.push({ ids: idsOf(body), idempotencyKey: keyOf(req), answered: 503 });
      return json(res, 503, { error: { code: 'unavailable', message: 'Try later' } }, mode.retryAfter ? { 'Retry-After': mode.retryAfter } : {});
    }
    if (req.method === 'GET' && req.url === '/api/v1/me') {
      return json(res, 200, {
        team: { id: '7b0c1f2e-8a4d-4c1b-9f3e-2d5a6b7c8d9e', name: 'Alliance Observers' },
        member: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Amina', role: 'observer' },
      });
    }
    if (req.method === 'GET' && req.url === '/api/v1/dialogues') return json(res, 200, { dialogues: state.dialogues });
    if (req.method === 'POST' && req.url === '/api/v1/clips') {
      const clips = (JSON.parse(body) as { clips: unknown[] }).clips;
      state.posts.push({ ids: idsOf(body), idempotencyKey: keyOf(req), answered: mode.kind === 'ok' ? 200 : 'dropped' });
      const results: ClipResult[] = clips.map((raw, index) => {
        const parsed = ClipInputSchema.safeParse(raw);
        if (!parsed.success) return { index, id: null, status: 'invalid', problems: toProblems(parsed.error) };
        const text = JSON.stringify(parsed.data);
        const before = state.stored.get(parsed.data.id);
        if (before !== undefined && before !== text) return { index, id: parsed.data.id, status: 'conflict' };
        state.stored.set(parsed.data.id, text);
        return { index, id: parsed.data.id, status: 'stored' };
      });
      if (mode.kind === 'drop-after-store') {
        req.socket.destroy();
        return;
      }
      return json(res, 200, { results });
    }
    const mine = myClipsRoute(state, req, body);
    if (mine) return json(res, mine.status, mine.body);
    json(res, 404, { error: { code: 'not_found', message: 'No such route' } });
  }

  function listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const s = createServer((req, res) => {
        handle(req, res).catch((err: unknown) => json(res, 500, { error: { code: 'internal', message: String(err) } }));
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        state.port = (s.address() as AddressInfo).port;
        state.url = `http://127.0.0.1:${state.port}`;
        resolve();
      });
    });
  }

  async function down(): Promise<void> {
    const s = server;
    server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  async function up(): Promise<void> {
    if (!server) await listen(state.port);
  }

  await listen(0);
  return state;
}
