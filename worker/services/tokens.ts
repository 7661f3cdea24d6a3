import type { Role, Token, TokenCreate, TokenCreateResult } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { forbidden, invalid, notFound } from '../errors';
import { newApiToken, sha256Hex } from '../lib/crypto';
import { findTeamMember, insertToken, listTokens, revokeToken } from '../repositories/tokens';
import { atLeast } from './auth';

const isAdmin = (caller: Caller) => atLeast(caller.role, 'admin');

/**
 * A new token for the caller, or (admins only) for another member of the team. Its role is at
 * most what the member holds, and at most what the caller's own token may do, so a restricted
 * token can never mint a stronger one. The secret is answered this once; only its SHA-256 is kept.
 */
export async function createToken(db: Db, caller: Caller, input: TokenCreate): Promise<TokenCreateResult> {
  const forSelf = input.memberId === undefined || input.memberId === caller.member.id;
  let memberId = caller.member.id;
  let ceiling: Role = caller.role;
  if (!forSelf) {
    if (!isAdmin(caller)) throw forbidden("Only admins may create tokens for other members");
    const member = await findTeamMember(db, caller.team.id, input.memberId!);
    if (!member) throw notFound('member');
    memberId = member.id;
    ceiling = member.role;
  }
  const role = input.role ?? ceiling;
  if (!atLeast(ceiling, role)) {
    throw invalid([{ path: 'role', message: `must not exceed ${forSelf ? 'your' : "the member's"} role (${ceiling})` }]);
  }
  const secret = newApiToken();
  const token = await insertToken(db, {
    id: crypto.randomUUID(),
    teamId: caller.team.id,
    memberId,
    role,
    hash: await sha256Hex(secret),
    prefix: secret.slice(0, 8),
    name: input.name ?? null,
  });
  return { token, secret };
}

/** Admins see all of the team's tokens; everyone else only their own. */
export function visibleTokens(db: Db, caller: Caller): Promise<Token[]> {
  return listTokens(db, caller.team.id, isAdmin(caller) ? null : caller.member.id);
}

/**
 * Revokes a token at once: the next request with it is refused. Anyone may revoke their own;
 * admins any of the team's. A token out of the caller's reach is as absent as an unknown one.
 */
export async function revoke(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  const found = await revokeToken(db, caller.team.id, id, isAdmin(caller) ? null : caller.member.id, now.toISOString());
  if (!found) throw notFound('token');
}
