/**
 * PATCH /clips/{id} and GET /clips?dialogueId= for the test clip server, as the Worker answers
 * them: an edit keeps the id and changes what a re-send must match; a reviewed clip is refused.
 */
import type { IncomingMessage } from 'node:http';
import { ClipInputSchema, ClipPatchSchema, toProblems, type ClipInput, type ClipLock, type MyClip } from '../../../shared/schemas';

export interface ClipReview {
  status: MyClip['status'];
  lock: ClipLock | null;
}

interface State {
  stored: Map<string, string>;
  reviews: Map<string, ClipReview>;
  patches: { id: string; body: unknown }[];
}

function view(state: State, clip: ClipInput): MyClip {
  const review = state.reviews.get(clip.id) ?? { status: 'draft', lock: null };
  return { clip, interventionId: `iv-${clip.id}`, status: review.status, editable: review.lock === null, lock: review.lock };
}

/** Answers the request when it is one of these two routes; undefined otherwise. */
export function myClipsRoute(state: State, req: IncomingMessage, body: string): { status: number; body: unknown } | undefined {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const patch = /^\/api\/v1\/clips\/([^/]+)$/.exec(url.pathname);
  if (req.method === 'PATCH' && patch) {
    const id = decodeURIComponent(patch[1]!);
    const parsedBody: unknown = JSON.parse(body || 'null');
    state.patches.push({ id, body: parsedBody });
    const text = state.stored.get(id);
    if (text === undefined) return { status: 404, body: { error: { code: 'not_found', message: 'No such clip' } } };
    const lock = state.reviews.get(id)?.lock;
    if (lock) return { status: 409, body: { error: { code: `clip_${lock}`, message: `A reviewer has already ${lock === 'reviewed' ? 'reviewed' : 'edited'} this clip` } } };
    const checked = ClipPatchSchema.safeParse(parsedBody);
    if (!checked.success) return { status: 400, body: { error: { code: 'validation_failed', message: 'The request is not valid', problems: toProblems(checked.error) } } };
    const edited = ClipInputSchema.safeParse({ ...JSON.parse(text), ...checked.data });
    if (!edited.success) return { status: 400, body: { error: { code: 'validation_failed', message: 'The request is not valid', problems: toProblems(edited.error) } } };
    state.stored.set(id, JSON.stringify(edited.data));
    return { status: 200, body: view(state, edited.data) };
  }
  if (req.method === 'GET' && url.pathname === '/api/v1/clips') {
    const dialogueId = url.searchParams.get('dialogueId');
    const clips = [...state.stored.values()].map((t) => JSON.parse(t) as ClipInput).filter((c) => c.dialogueId === dialogueId);
    return { status: 200, body: { clips: clips.map((c) => view(state, c)) } };
  }
  return undefined;
}
