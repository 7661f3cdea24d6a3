import { and, desc, eq, sql } from 'drizzle-orm';
import type { ShareFormat, ShareLink } from '../../shared/schemas/export';
import type { Db } from '../db/client';
import { members, shareLinks } from '../db/schema';

// Every column a person may see, with the creator's name; the hash is deliberately not among them.
const visible = {
  id: shareLinks.id,
  dialogueId: shareLinks.dialogueId,
  format: shareLinks.format,
  prefix: shareLinks.prefix,
  createdAt: shareLinks.createdAt,
  createdById: shareLinks.createdBy,
  createdByName: members.name,
  revokedAt: shareLinks.revokedAt,
};

interface VisibleRow {
  id: string;
  dialogueId: string;
  format: ShareFormat;
  prefix: string;
  createdAt: string;
  createdById: string;
  createdByName: string | null;
  revokedAt: string | null;
}

const toShareLink = ({ createdById, createdByName, ...row }: VisibleRow): ShareLink => ({
  ...row,
  createdBy: { id: createdById, name: createdByName ?? '' },
});

export interface ShareLinkRow {
  id: string;
  teamId: string;
  dialogueId: string;
  format: ShareFormat;
  /** Hex SHA-256 of the secret; the secret itself never reaches the database. */
  hash: string;
  prefix: string;
  createdBy: string;
}

export async function insertShareLink(db: Db, link: ShareLinkRow): Promise<void> {
  await db.insert(shareLinks).values({
    id: link.id,
    teamId: link.teamId,
    dialogueId: link.dialogueId,
    format: link.format,
    secretHash: link.hash,
    prefix: link.prefix,
    createdBy: link.createdBy,
  });
}

export async function findShareLink(db: Db, teamId: string, id: string): Promise<ShareLink | null> {
  const row = await db
    .select(visible)
    .from(shareLinks)
    .leftJoin(members, eq(members.id, shareLinks.createdBy))
    .where(and(eq(shareLinks.teamId, teamId), eq(shareLinks.id, id)))
    .get();
  return row ? toShareLink(row) : null;
}

/** A dialogue's links, newest first, revoked ones too. */
export async function listShareLinks(db: Db, teamId: string, dialogueId: string): Promise<ShareLink[]> {
  const rows = await db
    .select(visible)
    .from(shareLinks)
    .leftJoin(members, eq(members.id, shareLinks.createdBy))
    .where(and(eq(shareLinks.teamId, teamId), eq(shareLinks.dialogueId, dialogueId)))
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id))
    .all();
  return rows.map(toShareLink);
}

/** Revokes a team's link in one statement; revoking twice keeps the first time. False when not the team's. */
export async function revokeShareLink(db: Db, teamId: string, id: string, at: string): Promise<boolean> {
  const row = await db
    .update(shareLinks)
    .set({ revokedAt: sql`COALESCE(${shareLinks.revokedAt}, ${at})` })
    .where(and(eq(shareLinks.id, id), eq(shareLinks.teamId, teamId)))
    .returning({ id: shareLinks.id })
    .get();
  return row !== undefined;
}

/** The live (unrevoked) link with this secret's hash: its team, dialogue and format; null otherwise. */
export async function findLiveShareLink(
  db: Db,
  hash: string,
): Promise<{ teamId: string; dialogueId: string; format: ShareFormat } | null> {
  const row = await db
    .select({ teamId: shareLinks.teamId, dialogueId: shareLinks.dialogueId, format: shareLinks.format, revokedAt: shareLinks.revokedAt })
    .from(shareLinks)
    .where(eq(shareLinks.secretHash, hash))
    .get();
  if (!row || row.revokedAt !== null) return null;
  return { teamId: row.teamId, dialogueId: row.dialogueId, format: row.format };
}
