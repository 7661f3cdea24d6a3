import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
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
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { bearer, errors, json, jsonBody } from '../lib/openapi';
import { requireAuth, requireRole } from '../middleware/auth';
import { editIntervention, interventionRevisions, restoreIntervention } from '../services/review';
import { mergeInterventions, splitIntervention } from '../services/review-structure';

const params = z.object({ id: InterventionIdSchema });
const stale = { 409: json(StaleSchema, 'Based on an older version (stale); `current` is the intervention now') };
const staleBody = (current: z.infer<typeof InterventionSchema>) => ({
  error: { code: 'stale' as const, message: 'The intervention changed since the version this edit was based on' },
  current,
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['review'],
  summary: 'Edits an intervention (reviewers and admins); every field given is locked against re-assembly',
  description: 'Writes one revision (`status` when only the status changes, else `edit`). `baseVersion` must be the current version.',
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params, body: jsonBody(InterventionPatchSchema) },
  responses: { 200: json(InterventionSchema, 'The intervention, one version up'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
});

const splitRoute = createRoute({
  method: 'post',
  path: '/{id}/split',
  tags: ['review'],
  summary: 'Splits an intervention at a time strictly inside it (reviewers and admins)',
  description: 'The first half keeps the id; clips starting at or after `at` go to the second. Both halves lock their times.',
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params, body: jsonBody(SplitInputSchema) },
  responses: { 200: json(SplitResultSchema, 'Both halves, in order'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
});

const mergeRoute = createRoute({
  method: 'post',
  path: '/merge',
  tags: ['review'],
  summary: 'Merges two interventions of a dialogue into the earlier one (reviewers and admins)',
  description: 'The other is marked merged away: it leaves the record, and its clips stay with the merged one.',
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { body: jsonBody(MergeInputSchema) },
  responses: { 200: json(MergeResultSchema, 'The merged intervention'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
});

const revisionsRoute = createRoute({
  method: 'get',
  path: '/{id}/revisions',
  tags: ['review'],
  summary: "An intervention's history, newest first (any member of the team)",
  security: bearer,
  middleware: [requireAuth] as const,
  request: { params },
  responses: { 200: json(RevisionListSchema, 'The revisions'), ...errors(401, 404) },
});

const restoreRoute = createRoute({
  method: 'post',
  path: '/{id}/restore',
  tags: ['review'],
  summary: "Restores an earlier revision's fields and locks as a new revision (reviewers and admins)",
  description: 'Which clips the intervention holds is not rolled back.',
  security: bearer,
  middleware: [requireAuth, requireRole('reviewer')] as const,
  request: { params, body: jsonBody(RestoreInputSchema) },
  responses: { 200: json(InterventionSchema, 'The intervention, one version up'), ...stale, ...errors(400, 401, 403, 404, 413, 415) },
});

export const interventions = createApp()
  .openapi(mergeRoute, async (c) => {
    const result = await mergeInterventions(getDb(c.env.DB), c.var.caller, c.req.valid('json'));
    return result.ok ? c.json({ intervention: result.value }, 200) : c.json(staleBody(result.current), 409);
  })
  .openapi(patchRoute, async (c) => {
    const result = await editIntervention(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    return result.ok ? c.json(result.value, 200) : c.json(staleBody(result.current), 409);
  })
  .openapi(splitRoute, async (c) => {
    const result = await splitIntervention(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    return result.ok ? c.json({ interventions: result.value }, 200) : c.json(staleBody(result.current), 409);
  })
  .openapi(revisionsRoute, async (c) => {
    return c.json({ revisions: await interventionRevisions(getDb(c.env.DB), c.var.caller, c.req.valid('param').id) }, 200);
  })
  .openapi(restoreRoute, async (c) => {
    const result = await restoreIntervention(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    return result.ok ? c.json(result.value, 200) : c.json(staleBody(result.current), 409);
  });
