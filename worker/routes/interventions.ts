import * as z from '../../shared/zod';
import {
  InterventionIdSchema,
  InterventionPatchSchema,
  InterventionSchema,
  MergeInputSchema,
  RestoreInputSchema,
  SplitInputSchema,
  UndoInputSchema,
} from '../../shared/schemas';
import { getDb } from '../db/client';
import { createApp } from '../lib/create-app';
import { json, param } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { editIntervention, interventionRevisions, restoreIntervention } from '../services/review';
import { mergeInterventions, splitIntervention } from '../services/review-structure';
import { undoStructure } from '../services/review-undo';

const params = param(z.object({ id: InterventionIdSchema }));
const staleBody = (current: z.infer<typeof InterventionSchema>) => ({
  error: { code: 'stale' as const, message: 'The intervention changed since the version this edit was based on' },
  current,
});

/** Documented in worker/openapi/interventions.ts. */
export const interventions = createApp()
  .post('/merge', requireAuth, requireRole('reviewer'), json(MergeInputSchema), async (c) => {
    const result = await mergeInterventions(getDb(c.env.DB), c.var.caller, c.req.valid('json'));
    return result.ok ? c.json({ intervention: result.value }, 200) : c.json(staleBody(result.current), 409);
  })
  .patch('/:id', requireAuth, requireRole('reviewer'), params, json(InterventionPatchSchema), async (c) => {
    const result = await editIntervention(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    return result.ok ? c.json(result.value, 200) : c.json(staleBody(result.current), 409);
  })
  .post('/:id/split', requireAuth, requireRole('reviewer'), params, json(SplitInputSchema), async (c) => {
    const result = await splitIntervention(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    return result.ok ? c.json({ interventions: result.value }, 200) : c.json(staleBody(result.current), 409);
  })
  .get('/:id/revisions', requireAuth, params, async (c) => {
    return c.json({ revisions: await interventionRevisions(getDb(c.env.DB), c.var.caller, c.req.valid('param').id) }, 200);
  })
  .post('/:id/restore', requireAuth, requireRole('reviewer'), params, json(RestoreInputSchema), async (c) => {
    const result = await restoreIntervention(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    return result.ok ? c.json(result.value, 200) : c.json(staleBody(result.current), 409);
  })
  .post('/:id/undo', requireAuth, requireRole('reviewer'), params, json(UndoInputSchema), async (c) => {
    const result = await undoStructure(getDb(c.env.DB), c.var.caller, c.req.valid('param').id, c.req.valid('json'));
    if (result.ok) return c.json(result.value, 200);
    return c.json({ error: { code: result.code, message: result.message }, current: result.current }, 409);
  });
