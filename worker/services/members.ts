import type { MemberCreate, MemberCreateResult, MemberSummary } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { newApiToken, sha256Hex } from '../lib/crypto';
import { listMembers } from '../repositories/members';
import { insertMemberWithToken } from '../repositories/teams';

/**
 * Adds a member to the caller's team with one token of the member's role. The token is answered
 * this once; only its SHA-256 is stored.
 */
export async function addMember(db: Db, caller: Caller, input: MemberCreate): Promise<MemberCreateResult> {
  const token = newApiToken();
  const member = { id: crypto.randomUUID(), teamId: caller.team.id, name: input.name, role: input.role };
  await insertMemberWithToken(db, member, {
    id: crypto.randomUUID(),
    hash: await sha256Hex(token),
    prefix: token.slice(0, 8),
    role: input.role,
  });
  return { member: { id: member.id, name: member.name, role: member.role }, token };
}

export function teamMembers(db: Db, caller: Caller): Promise<MemberSummary[]> {
  return listMembers(db, caller.team.id);
}
