import { MemberCreateSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { addMember, teamMembers } from '../services/members';

/** Documented in worker/openapi/members.ts. */
export const members = createApp()
  .post('/', requireAuth, requireRole('admin'), json(MemberCreateSchema), async (c) => {
    return c.json(await addMember(getDb(c.env.DB), c.var.caller, c.req.valid('json')), 201);
  })
  .get('/', requireAuth, async (c) => {
    return c.json({ members: await teamMembers(getDb(c.env.DB), c.var.caller) }, 200);
  });
