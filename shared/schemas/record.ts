import { z } from 'zod';

export const INTERVENTION_STATUSES = ['draft', 'needs-review', 'reviewed', 'approved', 'rejected'] as const;

export const InterventionSchema = z
  .object({
    id: z.string(),
    speaker: z.string(),
    /** Seconds on the recording clock; null for an undated intervention (page quotes only). */
    start: z.number().nullable(),
    end: z.number().nullable(),
    clipIds: z.array(z.string()),
    tags: z.array(z.string()),
    notes: z.array(z.string()),
    quotes: z.array(z.string()),
    status: z.enum(INTERVENTION_STATUSES),
  })
  .meta({ id: 'Intervention' });
export type Intervention = z.infer<typeof InterventionSchema>;

export const DialogueRecordSchema = z
  .object({ dialogueId: z.string(), interventions: z.array(InterventionSchema) })
  .meta({ id: 'DialogueRecord' });
export type DialogueRecord = z.infer<typeof DialogueRecordSchema>;
