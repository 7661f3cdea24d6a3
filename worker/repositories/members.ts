import { and, asc, eq } from 'drizzle-orm';
import type { MemberSummary } from '../../shared/schemas';
import type { Db } from '../db/client';
import { members } from '../db/schema';

/** A team's members in the order they joined; no token data. */
export function listMembers(db: Db, teamId: string): Promise<MemberSummary[]> {
  return db
    .select({ id: members.id, name: members.name, role: members.role, createdAt: members.createdAt })
    .from(members)
    .where(eq(members.teamId, teamId))
    .orderBy(asc(members.createdAt), asc(members.id))
    .all();
}

export async function isTeamMember(db: Db, teamId: string, memberId: string): Promise<boolean> {
  const row = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.teamId, teamId), eq(members.id, memberId)))
    .get();
  return row !== undefined;
}
