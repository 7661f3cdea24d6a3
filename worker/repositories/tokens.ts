import { and, desc, eq, sql } from 'drizzle-orm';
import type { Role, Token } from '../../shared/schemas';
import type { Db } from '../db/client';
import { apiTokens, members } from '../db/schema';

// Every column a person may see; the hash is deliberately not among them.
const visible = {
  id: apiTokens.id,
  prefix: apiTokens.prefix,
  name: apiTokens.name,
  role: apiTokens.role,
  memberId: apiTokens.memberId,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export interface TokenRow {
  id: string;
  teamId: string;
  memberId: string;
  role: Role;
  /** Hex SHA-256 of the secret; the secret itself never reaches the database. */
  hash: string;
  prefix: string;
  name: string | null;
}

export async function insertToken(db: Db, t: TokenRow): Promise<Token> {
  return db
    .insert(apiTokens)
    .values({ id: t.id, teamId: t.teamId, memberId: t.memberId, role: t.role, tokenHash: t.hash, prefix: t.prefix, name: t.name })
    .returning(visible)
    .get();
}

/** A member of the team and their role; null for an unknown id or another team's member. */
export async function findTeamMember(db: Db, teamId: string, memberId: string): Promise<{ id: string; role: Role } | null> {
  const row = await db
    .select({ id: members.id, role: members.role })
    .from(members)
    .where(and(eq(members.teamId, teamId), eq(members.id, memberId)))
    .get();
  return row ?? null;
}

/** The team's tokens, or only one member's when `memberId` is given; newest first, revoked ones too. */
export function listTokens(db: Db, teamId: string, memberId: string | null): Promise<Token[]> {
  const scope = memberId === null ? eq(apiTokens.teamId, teamId) : and(eq(apiTokens.teamId, teamId), eq(apiTokens.memberId, memberId));
  return db.select(visible).from(apiTokens).where(scope).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).all();
}

/**
 * Revokes a token of the team (only `memberId`'s when given) in one statement. Revoking twice
 * keeps the first time. False when no such token is in scope.
 */
export async function revokeToken(db: Db, teamId: string, id: string, memberId: string | null, at: string): Promise<boolean> {
  const scope = [eq(apiTokens.id, id), eq(apiTokens.teamId, teamId)];
  if (memberId !== null) scope.push(eq(apiTokens.memberId, memberId));
  const row = await db
    .update(apiTokens)
    .set({ revokedAt: sql`COALESCE(${apiTokens.revokedAt}, ${at})` })
    .where(and(...scope))
    .returning({ id: apiTokens.id })
    .get();
  return row !== undefined;
}
