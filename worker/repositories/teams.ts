import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '../../shared/schemas';
import type { Db } from '../db/client';
import { apiTokens, members, teams } from '../db/schema';

export interface NewMember {
  id: string;
  teamId: string;
  name: string;
  role: Role;
}

export interface NewToken {
  id: string;
  /** Hex SHA-256 of the token; the token itself never reaches the database. */
  hash: string;
  prefix: string;
  role: Role;
}

export interface TokenOwner {
  tokenId: string;
  tokenRole: Role;
  lastUsedAt: string | null;
  team: { id: string; name: string };
  member: { id: string; name: string; role: Role };
}

const memberInsert = (db: Db, m: NewMember) => db.insert(members).values(m);

const tokenInsert = (db: Db, m: NewMember, t: NewToken) =>
  db.insert(apiTokens).values({
    id: t.id,
    teamId: m.teamId,
    memberId: m.id,
    role: t.role,
    tokenHash: t.hash,
    prefix: t.prefix,
  });

/** A new team, its first member and that member's token, all or nothing. */
export async function insertTeamWithMember(
  db: Db,
  team: { id: string; name: string },
  member: NewMember,
  token: NewToken,
): Promise<void> {
  await db.batch([db.insert(teams).values(team), memberInsert(db, member), tokenInsert(db, member, token)]);
}

/** A member of an existing team with one token, all or nothing. */
export async function insertMemberWithToken(db: Db, member: NewMember, token: NewToken): Promise<void> {
  await db.batch([memberInsert(db, member), tokenInsert(db, member, token)]);
}

/** The owner of an unrevoked token, in one statement (the hot path of every request). */
export async function findTokenOwner(db: Db, tokenHash: string): Promise<TokenOwner | null> {
  const row = await db
    .select({
      tokenId: apiTokens.id,
      tokenRole: apiTokens.role,
      lastUsedAt: apiTokens.lastUsedAt,
      teamId: teams.id,
      teamName: teams.name,
      memberId: members.id,
      memberName: members.name,
      memberRole: members.role,
    })
    .from(apiTokens)
    .innerJoin(members, eq(members.id, apiTokens.memberId))
    .innerJoin(teams, eq(teams.id, apiTokens.teamId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return null;
  return {
    tokenId: row.tokenId,
    tokenRole: row.tokenRole,
    lastUsedAt: row.lastUsedAt,
    team: { id: row.teamId, name: row.teamName },
    member: { id: row.memberId, name: row.memberName, role: row.memberRole },
  };
}

export async function touchToken(db: Db, tokenId: string, at: string): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, tokenId));
}
