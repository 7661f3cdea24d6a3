import * as z from '../../shared/zod';
import { UuidSchema } from '../../shared/schemas';
import { ExportQuerySchema } from '../../shared/schemas/export';
import { bearer, errors, type ResourceDoc } from './helpers';

const text = { schema: z.string() };

export const dialogueExports: ResourceDoc = {
  operations: [
    {
      method: 'get',
      path: '/api/v1/dialogues/{id}/export',
      tags: ['exports'],
      summary: "The dialogue's record as a file: Markdown or HTML summary, CSV, JSON, Popolo, Web Annotation JSON-LD or WebVTT chapters",
      description:
        'Any member of the team. `include=approved` (default) holds approved interventions only; `include=all` every one ' +
        'not merged away, each marked with its status. Answered as an attachment named after the dialogue and format.',
      security: bearer,
      params: { id: UuidSchema },
      query: ExportQuerySchema,
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
    },
  ],
};
