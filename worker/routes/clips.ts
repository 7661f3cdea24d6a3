import { createRoute } from '@hono/zod-openapi';
import { ClipBatchResultSchema, ClipBatchSchema, ClipInputSchema, ErrorSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { waitUntil } from '../lib/wait-until';
import { requireAuth } from '../middleware/auth';
import { idempotency } from '../middleware/idempotency';
import { assembleLater, assemblyTiming } from '../services/assembly';
import { ingestClips } from '../services/clips';

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
});
