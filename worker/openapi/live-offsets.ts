import { LiveOffsetInputSchema, LiveOffsetSchema, UuidSchema } from '../../shared/schemas';
import { bearer, errors, json, type ResourceDoc } from './helpers';

const params = { id: UuidSchema, memberId: UuidSchema };

export const liveOffsets: ResourceDoc = {
  operations: [
    {
      method: 'put',
      path: '/api/v1/dialogues/{id}/live-offsets/{memberId}',
      tags: ['dialogues'],
      summary: "Sets a member's live-clock offset by hand (reviewers and admins); it wins over the estimate",
      description: 'The offset is subtracted from the member’s live-clock times. The record is re-assembled.',
      security: bearer,
      params,
      body: LiveOffsetInputSchema,
      responses: { 200: json(LiveOffsetSchema, 'The offset now set'), ...errors(400, 401, 403, 404, 413, 415) },
    },
    {
      method: 'delete',
      path: '/api/v1/dialogues/{id}/live-offsets/{memberId}',
      tags: ['dialogues'],
      summary: "Clears a member's manual live-clock offset (reviewers and admins); estimates apply again",
      security: bearer,
      params,
      responses: { 204: { description: 'Cleared (or there was none)' }, ...errors(401, 403, 404) },
    },
  ],
};
