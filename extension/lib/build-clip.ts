/**
 * From the draft (the inputs' text) to a clip the outbox can send, checked with the shared schema.
 * Runs in the background, for the panel's Save and for the keyboard commands alike, so both build
 * the same clip. Errors are message keys: the panel shows them in its language, and a command's
 * notice is written in the language the background loaded.
 */
import { ClipInputSchema, type ClipInput, type Clock, type Dialogue, type MarkedAt } from '../../shared/schemas';
import { resolveWallRange } from './clock-marks';
import { parseTime, splitTags } from './draft-text';
import { EMPTY_DRAFT, type Draft } from './storage';

export type Field = 'dialogueId' | 'start' | 'end' | 'speaker' | 'tags' | 'note';
/** A message key of the `capture` namespace and its placeholders. */
export interface FieldMessage {
  key: string;
  params?: Record<string, string | number>;
}
export type FieldErrors = Partial<Record<Field, FieldMessage>>;
export type Built = { ok: true; clip: ClipInput } | { ok: false; errors: FieldErrors };

export const FIELDS: readonly Field[] = ['dialogueId', 'start', 'end', 'speaker', 'tags', 'note'];

// Re-exported for the callers that build clips; pages import them from draft-text (no zod there).
export { parseTime, splitTags } from './draft-text';

export interface ClipTimes {
  clock: Clock;
  /** undefined: the text is not a time on this clock. */
  start: number | undefined;
  /** null: no End yet; undefined: the text is not a time on this clock. */
  end: number | null | undefined;
  /** Why a time is refused on this clock, when the generic message would not say (wall clock). */
  problem?: { field: 'start' | 'end'; message: FieldMessage };
  /** The wall clock of a live clip's marks, which ties it to the recording. */
  markedAt?: MarkedAt;
}

/**
 * The draft's Start and End as numbers on the clip's clock. The only place that knows what the
 * inputs' text means on each clock: player seconds, or the wall clock's local time of day, sent
 * as Unix seconds and resolved on the date of its mark, else of `todayMs` (clock-marks.ts).
 */
export function clipTimes(draft: Draft, todayMs: number): ClipTimes {
  if (draft.clock === 'wall') {
    const range = resolveWallRange(draft, todayMs);
    if (range.ok) return { clock: 'wall', start: range.start, end: range.end };
    const problem = { field: range.field, message: { key: range.key } };
    return { clock: 'wall', start: range.field === 'start' ? undefined : 0, end: range.field === 'end' ? undefined : null, problem };
  }
  const start = parseTime(draft.start);
  const end = draft.end.trim() === '' ? null : parseTime(draft.end);
  if (draft.clock !== 'live' || draft.startMarkedAt === null) return { clock: draft.clock, start, end };
  const iso = (ms: number) => new Date(ms).toISOString();
  // An End mark before the Start mark (Start taken again later) pairs with nothing: left out.
  const endMark = end !== null && draft.endMarkedAt !== null && draft.endMarkedAt >= draft.startMarkedAt ? iso(draft.endMarkedAt) : null;
  return { clock: 'live', start, end, markedAt: { start: iso(draft.startMarkedAt), end: endMark } };
}

/** Builds a webcast clip from the draft and checks it with the shared schema. */
export function buildClip(input: { draft: Draft; dialogueId: string; id: string; capturedAt: string }): Built {
  const { draft } = input;
  const errors: FieldErrors = {};
  if (!input.dialogueId) errors.dialogueId = { key: 'capture.error.dialogue' };
  const times = clipTimes(draft, Date.parse(input.capturedAt));
  if (times.problem) errors[times.problem.field] = times.problem.message;
  if (draft.start.trim() === '') errors.start = { key: 'capture.error.startMissing' };
  else if (times.start === undefined) errors.start ??= { key: 'capture.error.startFormat' };
  if (times.end === undefined) errors.end ??= { key: 'capture.error.endFormat' };
  const url = draft.url && /^https?:\/\//.test(draft.url) && draft.url.length <= 2048 ? draft.url : null;

  const candidate = {
    id: input.id,
    kind: 'webcast' as const,
    dialogueId: input.dialogueId,
    clock: times.clock,
    start: times.start ?? 0,
    end: times.end ?? null,
    speaker: draft.speaker,
    tags: splitTags(draft.tags),
    note: draft.note,
    channel: draft.channel || 'floor',
    capturedAt: input.capturedAt,
    url,
    ...(times.markedAt ? { markedAt: times.markedAt } : {}),
  };
  const parsed = ClipInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: Field = (FIELDS as readonly string[]).includes(key) ? (key as Field) : 'note';
      errors[field] ??= schemaMessage(field, issue.code, issue.message);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, clip: parsed.data };
}

/** The schema's complaint in words the panel can translate; an unforeseen one keeps its English reason. */
function schemaMessage(field: Field, code: string, reason: string): FieldMessage {
  if (field === 'dialogueId') return { key: 'capture.error.dialogue' };
  if (field === 'speaker') return { key: code === 'too_big' ? 'capture.error.speakerLong' : 'capture.error.speakerEmpty' };
  if (field === 'end' && code === 'custom') return { key: 'capture.error.endBeforeStart' };
  if (field === 'tags') return { key: code === 'too_big' ? 'capture.error.tagsTooMany' : 'capture.error.tag' };
  if (field === 'note') return { key: 'capture.error.noteLong' };
  return { key: 'capture.error.other', params: { reason } };
}

/**
 * A new draft after a save: empty, on the remembered channel, with the dialogue's default tag.
 * The clock mode is kept so a wall-clock session stays on the wall clock.
 */
export function freshDraft(opts: { channel: string; dialogue?: Pick<Dialogue, 'defaultTag'> | null; clock?: Clock }): Draft {
  return { ...EMPTY_DRAFT, channel: opts.channel || 'floor', tags: opts.dialogue?.defaultTag ?? '', clock: opts.clock ?? EMPTY_DRAFT.clock };
}
