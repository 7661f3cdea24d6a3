import { renderExport } from '../../shared/export';
import type { ShareFormat, ShareLink, ShareLinkCreated } from '../../shared/schemas/export';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { notFound } from '../errors';
import { sha256Hex } from '../lib/crypto';
import { findLiveShareLink, findShareLink, insertShareLink, listShareLinks, revokeShareLink } from '../repositories/share-links';
import { getDialogue } from './dialogues';
import { exportInput } from './exports';

const PREFIX_LENGTH = 6;

/** 256 random bits, base64url: the whole of what opens a shared summary. */
function newShareSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A base64url secret of 32 bytes; anything else can be refused before the database is asked. */
export const SHARE_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const shareUrl = (origin: string, secret: string) => `${origin}/share/${secret}`;

/** A new link to the team's dialogue; its URL is answered this once, only the secret's SHA-256 is kept. */
export async function createShareLink(db: Db, caller: Caller, dialogueId: string, format: ShareFormat, origin: string): Promise<ShareLinkCreated> {
  await getDialogue(db, caller, dialogueId);
  const secret = newShareSecret();
  const id = crypto.randomUUID();
  await insertShareLink(db, {
    id,
    teamId: caller.team.id,
    dialogueId,
    format,
    hash: await sha256Hex(secret),
    prefix: secret.slice(0, PREFIX_LENGTH),
    createdBy: caller.member.id,
  });
  const link = await findShareLink(db, caller.team.id, id);
  return { ...link!, url: shareUrl(origin, secret) };
}

export async function dialogueShareLinks(db: Db, caller: Caller, dialogueId: string): Promise<ShareLink[]> {
  await getDialogue(db, caller, dialogueId);
  return listShareLinks(db, caller.team.id, dialogueId);
}

/** Revokes at once: the next visit is refused. Another team's link is as absent as an unknown one. */
export async function revokeLink(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  if (!(await revokeShareLink(db, caller.team.id, id, now.toISOString()))) throw notFound('share link');
}

/** The summary a live link shows: approved interventions only, in the link's format; null if none. */
export async function sharedSummary(db: Db, secret: string, now: Date): Promise<{ body: string; contentType: string; format: ShareFormat } | null> {
  if (!SHARE_SECRET_PATTERN.test(secret)) return null;
  const link = await findLiveShareLink(db, await sha256Hex(secret));
  if (!link) return null;
  const input = await exportInput(db, link.teamId, link.dialogueId, 'approved', now);
  const { body, contentType } = renderExport(link.format, input);
  return { body, contentType, format: link.format };
}
