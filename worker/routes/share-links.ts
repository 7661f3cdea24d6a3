import * as z from '../../shared/zod';
import { UuidSchema } from '../../shared/schemas';
import { ShareLinkCreateSchema } from '../../shared/schemas/export';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json, param } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { createShareLink, dialogueShareLinks, revokeLink } from '../services/share-links';

const params = param(z.object({ id: UuidSchema }));
const reviewer = [requireAuth, requireRole('reviewer')] as const;

/** Mounted at /api/v1: it spans /dialogues/:id/share-links and /share-links/:id. Documented in worker/openapi/share-links.ts. */
export const shareLinks = createApp()
  .post('/dialogues/:id/share-links', ...reviewer, params, json(ShareLinkCreateSchema), async (c) => {
    const { id } = c.req.valid('param');
    const origin = new URL(c.req.url).origin;
    return c.json(await createShareLink(getDb(c.env.DB), c.var.caller, id, c.req.valid('json').format, origin), 201);
  })
  .get('/dialogues/:id/share-links', ...reviewer, params, async (c) => {
    return c.json({ shareLinks: await dialogueShareLinks(getDb(c.env.DB), c.var.caller, c.req.valid('param').id) }, 200);
  })
  .delete('/share-links/:id', ...reviewer, params, async (c) => {
    await revokeLink(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, new Date());
    return c.body(null, 204);
  });
