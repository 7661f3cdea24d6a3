import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { UuidSchema } from '../../shared/schemas';
import { ShareLinkCreateSchema, ShareLinkCreatedSchema, ShareLinkListSchema } from '../../shared/schemas/export';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { requireAuth, requireRole } from '../middleware/auth';
import { createShareLink, dialogueShareLinks, revokeLink } from '../services/share-links';

const params = z.object({ id: UuidSchema });

const postRoute = createRoute({
  method: 'post',
  path: '/dialogues/{id}/share-links',
  tags: ['exports'],
  summary: "Makes a read-only link to the dialogue's summary (reviewers and admins); its URL is answered only this once",
  description: 'The link works without a token and shows approved interventions only, as HTML or Markdown, until revoked.',
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params, body: jsonBody(ShareLinkCreateSchema) },
  responses: { 201: json(ShareLinkCreatedSchema, 'The link with its URL'), ...errors(400, 401, 403, 404, 413, 415) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/dialogues/{id}/share-links',
  tags: ['exports'],
  summary: "The dialogue's share links, newest first, revoked ones included; never a URL (reviewers and admins)",
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params },
  responses: { 200: json(ShareLinkListSchema, 'The links'), ...errors(401, 403, 404) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/share-links/{id}',
  tags: ['exports'],
  summary: 'Revokes a share link at once (reviewers and admins)',
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params },
  responses: { 204: { description: 'Revoked (or already revoked)' }, ...errors(401, 403, 404) },
});

/** Mounted at /api/v1: it spans /dialogues/{id}/share-links and /share-links/{id}. */
export const shareLinks = createApp()
  .openapi(postRoute, async (c) => {
    const { id } = c.req.valid('param');
    const origin = new URL(c.req.url).origin;
    return c.json(await createShareLink(getDb(c.env.DB), c.var.caller, id, c.req.valid('json').format, origin), 201);
  })
  .openapi(listRoute, async (c) => {
    return c.json({ shareLinks: await dialogueShareLinks(getDb(c.env.DB), c.var.caller, c.req.valid('param').id) }, 200);
  })
  .openapi(deleteRoute, async (c) => {
    await revokeLink(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, new Date());
    return c.body(null, 204);
  });
