import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { UuidSchema } from '../../shared/schemas';
import { ExportQuerySchema } from '../../shared/schemas/export';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors } from '../lib/openapi';
import { requireAuth } from '../middleware/auth';
import { renderDialogueExport } from '../services/exports';

const text = { schema: z.string() };

const exportRoute = createRoute({
  method: 'get',
  path: '/{id}/export',
  tags: ['exports'],
  summary: "The dialogue's record as a file: Markdown or HTML summary, CSV, JSON, Popolo, Web Annotation JSON-LD or WebVTT chapters",
  description:
    'Any member of the team. `include=approved` (default) holds approved interventions only; `include=all` every one ' +
    'not merged away, each marked with its status. Answered as an attachment named after the dialogue and format.',
  security: bearer,
  middleware: [requireAuth] as const,
  request: { params: z.object({ id: UuidSchema }), query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The file',
      content: {
        'text/markdown': text,
        'text/html': text,
        'text/csv': text,
        'application/json': text,
        'application/ld+json': text,
        'text/vtt': text,
      },
    },
    ...errors(400, 401, 404),
  },
});

export const dialogueExports = createApp().openapi(exportRoute, async (c) => {
  const { id } = c.req.valid('param');
  const { format, include } = c.req.valid('query');
  const file = await renderDialogueExport(getDb(c.env.DB), c.var.caller.team.id, id, format, include, new Date());
  return c.body(file.body, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'X-Content-Type-Options': 'nosniff',
  });
});
