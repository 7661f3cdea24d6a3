import { BootstrapResultSchema, BootstrapSchema } from '../../shared/schemas';
import { bootstrapSecret, errors, json, type ResourceDoc } from './helpers';

export const bootstrap: ResourceDoc = {
  operations: [
    {
      method: 'post',
      path: '/api/v1/bootstrap',
      tags: ['teams'],
      summary: 'Creates a team and its first admin; answers the admin token, shown only this once',
      description: 'Authorised by `Authorization: Bearer <BOOTSTRAP_TOKEN secret>`, not by an API token.',
      security: bootstrapSecret,
      body: BootstrapSchema,
      responses: {
        201: json(BootstrapResultSchema, 'The team, its admin and the admin token'),
        ...errors(400, 401, 413, 415, 503),
      },
    },
  ],
};
