import type { Bootstrap, BootstrapResult } from '../../shared/schemas';
import type { Db } from '../db/client';
import { newApiToken, sha256Hex } from '../lib/crypto';
import { insertTeamWithMember } from '../repositories/teams';

/**
 * Creates a team with its first admin and returns that admin's token, the only time it is ever
 * shown; only its SHA-256 is stored. The route guards this with the bootstrap secret.
 */
export async function bootstrapTeam(db: Db, input: Bootstrap): Promise<BootstrapResult> {
  const token = newApiToken();
  const team = { id: crypto.randomUUID(), name: input.teamName };
  const member = { id: crypto.randomUUID(), teamId: team.id, name: input.adminName, role: 'admin' as const };
  await insertTeamWithMember(db, team, member, {
    id: crypto.randomUUID(),
    hash: await sha256Hex(token),
    prefix: token.slice(0, 8),
    role: 'admin',
  });
  return { team, member: { id: member.id, name: member.name, role: member.role }, token };
}
