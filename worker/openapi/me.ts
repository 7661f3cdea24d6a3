import { MeSchema } from '../../shared/schemas';
import { bearer, errors, json, type ResourceDoc } from './helpers';

export const me: ResourceDoc = {
  operations: [
    {
      method: 'get',
      path: '/api/v1/me',
      tags: ['teams'],
      summary: "The token's team and member",
      security: bearer,
      responses: { 200: json(MeSchema, 'Who the token belongs to'), ...errors(401) },
    },
  ],
};
