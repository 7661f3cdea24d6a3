import * as z from '../zod';
import { HttpUrlSchema, InstantSchema, ProblemSchema, UuidSchema } from './common';

export const MAX_CLIPS_PER_BATCH = 50;
export const CLOCKS = ['recording', 'live', 'wall'] as const;
export const ClockSchema = z.enum(CLOCKS);
export type Clock = z.infer<typeof ClockSchema>;

// zod's numbers are finite: Infinity and NaN get the number's own message.
const seconds = z.number({ message: 'must be a number of seconds' }).check(z.minimum(0, 'must not be negative'));
const TagSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(64));

const clipBase = {
  id: UuidSchema,
  dialogueId: UuidSchema,
  speaker: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200)),
  tags: z._default(z.array(TagSchema).check(z.maxLength(20)), []),
  note: z._default(z.string().check(z.maxLength(10_000)), ''),
  /** `floor` or an interpretation language code such as `fr`. */
  channel: z._default(z.string().check(z.trim(), z.minLength(1), z.maxLength(16)), 'floor'),
  capturedAt: InstantSchema,
};

/**
 * The wall clock when Start and End were pressed. A live player's time has no known zero, so these
 * instants are what ties a live clip to the recording when no other observer's clip anchors it.
 */
export const MarkedAtSchema = z
  .strictObject({ start: InstantSchema, end: z.nullable(InstantSchema) })
  .check(z.refine((m) => m.end === null || Date.parse(m.end) >= Date.parse(m.start), { message: 'must not be before start', path: ['end'] }))
  .register(z.globalRegistry, { id: 'MarkedAt' });
export type MarkedAt = z.infer<typeof MarkedAtSchema>;

export const WebcastClipSchema = z
  .strictObject({
    ...clipBase,
    kind: z.literal('webcast'),
    url: z.optional(z.nullable(HttpUrlSchema)),
    clock: ClockSchema,
    start: seconds,
    end: z.nullable(seconds),
    markedAt: z.optional(MarkedAtSchema),
  })
  .check(z.refine((c) => c.end === null || c.end >= c.start, { message: 'must not be before start', path: ['end'] }))
  .register(z.globalRegistry, { id: 'WebcastClip' });

export const TextQuoteSchema = z.strictObject({
  exact: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(20_000)),
  prefix: z._default(z.string().check(z.maxLength(500)), ''),
  suffix: z._default(z.string().check(z.maxLength(500)), ''),
});

export const TextPositionSchema = z
  .strictObject({ start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) })
  .check(z.refine((p) => p.end >= p.start, { message: 'must not be before start', path: ['end'] }));

export const PageClipSchema = z
  .strictObject({
    ...clipBase,
    kind: z.literal('page'),
    url: HttpUrlSchema,
    quote: TextQuoteSchema,
    position: z.optional(z.nullable(TextPositionSchema)),
  })
  .register(z.globalRegistry, { id: 'PageClip' });

export const ClipInputSchema = z
  .discriminatedUnion('kind', [WebcastClipSchema, PageClipSchema])
  .register(z.globalRegistry, { id: 'ClipInput' });
export type ClipInput = z.infer<typeof ClipInputSchema>;
export type WebcastClip = z.infer<typeof WebcastClipSchema>;
export type PageClip = z.infer<typeof PageClipSchema>;

/**
 * The batch envelope is checked first; each clip is then checked on its own so that one bad
 * clip gets its own error while the others are stored.
 */
export const ClipBatchSchema = z
  .strictObject({
    clips: z
      .array(z.unknown())
      .check(
        z.minLength(1, 'must hold at least one clip'),
        z.maxLength(MAX_CLIPS_PER_BATCH, `must hold at most ${MAX_CLIPS_PER_BATCH} clips`),
      ),
  })
  .register(z.globalRegistry, { id: 'ClipBatch', description: `Up to ${MAX_CLIPS_PER_BATCH} clips; each item is a ClipInput.` });

export const ClipResultSchema = z
  .object({
    index: z.int(),
    id: z.nullable(z.string()),
    /** `stored`: the server holds this clip (first time or re-sent). */
    status: z.enum(['stored', 'invalid', 'conflict']),
    problems: z.optional(z.array(ProblemSchema)),
  })
  .register(z.globalRegistry, { id: 'ClipResult' });
export type ClipResult = z.infer<typeof ClipResultSchema>;

export const ClipBatchResultSchema = z
  .object({ results: z.array(ClipResultSchema) })
  .register(z.globalRegistry, { id: 'ClipBatchResult' });
export type ClipBatchResult = z.infer<typeof ClipBatchResultSchema>;
