import { BootstrapSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import type { PublicEnv } from '../env';
import { createApp } from '../lib/create-app';
import { json } from '../lib/validate';
import { requireBootstrapSecret } from '../middleware/bootstrap-secret';
import { bootstrapTeam } from '../services/bootstrap';

/** Documented in worker/openapi/bootstrap.ts. */
export const bootstrap = createApp<PublicEnv>().post('/', requireBootstrapSecret, json(BootstrapSchema), async (c) => {
  return c.json(await bootstrapTeam(getDb(c.env.DB), c.req.valid('json')), 201);
});
