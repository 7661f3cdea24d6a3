import * as z from '../../shared/zod';
import { json, type ResourceDoc } from './helpers';

export const info = {
  title: 'UN dialogue capture API',
  version: '1',
  description: 'Clips of UN Constructive Dialogues in, an ordered record of interventions out.',
};

export const securitySchemes = {
  bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal API token (`udc_...`)' },
  bootstrapSecret: { type: 'http', scheme: 'bearer', description: "The server's BOOTSTRAP_TOKEN secret" },
};

export const openApi: ResourceDoc = {
  operations: [
    {
      method: 'get',
      path: '/api/v1/openapi.json',
      tags: ['meta'],
      summary: 'This document (no auth)',
      responses: { 200: json(z.looseObject({ openapi: z.string() }), 'The OpenAPI 3.1 document') },
    },
  ],
};
