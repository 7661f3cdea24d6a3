import * as z from '../zod';
import { RecordInterventionSchema } from './intervention';

// The intervention shapes live in ./intervention; re-exported here, where the record always had them.
export * from './intervention';

export const OFFSET_SOURCES = ['manual', 'estimated', 'wall-marks', 'capture-time', 'none'] as const;

/** A live observer's clock offset: seconds subtracted from their live-clock times. */
export const OffsetEstimateSchema = z
  .object({
    offset: z.number(),
    source: z.enum(OFFSET_SOURCES),
    /** How many of the observer's clips agreed with it. */
    support: z.int(),
  })
  .register(z.globalRegistry, { id: 'OffsetEstimate' });

export const DialogueRecordSchema = z
  .object({
    dialogueId: z.string(),
    /** The dialogue's input revision this record was assembled from. */
    revision: z.int(),
    interventions: z.array(RecordInterventionSchema),
    /** Per member who clipped on a live clock. */
    offsets: z.record(z.string(), OffsetEstimateSchema),
  })
  .register(z.globalRegistry, { id: 'DialogueRecord' });
export type DialogueRecord = z.infer<typeof DialogueRecordSchema>;

export const LIVE_OFFSET_LIMIT_S = 86_400;

export const LiveOffsetInputSchema = z
  .strictObject({
    /** Seconds to subtract from the member's live-clock times to reach the recording clock. */
    offset: z
      .number({ message: 'must be a number of seconds' })
      .check(z.minimum(-LIVE_OFFSET_LIMIT_S), z.maximum(LIVE_OFFSET_LIMIT_S)),
  })
  .register(z.globalRegistry, { id: 'LiveOffsetInput' });
export type LiveOffsetInput = z.infer<typeof LiveOffsetInputSchema>;

export const LiveOffsetSchema = z
  .object({ memberId: z.string(), offset: z.number() })
  .register(z.globalRegistry, { id: 'LiveOffset' });
export type LiveOffset = z.infer<typeof LiveOffsetSchema>;
