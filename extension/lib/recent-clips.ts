/**
 * The clips the server stored from this browser, newest first, so their observer can follow them
 * through review and edit them until a reviewer has. Only the background writes them.
 */
import type { ClipInput, MyClip } from '../../shared/schemas';
import { RECENT_CLIPS_MAX, recentClipsItem, type RecentClip } from './storage';

let lock: Promise<unknown> = Promise.resolve();

/** Serialised read-modify-write, as the outbox does for its own item. */
export function updateRecent(fn: (list: RecentClip[]) => RecentClip[]): Promise<RecentClip[]> {
  const run = lock.then(async () => {
    const next = fn(await recentClipsItem.getValue());
    await recentClipsItem.setValue(next);
    return next;
  });
  lock = run.catch(() => undefined);
  return run;
}

/** The server stored these clips: they go first, replacing an older copy, and the list keeps its bound. */
export function rememberSent(clips: readonly ClipInput[], at: number): Promise<RecentClip[]> {
  if (clips.length === 0) return recentClipsItem.getValue();
  const ids = new Set(clips.map((c) => c.id));
  return updateRecent((list) => {
    const kept = new Map(list.filter((r) => ids.has(r.clip.id)).map((r) => [r.clip.id, r.review]));
    const fresh = [...clips].reverse().map((clip): RecentClip => ({ clip, sentAt: at, review: kept.get(clip.id) ?? null }));
    return [...fresh, ...list.filter((r) => !ids.has(r.clip.id))].slice(0, RECENT_CLIPS_MAX);
  });
}

/** What the server said of each clip: its current content and where it stands in review. */
export function applyServerView(views: readonly MyClip[], at: number): Promise<RecentClip[]> {
  const byId = new Map(views.map((v) => [v.clip.id, v]));
  return updateRecent((list) =>
    list.map((r) => {
      const v = byId.get(r.clip.id);
      return v ? { ...r, clip: v.clip, review: { status: v.status, editable: v.editable, lock: v.lock, checkedAt: at } } : r;
    }),
  );
}

/** The server refused an edit because a reviewer got there first: show the clip as locked. */
export function markLocked(id: string, lock: 'reviewed' | 'locked', at: number): Promise<RecentClip[]> {
  return updateRecent((list) =>
    list.map((r) => (r.clip.id === id ? { ...r, review: { status: r.review?.status ?? null, editable: false, lock, checkedAt: at } } : r)),
  );
}

/** The dialogues the recent clips belong to, most recent first. */
export function dialoguesOf(list: readonly RecentClip[]): string[] {
  return [...new Set(list.map((r) => r.clip.dialogueId))];
}
