import * as z from '../zod';

export const INTERVENTION_STATUSES = ['draft', 'needs-review', 'reviewed', 'approved', 'rejected'] as const;
export const InterventionStatusSchema = z.enum(INTERVENTION_STATUSES);

/** How many of a dialogue's interventions have each status. */
export const StatusCountsSchema = z
  .object({
    draft: z.int(),
    'needs-review': z.int(),
    reviewed: z.int(),
    approved: z.int(),
    rejected: z.int(),
  })
  .register(z.globalRegistry, { id: 'StatusCounts' });
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const emptyStatusCounts = (): StatusCounts =>
  Object.fromEntries(INTERVENTION_STATUSES.map((s) => [s, 0])) as StatusCounts;
