import * as z from '../../shared/zod';
import { ClipBatchSchema, ClipPatchSchema, MyClipsQuerySchema, UuidSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json, param, query } from '../lib/validate';
import { waitUntil } from '../lib/wait-until';
import { requireAuth } from '../middleware/auth';
import { idempotency } from '../middleware/idempotency';
import { assembleLater, assemblyTiming } from '../services/assembly';
import { ingestClips } from '../services/clips';
import { editMyClip, listMyClips } from '../services/my-clips';

/** Documented in worker/openapi/clips.ts. */
export const clips = createApp()
  .post('/', requireAuth, idempotency, json(ClipBatchSchema), async (c) => {
    const { clips: items } = c.req.valid('json');
    const db = getDb(c.env.DB);
    const { results, staleDialogueIds } = await ingestClips(db, c.var.caller, items);
    // The observer's answer never waits for assembly; should it fail, the record endpoint catches up.
    for (const dialogueId of staleDialogueIds) {
      waitUntil(c, assembleLater(db, c.var.caller.team.id, dialogueId, assemblyTiming(c.env)), `assembling dialogue ${dialogueId}`);
    }
    return c.json({ results }, 200);
  })
  .patch('/:id', requireAuth, param(z.object({ id: UuidSchema })), json(ClipPatchSchema), async (c) => {
    const db = getDb(c.env.DB);
    const { clip, staleDialogueId } = await editMyClip(db, c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    if (staleDialogueId) {
      const teamId = c.var.caller.team.id;
      waitUntil(c, assembleLater(db, teamId, staleDialogueId, assemblyTiming(c.env)), `assembling dialogue ${staleDialogueId}`);
    }
    return c.json(clip, 200);
  })
  .get('/', requireAuth, query(MyClipsQuerySchema), async (c) => {
    const clips = await listMyClips(getDb(c.env.DB), c.var.caller, c.req.valid('query').dialogueId);
    return c.json({ clips }, 200);
  });
