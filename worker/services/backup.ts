import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupRestoreResult,
  type TeamBackup,
} from '../../shared/schemas';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { newApiToken, sha256Hex } from '../lib/crypto';
import { countTeams, insertTeamTables, readTeamTables } from '../repositories/backup';

const NOTES =
  'API tokens and share links are not included: the database keeps only their hashes, which would open ' +
  'nothing, and a restored team must not inherit access. A restore creates one new admin token; members ' +
  'then make new tokens, and share links are made anew.';

/** The whole team as one document, from one consistent read. */
export async function exportTeam(db: Db, teamId: string, now: Date): Promise<TeamBackup> {
  const tables = await readTeamTables(db, teamId);
  if (!tables) throw new AppError(404, 'not_found', 'No such team');
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), notes: NOTES, ...tables };
}

export type RestoreOutcome = { ok: true; value: BackupRestoreResult } | { ok: false; reason: 'not_empty' };

/**
 * Writes a validated backup into a database that holds no team, all or nothing, and gives the
 * file's first admin a new token (shown once).
 */
export async function restoreTeam(db: Db, backup: TeamBackup): Promise<RestoreOutcome> {
  if ((await countTeams(db)) > 0) return { ok: false, reason: 'not_empty' };
  // The schema guarantees an admin; members are in the order they joined.
  const admin = backup.members.find((m) => m.role === 'admin')!;
  const token = newApiToken();
  const { format: _f, version: _v, exportedAt: _e, notes: _n, ...tables } = backup;
  try {
    await insertTeamTables(db, tables, {
      memberId: admin.id,
      token: { id: crypto.randomUUID(), hash: await sha256Hex(token), prefix: token.slice(0, 8), role: 'admin' },
    });
  } catch (err) {
    // Another restore won the race between the check and the batch: its team is there now.
    if ((await countTeams(db)) > 0) return { ok: false, reason: 'not_empty' };
    throw err;
  }
  return {
    ok: true,
    value: {
      team: { id: backup.team.id, name: backup.team.name },
      member: { id: admin.id, name: admin.name, role: admin.role },
      token,
      restored: {
        members: backup.members.length,
        dialogues: backup.dialogues.length,
        clips: backup.clips.length,
        interventions: backup.interventions.length,
        interventionClips: backup.interventionClips.length,
        revisions: backup.revisions.length,
        liveOffsets: backup.liveOffsets.length,
      },
    },
  };
}
