/**
 * An observer's edit of a clip, before or after sending: applied to the clip and checked with the
 * same shared schemas the server uses, so a refused edit is refused here first, field by field.
 */
import { ClipInputSchema, ClipPatchSchema, applyClipPatch, type ClipInput, type ClipPatch, type MyClip, type Problem } from '../../shared/schemas';
import type { ApiClient, ApiError } from './api-client';
import type { EditRefusal } from './storage';

export type EditCheck = { ok: true; clip: ClipInput; patch: ClipPatch } | { ok: false; problems: Problem[] };

/** The fields of `clip` that `patch` may change; start and end only on a webcast clip. */
export function editableFields(clip: ClipInput): ClipPatch {
  const base = { speaker: clip.speaker, tags: clip.tags, note: clip.note, channel: clip.channel };
  return clip.kind === 'webcast' ? { ...base, start: clip.start, end: clip.end } : base;
}

/** The clip with the edit applied, or the problems by field path ('speaker', 'tags.1', 'end'). */
export function applyEdit(clip: ClipInput, patch: ClipPatch): EditCheck {
  const problems: Problem[] = [];
  const checked = ClipPatchSchema.safeParse(patch);
  if (!checked.success) problems.push(...issuesOf(checked.error.issues));
  if (clip.kind !== 'webcast') {
    for (const f of ['start', 'end'] as const) if (patch[f] !== undefined) problems.push({ path: f, message: 'applies only to webcast clips' });
  }
  // The whole clip is checked too, so every field at fault is named at once (an end before a new start).
  const parsed = ClipInputSchema.safeParse(applyClipPatch(clip, patch));
  if (!parsed.success) problems.push(...issuesOf(parsed.error.issues).filter((p) => !problems.some((q) => q.path === p.path)));
  if (problems.length > 0 || !parsed.success || !checked.success) return { ok: false, problems };
  return { ok: true, clip: parsed.data, patch: checked.data };
}

function issuesOf(issues: readonly { path: PropertyKey[]; message: string }[]): Problem[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/** What an edit came to: the clip as it now stands, or why not, in terms the panel can word. */
export type ClipEditResult =
  /** `queued`: the server could not be asked now; the edit waits in the outbox and syncs later. */
  | { ok: true; clip: ClipInput; queued?: boolean }
  | {
      ok: false;
      /**
       * `invalid`: see problems; `locked`: a reviewer has reviewed (or edited) it; `gone`: no such
       * clip here any more; `failed`: the server could not be asked or refused otherwise (message).
       */
      reason: 'invalid' | 'locked' | 'gone' | 'failed';
      /** The server refused it for good: why, as the outbox words a refused queued edit. */
      refusal?: EditRefusal;
      problems?: Problem[];
      message?: string;
    };

/**
 * Whether the server's answer to an edit is worth asking again later: no answer, a server in
 * trouble (5xx, 429), a refused token (sent once the settings change), or two edits at once.
 * Any other refusal is final: sending the same edit again would be refused again.
 */
export function editRetryable(error: ApiError): boolean {
  return error.kind !== 'client' || (error.status === 409 && error.code === 'clip_busy');
}

/** Why the server refused an edit for good, in terms the panel words. */
export function refusalOf(error: Extract<ApiError, { kind: 'client' }>): EditRefusal {
  if (error.status === 409) return error.code === 'clip_locked' ? 'locked' : 'reviewed';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'gone';
  if (error.status === 400) return 'invalid';
  return 'refused';
}

/** Whether two states of a clip agree on every field an edit may change. */
export function sameEditableFields(a: ClipInput, b: ClipInput): boolean {
  // editableFields builds both objects in the same key order, so their JSON compares them whole.
  return a.kind === b.kind && JSON.stringify(editableFields(a)) === JSON.stringify(editableFields(b));
}

/**
 * A queued edit refused as locked (409) may have landed already: an earlier try was applied, its
 * answer lost, and a reviewer locked the clip before this try. The server's current clip says
 * which: `landed` with the server's view when it already holds the edit, null when it does not,
 * or the error when it cannot be read now (then nothing is known, and nothing is declared).
 */
export async function landedEdit(client: ApiClient, clip: ClipInput): Promise<{ landed: MyClip | null } | { error: ApiError }> {
  const res = await client.listMyClips(clip.dialogueId);
  if (!res.ok) return { error: res.error };
  const view = res.value.find((v) => v.clip.id === clip.id);
  return { landed: view && sameEditableFields(view.clip, clip) ? view : null };
}
