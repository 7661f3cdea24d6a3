/**
 * An observer editing their own clip after it was sent, and reading back where their clips stand
 * in review. The fields reuse the clip's own rules, so an edit is held to what a new clip is.
 */
import * as z from '../zod';
import { ClipInputSchema, WebcastClipSchema, type ClipInput } from './clip';
import { InterventionStatusSchema } from './status';
import { UuidSchema } from './common';

const fields = WebcastClipSchema.shape;
export const CLIP_EDIT_FIELDS = ['speaker', 'tags', 'note', 'channel', 'start', 'end'] as const;
export type ClipEditField = (typeof CLIP_EDIT_FIELDS)[number];

/** Every field is optional; `start` and `end` only apply to webcast clips. */
export const ClipPatchSchema = z
  .strictObject({
    speaker: z.optional(fields.speaker),
    tags: z.optional(z.array(fields.tags.def.innerType.def.element).check(z.maxLength(20))),
    note: z.optional(fields.note.def.innerType),
    channel: z.optional(fields.channel.def.innerType),
    start: z.optional(fields.start),
    end: z.optional(fields.end),
  })
  .check(
    z.refine((p) => CLIP_EDIT_FIELDS.some((f) => p[f] !== undefined), {
      message: `must change at least one of ${CLIP_EDIT_FIELDS.join(', ')}`,
      path: [],
    }),
    z.refine((p) => p.start === undefined || p.end === undefined || p.end === null || p.end >= p.start, {
      message: 'must not be before start',
      path: ['end'],
    }),
  )
  .register(z.globalRegistry, { id: 'ClipPatch' });
export type ClipPatch = z.infer<typeof ClipPatchSchema>;

/**
 * The clip with the edit applied, before it is checked (the server and the extension both check it
 * with ClipInputSchema). On the live clock a wall-clock mark moves with its time, as when a live
 * time is typed in the side panel: a Start moved 5 s earlier was also pressed 5 s earlier.
 */
export function applyClipPatch(clip: ClipInput, patch: ClipPatch): Record<string, unknown> {
  const next = { ...clip, ...patch };
  if (clip.kind !== 'webcast' || clip.clock !== 'live' || !clip.markedAt) return next;
  const marks = clip.markedAt;
  const moved = (iso: string, from: number, to: number) => (to === from ? iso : new Date(Date.parse(iso) + Math.round((to - from) * 1000)).toISOString());
  const start = patch.start === undefined ? marks.start : moved(marks.start, clip.start, patch.start);
  let end = marks.end;
  if (patch.end === null) end = null;
  else if (patch.end !== undefined && end !== null && clip.end !== null) end = moved(end, clip.end, patch.end);
  return { ...next, markedAt: { start, end } };
}

/**
 * Why a clip can no longer be edited by its observer: `reviewed` when an intervention holding it
 * was reviewed, approved or rejected; `locked` when a reviewer has set any of its fields.
 */
export const ClipLockSchema = z.enum(['reviewed', 'locked']);
export type ClipLock = z.infer<typeof ClipLockSchema>;

export const MyClipSchema = z
  .object({
    clip: ClipInputSchema,
    /** The intervention that holds the clip; null until the dialogue is assembled with it. */
    interventionId: z.nullable(z.string()),
    status: z.nullable(InterventionStatusSchema),
    editable: z.boolean(),
    lock: z.nullable(ClipLockSchema),
  })
  .register(z.globalRegistry, { id: 'MyClip' });
export type MyClip = z.infer<typeof MyClipSchema>;

export const MyClipListSchema = z.object({ clips: z.array(MyClipSchema) }).register(z.globalRegistry, { id: 'MyClipList' });
export type MyClipList = z.infer<typeof MyClipListSchema>;

export const MyClipsQuerySchema = z.object({ dialogueId: UuidSchema });
