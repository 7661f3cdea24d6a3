import * as z from '../../shared/zod';
import { UuidSchema } from '../../shared/schemas';
import { ExportQuerySchema } from '../../shared/schemas/export';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { param, query } from '../lib/validate';
import { requireAuth } from '../middleware/auth';
import { renderDialogueExport } from '../services/exports';

/** Documented in worker/openapi/exports.ts. The query is checked first, as it always was. */
export const dialogueExports = createApp().get(
  '/:id/export',
  requireAuth,
  query(ExportQuerySchema),
  param(z.object({ id: UuidSchema })),
  async (c) => {
    const { id } = c.req.valid('param');
    const { format, include } = c.req.valid('query');
    const file = await renderDialogueExport(getDb(c.env.DB), c.var.caller.team.id, id, format, include, new Date());
    return c.body(file.body, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'X-Content-Type-Options': 'nosniff',
    });
  },
);
