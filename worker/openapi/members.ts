import { MemberCreateResultSchema, MemberCreateSchema, MemberListSchema } from '../../shared/schemas';
import { bearer, errors, json, type ResourceDoc } from './helpers';

export const members: ResourceDoc = {
  operations: [
    {
      method: 'post',
      path: '/api/v1/members',
      tags: ['teams'],
      summary: 'Adds a member to the team with a first token, shown only this once (admins only)',
      security: bearer,
      body: MemberCreateSchema,
      responses: { 201: json(MemberCreateResultSchema, 'The member and their token'), ...errors(400, 401, 403, 413, 415) },
    },
    {
      method: 'get',
      path: '/api/v1/members',
      tags: ['teams'],
      summary: "The team's members, in the order they joined (every member of the team: reviewers need to know who clipped what)",
      security: bearer,
      responses: { 200: json(MemberListSchema, 'The members'), ...errors(401, 403) },
    },
  ],
};
