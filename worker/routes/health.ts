import { createRoute } from '@hono/zod-openapi';
import { HealthSchema } from '../../shared/schemas';
import type { PublicEnv } from '../env';
import { createApp } from '../lib/create-app';
import { json } from '../lib/openapi';

const getHealth = createRoute({
  method: 'get',
  path: '/',
  tags: ['meta'],
  summary: 'Tells that the Worker is up (no auth, no database)',
  responses: { 200: json(HealthSchema, 'The Worker is up') },
});

export const health = createApp<PublicEnv>().openapi(getHealth, (c) => c.json({ ok: true as const }, 200));
