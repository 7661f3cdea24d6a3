import { z } from 'zod';
import { HttpUrlSchema, InstantSchema, ProblemSchema, UuidSchema } from './common';

export const MAX_CLIPS_PER_BATCH = 50;
export const CLOCKS = ['recording', 'live', 'wall'] as const;
export const ClockSchema = z.enum(CLOCKS);
export type Clock = z.infer<typeof ClockSchema>;

const seconds = z.number({ message: 'must be a number of seconds' }).finite('must be finite').min(0, 'must not be negative');
const TagSchema = z.string().trim().min(1, 'must not be empty').max(64);

const clipBase = {
  id: UuidSchema,
  dialogueId: UuidSchema,
  speaker: z.string().trim().min(1, 'must not be empty').max(200),
  tags: z.array(TagSchema).max(20).default([]),
  note: z.string().max(10_000).default(''),
  /** `floor` or an interpretation language code such as `fr`. */
  channel: z.string().trim().min(1).max(16).default('floor'),
  capturedAt: InstantSchema,
};

/**
 * The wall clock when Start and End were pressed. A live player's time has no known zero, so these
 * instants are what ties a live clip to the recording when no other observer's clip anchors it.
 */
export const MarkedAtSchema = z
  .object({ start: InstantSchema, end: InstantSchema.nullable() })
  .strict()
  .refine((m) => m.end === null || Date.parse(m.end) >= Date.parse(m.start), { message: 'must not be before start', path: ['end'] })
  .meta({ id: 'MarkedAt' });
export type MarkedAt = z.infer<typeof MarkedAtSchema>;

export const WebcastClipSchema = z
  .object({
    ...clipBase,
    kind: z.literal('webcast'),
    url: HttpUrlSchema.nullable().optional(),
    clock: ClockSchema,
    start: seconds,
    end: seconds.nullable(),
    markedAt: MarkedAtSchema.optional(),
  })
  .strict()
  .refine((c) => c.end === null || c.end >= c.start, { message: 'must not be before start', path: ['end'] })
  .meta({ id: 'WebcastClip' });

export const TextQuoteSchema = z
  .object({
    exact: z.string().min(1, 'must not be empty').max(20_000),
    prefix: z.string().max(500).default(''),
    suffix: z.string().max(500).default(''),
  })
  .strict();

export const TextPositionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((p) => p.end >= p.start, { message: 'must not be before start', path: ['end'] });

export const PageClipSchema = z
  .object({
    ...clipBase,
    kind: z.literal('page'),
    url: HttpUrlSchema,
    quote: TextQuoteSchema,
    position: TextPositionSchema.nullable().optional(),
  })
  .strict()
  .meta({ id: 'PageClip' });

export const ClipInputSchema = z.discriminatedUnion('kind', [WebcastClipSchema, PageClipSchema]).meta({ id: 'ClipInput' });
export type ClipInput = z.infer<typeof ClipInputSchema>;
export type WebcastClip = z.infer<typeof WebcastClipSchema>;
export type PageClip = z.infer<typeof PageClipSchema>;

/**
 * The batch envelope is checked first; each clip is then checked on its own so that one bad
 * clip gets its own error while the others are stored.
 */
export const ClipBatchSchema = z
  .object({
    clips: z
      .array(z.unknown())
      .min(1, 'must hold at least one clip')
      .max(MAX_CLIPS_PER_BATCH, `must hold at most ${MAX_CLIPS_PER_BATCH} clips`),
  })
  .strict()
  .meta({ id: 'ClipBatch', description: `Up to ${MAX_CLIPS_PER_BATCH} clips; each item is a ClipInput.` });

export const ClipResultSchema = z
  .object({
    index: z.number().int(),
    id: z.string().nullable(),
    /** `stored`: the server holds this clip (first time or re-sent). */
    status: z.enum(['stored', 'invalid', 'conflict']),
    problems: z.array(ProblemSchema).optional(),
  })
  .meta({ id: 'ClipResult' });
export type ClipResult = z.infer<typeof ClipResultSchema>;

export const ClipBatchResultSchema = z
  .object({ results: z.array(ClipResultSchema) })
  .meta({ id: 'ClipBatchResult' });
export type ClipBatchResult = z.infer<typeof ClipBatchResultSchema>;
