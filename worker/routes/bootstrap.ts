import { createRoute } from '@hono/zod-openapi';
import { BootstrapResultSchema, BootstrapSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import type { PublicEnv } from '../env';
import { createApp } from '../lib/create-app';
import { errors, json, jsonBody } from '../lib/openapi';
import { requireBootstrapSecret } from '../middleware/bootstrap-secret';
import { bootstrapTeam } from '../services/bootstrap';

const postBootstrap = createRoute({
  method: 'post',
  path: '/',
  tags: ['teams'],
  summary: 'Creates a team and its first admin; answers the admin token, shown only this once',
  description: 'Authorised by `Authorization: Bearer <BOOTSTRAP_TOKEN secret>`, not by an API token.',
  security: [{ bootstrapSecret: [] }],
  middleware: [requireBootstrapSecret] as const,
  request: { body: jsonBody(BootstrapSchema) },
  responses: {
    201: json(BootstrapResultSchema, 'The team, its admin and the admin token'),
    ...errors(400, 401, 413, 415, 503),
  },
});

export const bootstrap = createApp<PublicEnv>().openapi(postBootstrap, async (c) => {
  return c.json(await bootstrapTeam(getDb(c.env.DB), c.req.valid('json')), 201);
});
