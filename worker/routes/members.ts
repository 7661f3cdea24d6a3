import { createRoute } from '@hono/zod-openapi';
import { MemberCreateResultSchema, MemberCreateSchema, MemberListSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { requireAuth, requireRole } from '../middleware/auth';
import { addMember, teamMembers } from '../services/members';

const postMember = createRoute({
  method: 'post',
  path: '/',
  tags: ['teams'],
  summary: 'Adds a member to the team with a first token, shown only this once (admins only)',
  security: bearer,
  middleware: [requireAuth, requireRole('admin')] as const,
  request: { body: jsonBody(MemberCreateSchema) },
  responses: { 201: json(MemberCreateResultSchema, 'The member and their token'), ...errors(400, 401, 403, 413, 415) },
});

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['teams'],
  summary: "The team's members, in the order they joined (every member of the team: reviewers need to know who clipped what)",
  security: bearer,
  middleware: [requireAuth] as const,
  responses: { 200: json(MemberListSchema, 'The members'), ...errors(401, 403) },
});

export const members = createApp()
  .openapi(postMember, async (c) => {
    return c.json(await addMember(getDb(c.env.DB), c.var.caller, c.req.valid('json')), 201);
  })
  .openapi(listRoute, async (c) => {
    return c.json({ members: await teamMembers(getDb(c.env.DB), c.var.caller) }, 200);
  });
