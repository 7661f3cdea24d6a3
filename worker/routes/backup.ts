import { createRoute } from '@hono/zod-openapi';
import { BackupRestoreResultSchema, ErrorSchema, TeamBackupSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { requireAuth, requireRole } from '../middleware/auth';
import { requireBootstrapSecret } from '../middleware/bootstrap-secret';
import { exportTeam, restoreTeam } from '../services/backup';

const getBackup = createRoute({
  method: 'get',
  path: '/',
  tags: ['teams'],
  summary: 'The whole team as one JSON document: members, dialogues, clips, interventions, revisions, live offsets (admins only)',
  description: 'Without API tokens and share links (the notes field says why). Read in one consistent snapshot.',
  security: bearer,
  middleware: [requireAuth, requireRole('admin')] as const,
  responses: { 200: json(TeamBackupSchema, 'The backup'), ...errors(401, 403) },
});

const postRestore = createRoute({
  method: 'post',
  path: '/restore',
  tags: ['teams'],
  summary: 'Restores a backup into a database without teams, all or nothing; answers a new admin token, shown only this once',
  description:
    'Authorised by `Authorization: Bearer <BOOTSTRAP_TOKEN secret>`, as there is no team yet. The whole file is ' +
    'checked first (shape and every reference between its rows); a file with any problem writes nothing.',
  security: [{ bootstrapSecret: [] }],
  middleware: [requireBootstrapSecret] as const,
  request: { body: jsonBody(TeamBackupSchema) },
  responses: {
    201: json(BackupRestoreResultSchema, 'The restored team, its first admin and a new admin token'),
    409: json(ErrorSchema, 'The database already holds a team (not_empty)'),
    ...errors(400, 401, 413, 415, 503),
  },
});

export const backup = createApp()
  .openapi(getBackup, async (c) => {
    return c.json(await exportTeam(getDb(c.env.DB), c.var.caller.team.id, new Date()), 200);
  })
  .openapi(postRestore, async (c) => {
    const outcome = await restoreTeam(getDb(c.env.DB), c.req.valid('json'));
    if (!outcome.ok) {
      const message = 'The database already holds a team; a backup restores only into an empty one';
      return c.json({ error: { code: 'not_empty', message } }, 409);
    }
    return c.json(outcome.value, 201);
  });
