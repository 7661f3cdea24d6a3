import { createRoute } from '@hono/zod-openapi';
import { MeSchema } from '../../shared/schemas';
import { createApp } from '../lib/create-app';
import { bearer, errors, json } from '../lib/openapi';
import { requireAuth } from '../middleware/auth';

const getMe = createRoute({
  method: 'get',
  path: '/',
  tags: ['teams'],
  summary: "The token's team and member",
  security: bearer,
  middleware: [requireAuth] as const,
  responses: { 200: json(MeSchema, 'Who the token belongs to'), ...errors(401) },
});

export const me = createApp().openapi(getMe, (c) => {
  const { team, member, role } = c.var.caller;
  return c.json({ team, member: { ...member, role } }, 200);
});
