import { TeamBackupSchema } from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { requireBootstrapSecret } from '../middleware/bootstrap-secret';
import { exportTeam, restoreTeam } from '../services/backup';

/** Documented in worker/openapi/backup.ts. */
export const backup = createApp()
  .get('/', requireAuth, requireRole('admin'), async (c) => {
    return c.json(await exportTeam(getDb(c.env.DB), c.var.caller.team.id, new Date()), 200);
  })
  .post('/restore', requireBootstrapSecret, json(TeamBackupSchema), async (c) => {
    const outcome = await restoreTeam(getDb(c.env.DB), c.req.valid('json'));
    if (!outcome.ok) {
      const message = 'The database already holds a team; a backup restores only into an empty one';
      return c.json({ error: { code: 'not_empty', message } }, 409);
    }
    return c.json(outcome.value, 201);
  });
