import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { LiveOffsetInputSchema, LiveOffsetSchema, UuidSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { waitUntil } from '../lib/wait-until';
import { requireAuth, requireRole } from '../middleware/auth';
import { assembleLater } from '../services/assembly';
import { clearLiveOffset, setLiveOffset } from '../services/live-offsets';

const params = z.object({ id: UuidSchema, memberId: UuidSchema });

const putOffset = createRoute({
  method: 'put',
  path: '/{id}/live-offsets/{memberId}',
  tags: ['dialogues'],
  summary: "Sets a member's live-clock offset by hand (reviewers and admins); it wins over the estimate",
  description: 'The offset is subtracted from the member’s live-clock times. The record is re-assembled.',
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params, body: jsonBody(LiveOffsetInputSchema) },
  responses: { 200: json(LiveOffsetSchema, 'The offset now set'), ...errors(400, 401, 403, 404, 413, 415) },
});

const deleteOffset = createRoute({
  method: 'delete',
  path: '/{id}/live-offsets/{memberId}',
  tags: ['dialogues'],
  summary: "Clears a member's manual live-clock offset (reviewers and admins); estimates apply again",
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params },
  responses: { 204: { description: 'Cleared (or there was none)' }, ...errors(401, 403, 404) },
});

export const liveOffsets = createApp()
  .openapi(putOffset, async (c) => {
    const { id, memberId } = c.req.valid('param');
    const db = getDb(c.env.DB);
    const result = await setLiveOffset(db, c.var.caller, id, memberId, c.req.valid('json').offset);
    waitUntil(c, assembleLater(db, c.var.caller.team.id, id), `assembling dialogue ${id}`);
    return c.json(result, 200);
  })
  .openapi(deleteOffset, async (c) => {
    const { id, memberId } = c.req.valid('param');
    const db = getDb(c.env.DB);
    await clearLiveOffset(db, c.var.caller, id, memberId);
    waitUntil(c, assembleLater(db, c.var.caller.team.id, id), `assembling dialogue ${id}`);
    return c.body(null, 204);
  });
