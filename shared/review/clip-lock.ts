import type { ClipLock } from '../schemas/clip-edit';
import type { InterventionStatus } from './model';

/** Statuses a reviewer gives: a clip under one of them is no longer its observer's to change. */
export const REVIEWED_STATUSES = ['reviewed', 'approved', 'rejected'] as const satisfies readonly InterventionStatus[];

/**
 * Whether an observer may still edit a clip, from the interventions that hold it. The worker's
 * guarded write states the same rule in SQL (repositories/my-clips.ts); a test keeps them alike.
 */
export function clipLock(holders: readonly { status: InterventionStatus; locked: readonly string[] }[]): ClipLock | null {
  if (holders.some((h) => (REVIEWED_STATUSES as readonly string[]).includes(h.status))) return 'reviewed';
  if (holders.some((h) => h.locked.length > 0)) return 'locked';
  return null;
}
