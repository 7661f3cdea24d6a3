import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  DialogueCreateSchema,
  DialogueListSchema,
  DialoguePatchSchema,
  DialogueRecordSchema,
  DialogueSchema,
  UuidSchema,
} from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { waitUntil } from '../lib/wait-until';
import { requireAuth, requireRole } from '../middleware/auth';
import { assembleLater } from '../services/assembly';
import { createDialogue, dialogueWithCounts, patchDialogue, teamDialogues, withCounts } from '../services/dialogues';
import { currentRecord } from '../services/record';

const params = z.object({ id: UuidSchema });

const postDialogue = createRoute({
  method: 'post',
  path: '/',
  tags: ['dialogues'],
  summary: 'Creates a dialogue (admins only)',
  security: bearer,
  middleware: [requireAuth, requireRole('admin')] as const,
  request: { body: jsonBody(DialogueCreateSchema) },
  responses: { 201: json(DialogueSchema, 'The new dialogue'), ...errors(400, 401, 403, 413, 415) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['dialogues'],
  summary: "The team's dialogues, newest date first",
  security: bearer,
  middleware: [requireAuth] as const,
  responses: { 200: json(DialogueListSchema, 'The dialogues'), ...errors(401) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['dialogues'],
  summary: 'One dialogue of the team',
  security: bearer,
  middleware: [requireAuth] as const,
  request: { params },
  responses: { 200: json(DialogueSchema, 'The dialogue'), ...errors(401, 404) },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['dialogues'],
  summary: "Changes a dialogue's setup (admins only); only the fields sent change",
  description:
    'The default tag must be one of the tag vocabulary. New participants or a new recording start ' +
    're-assemble the record. `webcastUrl` follows the first of `webcastUrls`.',
  security: bearer,
  middleware: [requireAuth, requireRole('admin')] as const,
  request: { params, body: jsonBody(DialoguePatchSchema) },
  responses: { 200: json(DialogueSchema, 'The dialogue as it is now'), ...errors(400, 401, 403, 404, 413, 415) },
});

const recordRoute = createRoute({
  method: 'get',
  path: '/{id}/record',
  tags: ['dialogues'],
  summary: "The dialogue's record: its interventions in order, with speakers, clips and conflicts",
  description:
    'Always current: when clips or live offsets changed since the last assembly, the dialogue is re-assembled ' +
    'first and the result stored as its draft interventions (reviewed or approved ones are kept).',
  security: bearer,
  middleware: [requireAuth] as const,
  request: { params },
  responses: { 200: json(DialogueRecordSchema, 'The record'), ...errors(401, 404) },
});

export const dialogues = createApp()
  .openapi(postDialogue, async (c) => {
    const dialogue = await createDialogue(getDb(c.env.DB), c.var.caller, c.req.valid('json'));
    return c.json(dialogue, 201);
  })
  .openapi(listRoute, async (c) => {
    return c.json({ dialogues: await teamDialogues(getDb(c.env.DB), c.var.caller) }, 200);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await dialogueWithCounts(getDb(c.env.DB), c.var.caller, c.req.valid('param').id), 200);
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const db = getDb(c.env.DB);
    const { dialogue, reassemble } = await patchDialogue(db, c.var.caller, id, c.req.valid('json'));
    if (reassemble) waitUntil(c, assembleLater(db, c.var.caller.team.id, id), `assembling dialogue ${id}`);
    return c.json((await withCounts(db, c.var.caller, [dialogue]))[0]!, 200);
  })
  .openapi(recordRoute, async (c) => {
    return c.json(await currentRecord(getDb(c.env.DB), c.var.caller, c.req.valid('param').id), 200);
  });
