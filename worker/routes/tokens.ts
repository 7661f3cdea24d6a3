import * as z from '../../shared/zod';
import { TokenCreateSchema, UuidSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json, param } from '../lib/validate';
import { requireAuth } from '../middleware/auth';
import { createToken, revoke, visibleTokens } from '../services/tokens';

/** Documented in worker/openapi/tokens.ts. */
export const tokens = createApp()
  .post('/', requireAuth, json(TokenCreateSchema), async (c) => {
    return c.json(await createToken(getDb(c.env.DB), c.var.caller, c.req.valid('json')), 201);
  })
  .get('/', requireAuth, async (c) => {
    return c.json({ tokens: await visibleTokens(getDb(c.env.DB), c.var.caller) }, 200);
  })
  .delete('/:id', requireAuth, param(z.object({ id: UuidSchema })), async (c) => {
    await revoke(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, new Date());
    return c.body(null, 204);
  });
