/**
 * A small in-memory stand-in for the Worker's review routes, as a fetch function for the typed
 * client, so that page tests go page -> background -> client -> "server" and can assert what was
 * sent. It follows the review contract: versions, 409 with the current state, 400 naming fields,
 * revisions with restore, split and merge, and the record saying which merge or split an undo takes back.
 */
import type { MemberSummary } from '../../../shared/schemas';
import type { ReviewDialogue, ReviewIntervention, Revision } from '../../../extension/lib/review-schemas';
import { DIALOGUE } from './fixtures';

export const ME = { id: 'a1a1a1a1-0000-4000-8000-000000000001', name: 'Amina', role: 'reviewer' as const };
export const BORIS = { id: 'b2b2b2b2-0000-4000-8000-000000000002', name: 'Boris', role: 'observer' as const };
export const TEAM = { id: '7b0c1f2e-8a4d-4c1b-9f3e-2d5a6b7c8d9e', name: 'Alliance Observers' };

export const REVIEW_DIALOGUE: ReviewDialogue = {
  ...DIALOGUE,
  counts: { draft: 2, 'needs-review': 1, reviewed: 0, approved: 4, rejected: 0 },
};

export function intervention(overrides: Partial<ReviewIntervention> = {}): ReviewIntervention {
  return {
    id: crypto.randomUUID(),
    position: 0,
    version: 1,
    speaker: { name: 'France', code: 'FRA', kind: 'state', known: true },
    start: 12,
    end: 19,
    openEnd: false,
    status: 'draft',
    summary: '',
    tags: ['marking'],
    notes: ['Supports a global tracing instrument.'],
    quotes: [],
    clips: [{ id: 'c0000001-0000-4000-8000-000000000001', memberId: ME.id, role: 'support', new: false }],
    clipIds: ['c0000001-0000-4000-8000-000000000001'],
    conflicts: [],
    locked: [],
    newClipIds: [],
    updatedAt: '2026-07-02T10:00:00Z',
    updatedBy: null,
    ...overrides,
  };
}

export interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface ReviewServer {
  fetch: typeof fetch;
  requests: SeenRequest[];
  interventions: ReviewIntervention[];
  revisions: Map<string, Revision[]>;
  dialogues: ReviewDialogue[];
  /** null: GET /members answers 403, as for anyone but an admin. */
  members: MemberSummary[] | null;
  /** Set to make the next undo refuse with this code (as when a later change makes it ambiguous). */
  refuseUndo: { code: string; message: string } | null;
  /** Makes the next write find a newer version, as if another reviewer had just saved. */
  bumpBehindTheScenes(id: string, change: Partial<ReviewIntervention>): void;
}

const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, code: string, message: string, extra: object = {}) => json(status, { error: { code, message }, ...extra });

export function createReviewServer(interventions: ReviewIntervention[], dialogues: ReviewDialogue[] = [REVIEW_DIALOGUE]): ReviewServer {
  const revisions = new Map<string, Revision[]>();
  const snapshot = (iv: ReviewIntervention) => ({ speaker: iv.speaker, start: iv.start, end: iv.end, summary: iv.summary, tags: iv.tags, status: iv.status, locked: iv.locked });
  const addRevision = (iv: ReviewIntervention, action: Revision['action'], changes: Revision['changes'], by: { id: string; name: string } | null) => {
    const list = revisions.get(iv.id) ?? [];
    list.unshift({ version: iv.version, at: `2026-07-02T10:${String(10 + iv.version).padStart(2, '0')}:00Z`, by, action, changes, snapshot: snapshot(iv), reason: null });
    revisions.set(iv.id, list);
  };
  for (const iv of interventions) addRevision(iv, 'assembled', {}, null);

  const server: ReviewServer = {
    requests: [],
    interventions,
    revisions,
    dialogues,
    members: null,
    refuseUndo: null,
    fetch: async (input, init) => {
      const url = new URL(String(input));
      const path = url.pathname.replace(/^\/api\/v1/, '');
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      server.requests.push({ method, path, body });
      return route(method, path, body);
    },
    bumpBehindTheScenes(id, change) {
      const i = server.interventions.findIndex((iv) => iv.id === id);
      const next = { ...server.interventions[i]!, ...change, version: server.interventions[i]!.version + 1, updatedBy: { id: BORIS.id, name: 'Chen' }, updatedAt: '2026-07-02T10:30:00Z' };
      server.interventions[i] = next;
      addRevision(next, 'edit', {}, { id: BORIS.id, name: 'Chen' });
    },
  };

  function find(id: string) {
    return server.interventions.find((iv) => iv.id === id);
  }
  function save(next: ReviewIntervention, action: Revision['action'], changes: Revision['changes'], fields: string[]) {
    const locked = [...new Set([...next.locked, ...fields])] as ReviewIntervention['locked'];
    const saved = { ...next, version: next.version + 1, locked, updatedBy: { id: ME.id, name: ME.name }, updatedAt: '2026-07-02T11:00:00Z' };
    server.interventions = server.interventions.map((iv) => (iv.id === saved.id ? saved : iv));
    addRevision(saved, action, changes, { id: ME.id, name: ME.name });
    return saved;
  }

  // What each merge and split took, so that an undo can give it back: by the id the undo names.
  const undoable = new Map<string, { kind: 'merge' | 'split'; before: ReviewIntervention[] }>();
  const renumber = () => (server.interventions = server.interventions.map((x, position) => ({ ...x, position })));

  function undo(iv: ReviewIntervention): Response {
    const found = undoable.get(iv.id);
    if (server.refuseUndo) return problem(409, server.refuseUndo.code, server.refuseUndo.message, { current: iv });
    if (!found) return problem(409, 'nothing_to_undo', 'This intervention has no merge or split left to undo', { current: iv });
    for (const [id, u] of undoable) if (u === found) undoable.delete(id);
    const ids = new Set([iv.id, ...found.before.map((b) => b.id)]);
    const back = found.before.map((b) => ({ ...b, version: (find(b.id)?.version ?? b.version) + 1 }));
    const at = server.interventions.findIndex((x) => ids.has(x.id));
    server.interventions = server.interventions.filter((x) => !ids.has(x.id));
    server.interventions.splice(at, 0, ...back);
    renumber();
    for (const b of back) addRevision(b, found.kind === 'merge' ? 'undo-merge' : 'undo-split', {}, { id: ME.id, name: ME.name });
    return json(200, { undone: found.kind, interventions: back.map((b) => find(b.id)!) });
  }

  function route(method: string, path: string, body: any): Response {
    if (method === 'GET' && path === '/dialogues') return json(200, { dialogues: server.dialogues });
    if (method === 'GET' && path === '/me') return json(200, { team: TEAM, member: ME });
    if (method === 'GET' && path === '/members') {
      return server.members ? json(200, { members: server.members }) : problem(403, 'forbidden', 'Admins only');
    }
    let m = /^\/dialogues\/([^/]+)\/record$/.exec(path);
    if (method === 'GET' && m && !server.dialogues.some((d) => d.id === m![1])) return problem(404, 'not_found', 'No such dialogue');
    if (method === 'GET' && m) {
      const shown = server.interventions.map((iv) => ({ ...iv, undoable: undoable.get(iv.id)?.kind ?? null }));
      return json(200, { dialogueId: m[1], revision: 1, interventions: shown, offsets: {} });
    }
    if (method === 'POST' && path === '/interventions/merge') {
      const [a, b] = (body.ids as string[]).map(find);
      if (!a || !b) return problem(404, 'not_found', 'No such intervention');
      if (a.version !== body.baseVersions[0]) return problem(409, 'stale', 'Stale', { current: a });
      if (b.version !== body.baseVersions[1]) return problem(409, 'stale', 'Stale', { current: b });
      undoable.set(a.id, { kind: 'merge', before: [a, b] });
      const merged = save({ ...a, end: b.end, clips: [...a.clips, ...b.clips], clipIds: [...a.clipIds, ...b.clipIds] }, 'merge', {}, []);
      server.interventions = server.interventions.filter((iv) => iv.id !== b.id).map((iv, position) => ({ ...iv, position }));
      return json(200, { intervention: merged });
    }
    m = /^\/interventions\/([^/]+)(\/split|\/restore|\/revisions|\/undo)?$/.exec(path);
    const iv = m ? find(m[1]!) : undefined;
    if (!m || !iv) return problem(404, 'not_found', 'No such route');
    const action = m[2];
    if (method === 'GET' && action === '/revisions') return json(200, { revisions: revisions.get(iv.id) ?? [] });
    if (body.baseVersion !== iv.version) return problem(409, 'stale', 'The intervention changed since your version', { current: iv });
    if (method === 'PATCH' && !action) {
      const { baseVersion: _, ...patch } = body;
      const renamed = patch.speaker && patch.speaker.name !== iv.speaker.name;
      const next = { ...iv, ...patch, speaker: renamed ? { name: patch.speaker.name, code: null, kind: null, known: false } : iv.speaker };
      if (typeof patch.summary === 'string' && patch.summary.length > 10_000) {
        return json(400, { error: { code: 'invalid', message: 'Invalid intervention', problems: [{ path: 'summary', message: 'must be at most 10000 characters' }] } });
      }
      if (next.start !== null && next.end !== null && next.start > next.end) {
        return json(400, { error: { code: 'invalid', message: 'Invalid intervention', problems: [{ path: 'end', message: 'must not be before start' }] } });
      }
      const changed = Object.keys(patch).filter((k) => JSON.stringify((iv as any)[k]) !== JSON.stringify((next as any)[k]));
      const changes = Object.fromEntries(changed.map((k) => [k, { from: (iv as any)[k], to: (next as any)[k] }]));
      return json(200, save(next, patch.status && Object.keys(patch).length === 1 ? 'status' : 'edit', changes, Object.keys(patch)));
    }
    if (method === 'POST' && action === '/restore') {
      const rev = revisions.get(iv.id)?.find((r) => r.version === body.version);
      if (!rev) return problem(400, 'invalid', 'No such version');
      return json(200, save({ ...iv, ...(rev.snapshot as Partial<ReviewIntervention>) }, 'restore', {}, []));
    }
    if (method === 'POST' && action === '/undo') return undo(iv);
    if (method === 'POST' && action === '/split') {
      const split = { kind: 'split' as const, before: [iv] };
      const second = { ...iv, id: crypto.randomUUID(), start: body.at, version: 0 };
      const first = save({ ...iv, end: body.at }, 'split', {}, ['start', 'end']);
      const index = server.interventions.findIndex((x) => x.id === iv.id);
      server.interventions.splice(index + 1, 0, { ...second, version: 1 });
      server.interventions = server.interventions.map((x, position) => ({ ...x, position }));
      undoable.set(first.id, split).set(second.id, split);
      return json(200, { interventions: [first, { ...second, version: 1 }] });
    }
    return problem(404, 'not_found', 'No such route');
  }

  return server;
}
