import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ClipBatchResultSchema,
  ClipBatchSchema,
  ClipInputSchema,
  ClipPatchSchema,
  ErrorSchema,
  MyClipListSchema,
  MyClipSchema,
  MyClipsQuerySchema,
  UuidSchema,
} from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { waitUntil } from '../lib/wait-until';
import { requireAuth } from '../middleware/auth';
import { idempotency } from '../middleware/idempotency';
import { assembleLater, assemblyTiming } from '../services/assembly';
import { ingestClips } from '../services/clips';
import { editMyClip, listMyClips } from '../services/my-clips';

const postClips = createRoute({
  method: 'post',
  path: '/',
  tags: ['clips'],
  summary: 'Stores a batch of up to 50 clips; each clip gets its own result, in input order',
  description:
    'Each item of `clips` is a ClipInput, checked on its own. Re-sending a stored clip answers `stored` again ' +
    'and writes nothing; the same id with other content answers `conflict`; an invalid clip answers ' +
    '`invalid` with the offending field and is not written. Dialogues that got new clips are ' +
    're-assembled after the response.',
  security: bearer,
  middleware: [requireAuth, idempotency] as const,
  // The optional Idempotency-Key header (worker/middleware/idempotency.ts) is not declared as a
  // request header, which would make typed clients send one every time.
  request: { body: jsonBody(ClipBatchSchema) },
  responses: {
    200: json(ClipBatchResultSchema, 'One result per clip; a replayed answer carries `Idempotent-Replayed: true`'),
    ...errors(400, 401, 413, 415),
    409: json(ErrorSchema, 'A request with this Idempotency-Key is still running (idempotency_key_in_flight); retry after Retry-After'),
    422: json(ErrorSchema, 'This Idempotency-Key was used with another body (idempotency_key_reused)'),
  },
});

const patchClip = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['clips'],
  summary: "Edits one's own clip (speaker, tags, note, channel; start and end of a webcast clip) until it is reviewed",
  description:
    'Only the observer who captured the clip may edit it. The clip keeps its id; its content hash becomes ' +
    "the edited clip's, so re-sending the edited clip answers `stored`. The dialogue is re-assembled after the response.",
  security: bearer,
  middleware: [requireAuth] as const,
  request: { params: z.object({ id: UuidSchema }), body: jsonBody(ClipPatchSchema) },
  responses: {
    200: json(MyClipSchema, 'The clip as now stored, with where it stands in review'),
    ...errors(400, 401, 403, 404, 413, 415),
    409: json(ErrorSchema, 'A reviewer has reviewed (clip_reviewed) or edited (clip_locked) the intervention holding the clip'),
  },
});

const listMine = createRoute({
  method: 'get',
  path: '/',
  tags: ['clips'],
  summary: "The caller's own clips in a dialogue, each with its intervention's review status and whether it is still editable",
  security: bearer,
  middleware: [requireAuth] as const,
  request: { query: MyClipsQuerySchema },
  responses: { 200: json(MyClipListSchema, 'Oldest capture first'), ...errors(400, 401, 404) },
});

const app = createApp();
// The envelope declares its items as unknown (each is checked alone); publish their real shape.
app.openAPIRegistry.register('ClipInput', ClipInputSchema);

export const clips = app.openapi(postClips, async (c) => {
  const { clips: items } = c.req.valid('json');
  const db = getDb(c.env.DB);
  const { results, staleDialogueIds } = await ingestClips(db, c.var.caller, items);
  // The observer's answer never waits for assembly; should it fail, the record endpoint catches up.
  for (const dialogueId of staleDialogueIds) {
    waitUntil(c, assembleLater(db, c.var.caller.team.id, dialogueId, assemblyTiming(c.env)), `assembling dialogue ${dialogueId}`);
  }
  return c.json({ results }, 200);
})
  .openapi(patchClip, async (c) => {
    const db = getDb(c.env.DB);
    const { clip, staleDialogueId } = await editMyClip(db, c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    if (staleDialogueId) {
      const teamId = c.var.caller.team.id;
      waitUntil(c, assembleLater(db, teamId, staleDialogueId, assemblyTiming(c.env)), `assembling dialogue ${staleDialogueId}`);
    }
    return c.json(clip, 200);
  })
  .openapi(listMine, async (c) => {
    const clips = await listMyClips(getDb(c.env.DB), c.var.caller, c.req.valid('query').dialogueId);
    return c.json({ clips }, 200);
  });
