import { UuidSchema } from '../../shared/schemas';
import { ShareLinkCreateSchema, ShareLinkCreatedSchema, ShareLinkListSchema } from '../../shared/schemas/export';
import { bearer, errors, json, type ResourceDoc } from './helpers';

const params = { id: UuidSchema };

export const shareLinks: ResourceDoc = {
  operations: [
    {
      method: 'post',
      path: '/api/v1/dialogues/{id}/share-links',
      tags: ['exports'],
      summary: "Makes a read-only link to the dialogue's summary (reviewers and admins); its URL is answered only this once",
      description: 'The link works without a token and shows approved interventions only, as HTML or Markdown, until revoked.',
      security: bearer,
      params,
      body: ShareLinkCreateSchema,
      responses: { 201: json(ShareLinkCreatedSchema, 'The link with its URL'), ...errors(400, 401, 403, 404, 413, 415) },
    },
    {
      method: 'get',
      path: '/api/v1/dialogues/{id}/share-links',
      tags: ['exports'],
      summary: "The dialogue's share links, newest first, revoked ones included; never a URL (reviewers and admins)",
      security: bearer,
      params,
      responses: { 200: json(ShareLinkListSchema, 'The links'), ...errors(401, 403, 404) },
    },
    {
      method: 'delete',
      path: '/api/v1/share-links/{id}',
      tags: ['exports'],
      summary: 'Revokes a share link at once (reviewers and admins)',
      security: bearer,
      params,
      responses: { 204: { description: 'Revoked (or already revoked)' }, ...errors(401, 403, 404) },
    },
  ],
};
