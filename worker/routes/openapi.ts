import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { PublicEnv } from '../env';
import { createApp } from '../lib/create-app';
import { json } from '../lib/openapi';

export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'UN dialogue capture API',
    version: '1',
    description: 'Clips of UN Constructive Dialogues in, an ordered record of interventions out.',
  },
};

const getDocument = createRoute({
  method: 'get',
  path: '/',
  tags: ['meta'],
  summary: 'This document (no auth)',
  responses: { 200: json(z.looseObject({ openapi: z.string() }), 'The OpenAPI 3.1 document') },
});

/** `document` builds the whole app's document at request time, after every sub-app is mounted. */
export function openApiRoutes(document: () => { openapi: string }) {
  const app = createApp<PublicEnv>();
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token (`udc_...`)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bootstrapSecret', {
    type: 'http',
    scheme: 'bearer',
    description: "The server's BOOTSTRAP_TOKEN secret",
  });
  return app.openapi(getDocument, (c) => c.json(document(), 200));
}
