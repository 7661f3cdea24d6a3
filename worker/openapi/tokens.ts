import { TokenCreateResultSchema, TokenCreateSchema, TokenListSchema, UuidSchema } from '../../shared/schemas';
import { bearer, errors, json, type ResourceDoc } from './helpers';

export const tokens: ResourceDoc = {
  operations: [
    {
      method: 'post',
      path: '/api/v1/tokens',
      tags: ['teams'],
      summary: 'Creates a personal token; the secret is answered only this once',
      description:
        'Without `memberId` the token is the caller’s own; admins may name another member of the team. ' +
        '`role` defaults to the member’s role and may not exceed it (nor the calling token’s role).',
      security: bearer,
      body: TokenCreateSchema,
      responses: { 201: json(TokenCreateResultSchema, 'The token and its secret'), ...errors(400, 401, 403, 404, 413, 415) },
    },
    {
      method: 'get',
      path: '/api/v1/tokens',
      tags: ['teams'],
      summary: "The caller's tokens (admins: all the team's), newest first, revoked ones included; never a secret or hash",
      security: bearer,
      responses: { 200: json(TokenListSchema, 'The tokens'), ...errors(401) },
    },
    {
      method: 'delete',
      path: '/api/v1/tokens/{id}',
      tags: ['teams'],
      summary: 'Revokes a token at once (own tokens; admins any of the team)',
      security: bearer,
      params: { id: UuidSchema },
      responses: { 204: { description: 'Revoked (or already revoked)' }, ...errors(401, 404) },
    },
  ],
};
