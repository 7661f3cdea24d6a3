import { ROLES, type Role } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { sha256Hex } from '../lib/crypto';
import { findTokenOwner, touchToken } from '../repositories/teams';

/** last_used_at is a hint for people, not an audit log: write it at most this often per token. */
const TOUCH_INTERVAL_MS = 15 * 60 * 1000;

const rank = (role: Role) => ROLES.indexOf(role);

export const atLeast = (role: Role, required: Role) => rank(role) >= rank(required);

export interface Authentication {
  caller: Caller;
  /** Set when last_used_at is stale; run it after the response. */
  touch: (() => Promise<void>) | null;
}

export async function authenticate(db: Db, token: string, now: Date): Promise<Authentication | null> {
  const owner = await findTokenOwner(db, await sha256Hex(token));
  if (!owner) return null;
  // A token never grants more than its member currently holds.
  const role = rank(owner.tokenRole) <= rank(owner.member.role) ? owner.tokenRole : owner.member.role;
  const stale = !owner.lastUsedAt || now.getTime() - Date.parse(owner.lastUsedAt) > TOUCH_INTERVAL_MS;
  return {
    caller: { tokenId: owner.tokenId, team: owner.team, member: owner.member, role },
    touch: stale ? () => touchToken(db, owner.tokenId, now.toISOString()) : null,
  };
}
