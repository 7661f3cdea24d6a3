import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { TokenCreateResultSchema, TokenCreateSchema, TokenListSchema, UuidSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { requireAuth } from '../middleware/auth';
import { createToken, revoke, visibleTokens } from '../services/tokens';

const postToken = createRoute({
  method: 'post',
  path: '/',
  tags: ['teams'],
  summary: 'Creates a personal token; the secret is answered only this once',
  description:
    'Without `memberId` the token is the caller’s own; admins may name another member of the team. ' +
    '`role` defaults to the member’s role and may not exceed it (nor the calling token’s role).',
  security: bearer,
  middleware: [requireAuth] as const,
  request: { body: jsonBody(TokenCreateSchema) },
  responses: { 201: json(TokenCreateResultSchema, 'The token and its secret'), ...errors(400, 401, 403, 404, 413, 415) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['teams'],
  summary: "The caller's tokens (admins: all the team's), newest first, revoked ones included; never a secret or hash",
  security: bearer,
  middleware: [requireAuth] as const,
  responses: { 200: json(TokenListSchema, 'The tokens'), ...errors(401) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  tags: ['teams'],
  summary: 'Revokes a token at once (own tokens; admins any of the team)',
  security: bearer,
  middleware: [requireAuth] as const,
  request: { params: z.object({ id: UuidSchema }) },
  responses: { 204: { description: 'Revoked (or already revoked)' }, ...errors(401, 404) },
});

export const tokens = createApp()
  .openapi(postToken, async (c) => {
    return c.json(await createToken(getDb(c.env.DB), c.var.caller, c.req.valid('json')), 201);
  })
  .openapi(listRoute, async (c) => {
    return c.json({ tokens: await visibleTokens(getDb(c.env.DB), c.var.caller) }, 200);
  })
  .openapi(deleteRoute, async (c) => {
    await revoke(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, new Date());
    return c.body(null, 204);
  });
