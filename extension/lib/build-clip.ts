import { ClipInputSchema, type ClipInput } from '../../shared/schemas';
import type { Draft } from './storage';

export type Field = 'dialogueId' | 'start' | 'end' | 'speaker' | 'tags' | 'note';
export type FieldErrors = Partial<Record<Field, string>>;
export type Built = { ok: true; clip: ClipInput } | { ok: false; errors: FieldErrors };

const FIELDS: readonly string[] = ['dialogueId', 'start', 'end', 'speaker', 'tags', 'note'];

/** Seconds from "75.5", "1:15.5" or "1:01:15". */
export function parseTime(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(t)) return undefined;
  return t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

export function splitTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Builds a webcast clip from the draft and checks it with the shared schema. */
export function buildClip(input: { draft: Draft; dialogueId: string; id: string; capturedAt: string }): Built {
  const { draft } = input;
  const errors: FieldErrors = {};
  if (!input.dialogueId) errors.dialogueId = 'Choose a dialogue.';
  const start = parseTime(draft.start);
  if (draft.start.trim() === '') errors.start = 'Press Start, or type the start in seconds.';
  else if (start === undefined) errors.start = 'Type seconds, such as 75.5 or 1:15.5.';
  const end = draft.end.trim() === '' ? null : parseTime(draft.end);
  if (end === undefined) errors.end = 'Type seconds, such as 95 or 1:35.';
  const url = draft.url && /^https?:\/\//.test(draft.url) && draft.url.length <= 2048 ? draft.url : null;

  const candidate = {
    id: input.id,
    kind: 'webcast' as const,
    dialogueId: input.dialogueId,
    clock: 'recording' as const,
    start: start ?? 0,
    end: end ?? null,
    speaker: draft.speaker,
    tags: splitTags(draft.tags),
    note: draft.note,
    channel: 'floor',
    capturedAt: input.capturedAt,
    url,
  };
  const parsed = ClipInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field = (FIELDS.includes(key) ? key : 'note') as Field;
      const label = key === 'speaker' ? 'Speaker' : key === 'end' ? 'End' : key === 'start' ? 'Start' : key === 'tags' ? 'Each tag' : '';
      errors[field] ??= field === 'dialogueId' ? 'Choose a dialogue.' : `${label || key} ${issue.message}.`.trim();
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, clip: parsed.data };
}
