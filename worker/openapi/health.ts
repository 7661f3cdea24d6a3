import { HealthSchema } from '../../shared/schemas';
import { json, type ResourceDoc } from './helpers';

export const health: ResourceDoc = {
  operations: [
    {
      method: 'get',
      path: '/api/v1/health',
      tags: ['meta'],
      summary: 'Tells that the Worker is up (no auth, no database)',
      responses: { 200: json(HealthSchema, 'The Worker is up') },
    },
  ],
};
