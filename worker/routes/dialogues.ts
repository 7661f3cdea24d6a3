import * as z from '../../shared/zod';
import { DialogueCreateSchema, DialoguePatchSchema, UuidSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json, param } from '../lib/validate';
import { waitUntil } from '../lib/wait-until';
import { requireAuth, requireRole } from '../middleware/auth';
import { assembleLater } from '../services/assembly';
import { createDialogue, dialogueWithCounts, patchDialogue, teamDialogues, withCounts } from '../services/dialogues';
import { currentRecord } from '../services/record';

const params = param(z.object({ id: UuidSchema }));

/** Documented in worker/openapi/dialogues.ts. */
export const dialogues = createApp()
  .post('/', requireAuth, requireRole('admin'), json(DialogueCreateSchema), async (c) => {
    const dialogue = await createDialogue(getDb(c.env.DB), c.var.caller, c.req.valid('json'));
    return c.json(dialogue, 201);
  })
  .get('/', requireAuth, async (c) => {
    return c.json({ dialogues: await teamDialogues(getDb(c.env.DB), c.var.caller) }, 200);
  })
  .get('/:id', requireAuth, params, async (c) => {
    return c.json(await dialogueWithCounts(getDb(c.env.DB), c.var.caller, c.req.valid('param').id), 200);
  })
  .patch('/:id', requireAuth, requireRole('admin'), params, json(DialoguePatchSchema), async (c) => {
    const { id } = c.req.valid('param');
    const db = getDb(c.env.DB);
    const { dialogue, reassemble } = await patchDialogue(db, c.var.caller, id, c.req.valid('json'));
    if (reassemble) waitUntil(c, assembleLater(db, c.var.caller.team.id, id), `assembling dialogue ${id}`);
    return c.json((await withCounts(db, c.var.caller, [dialogue]))[0]!, 200);
  })
  .get('/:id/record', requireAuth, params, async (c) => {
    return c.json(await currentRecord(getDb(c.env.DB), c.var.caller, c.req.valid('param').id), 200);
  });
