import { createApp } from '../lib/create-app';
import { requireAuth } from '../middleware/auth';

/** Documented in worker/openapi/me.ts. */
export const me = createApp().get('/', requireAuth, (c) => {
  const { team, member, role } = c.var.caller;
  return c.json({ team, member: { ...member, role } }, 200);
});
