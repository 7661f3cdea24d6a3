import {
  InterventionIdSchema,
  InterventionPatchSchema,
  InterventionSchema,
  MergeInputSchema,
  MergeResultSchema,
  RestoreInputSchema,
  RevisionListSchema,
  SplitInputSchema,
  SplitResultSchema,
  StaleSchema,
} from '../../shared/schemas';
import { bearer, errors, json, type ResourceDoc } from './helpers';

const params = { id: InterventionIdSchema };
const stale = { 409: json(StaleSchema, 'Based on an older version (stale); `current` is the intervention now') };

export const interventions: ResourceDoc = {
  operations: [
    {
      method: 'patch',
      path: '/api/v1/interventions/{id}',
      tags: ['review'],
      summary: 'Edits an intervention (reviewers and admins); every field given is locked against re-assembly',
      description: 'Writes one revision (`status` when only the status changes, else `edit`). `baseVersion` must be the current version.',
      security: bearer,
      params,
      body: InterventionPatchSchema,
      responses: { 200: json(InterventionSchema, 'The intervention, one version up'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
    },
    {
      method: 'post',
      path: '/api/v1/interventions/{id}/split',
      tags: ['review'],
      summary: 'Splits an intervention at a time strictly inside it (reviewers and admins)',
      description: 'The first half keeps the id; clips starting at or after `at` go to the second. Both halves lock their times.',
      security: bearer,
      params,
      body: SplitInputSchema,
      responses: { 200: json(SplitResultSchema, 'Both halves, in order'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
    },
    {
      method: 'post',
      path: '/api/v1/interventions/merge',
      tags: ['review'],
      summary: 'Merges two interventions of a dialogue into the earlier one (reviewers and admins)',
      description: 'The other is marked merged away: it leaves the record, and its clips stay with the merged one.',
      security: bearer,
      body: MergeInputSchema,
      responses: { 200: json(MergeResultSchema, 'The merged intervention'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
    },
    {
      method: 'get',
      path: '/api/v1/interventions/{id}/revisions',
      tags: ['review'],
      summary: "An intervention's history, newest first (any member of the team)",
      security: bearer,
      params,
      responses: { 200: json(RevisionListSchema, 'The revisions'), ...errors(401, 404) },
    },
    {
      method: 'post',
      path: '/api/v1/interventions/{id}/restore',
      tags: ['review'],
      summary: "Restores an earlier revision's fields and locks as a new revision (reviewers and admins)",
      description: 'Which clips the intervention holds is not rolled back.',
      security: bearer,
      params,
      body: RestoreInputSchema,
      responses: { 200: json(InterventionSchema, 'The intervention, one version up'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
    },
  ],
};
