import type { Bootstrap, BootstrapResult } from '../../shared/schemas';
import type { Db } from '../db/client';
import { unauthorized, unavailable } from '../errors';
import { newApiToken, secretsEqual, sha256Hex } from '../lib/crypto';
import { insertTeamWithMember } from '../repositories/teams';

/**
 * Creates a team with its first admin and returns that admin's token, the only time it is ever
 * shown. Guarded by the BOOTSTRAP_TOKEN secret; without the secret the route is switched off.
 */
export async function bootstrapTeam(
  db: Db,
  secret: string | undefined,
  presented: string | null,
  input: Bootstrap,
): Promise<BootstrapResult> {
  if (!secret) {
    throw unavailable('bootstrap_disabled', 'Bootstrap is switched off: set the BOOTSTRAP_TOKEN secret to enable it');
  }
  if (!presented || !(await secretsEqual(presented, secret))) {
    throw unauthorized('The bootstrap secret is missing or wrong');
  }
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
