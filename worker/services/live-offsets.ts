import type { LiveOffset } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { notFound } from '../errors';
import { deleteLiveOffset, upsertLiveOffset } from '../repositories/live-offsets';
import { isTeamMember } from '../repositories/members';
import { getDialogue } from './dialogues';

/** The dialogue and the member must both be the caller's team's; anything else is not found. */
async function checkScope(db: Db, caller: Caller, dialogueId: string, memberId: string): Promise<void> {
  await getDialogue(db, caller, dialogueId);
  if (!(await isTeamMember(db, caller.team.id, memberId))) throw notFound('member');
}

export async function setLiveOffset(
  db: Db,
  caller: Caller,
  dialogueId: string,
  memberId: string,
  offset: number,
): Promise<LiveOffset> {
  await checkScope(db, caller, dialogueId, memberId);
  await upsertLiveOffset(db, { dialogueId, memberId, offset, setBy: caller.member.id });
  return { memberId, offset };
}

export async function clearLiveOffset(db: Db, caller: Caller, dialogueId: string, memberId: string): Promise<void> {
  await checkScope(db, caller, dialogueId, memberId);
  await deleteLiveOffset(db, dialogueId, memberId);
}
