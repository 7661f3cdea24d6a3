import * as z from '../../shared/zod';
import { LiveOffsetInputSchema, UuidSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json, param } from '../lib/validate';
import { waitUntil } from '../lib/wait-until';
import { requireAuth, requireRole } from '../middleware/auth';
import { assembleLater } from '../services/assembly';
import { clearLiveOffset, setLiveOffset } from '../services/live-offsets';

const params = param(z.object({ id: UuidSchema, memberId: UuidSchema }));

/** Documented in worker/openapi/live-offsets.ts. */
export const liveOffsets = createApp()
  .put('/:id/live-offsets/:memberId', requireAuth, requireRole('reviewer'), params, json(LiveOffsetInputSchema), async (c) => {
    const { id, memberId } = c.req.valid('param');
    const db = getDb(c.env.DB);
    const result = await setLiveOffset(db, c.var.caller, id, memberId, c.req.valid('json').offset);
    waitUntil(c, assembleLater(db, c.var.caller.team.id, id), `assembling dialogue ${id}`);
    return c.json(result, 200);
  })
  .delete('/:id/live-offsets/:memberId', requireAuth, requireRole('reviewer'), params, async (c) => {
    const { id, memberId } = c.req.valid('param');
    const db = getDb(c.env.DB);
    await clearLiveOffset(db, c.var.caller, id, memberId);
    waitUntil(c, assembleLater(db, c.var.caller.team.id, id), `assembling dialogue ${id}`);
    return c.body(null, 204);
  });
