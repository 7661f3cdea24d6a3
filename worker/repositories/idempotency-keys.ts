import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rawBatch } from '../db/raw-batch';
import { idempotencyKeys } from '../db/schema';

export interface KeyRow {
  bodyHash: string;
  state: 'in-flight' | 'done';
  status: number | null;
  response: string | null;
  createdAt: string;
}

export interface Claim {
  teamId: string;
  key: string;
  bodyHash: string;
  /** The claim's token: the row is ours while its created_at is this. */
  createdAt: string;
  expiresAt: string;
}

const cols = sql`body_hash AS bodyHash, state, status, response, created_at AS createdAt`;

/**
 * Claims a key in one statement: a new key is inserted 'in-flight'; an expired row, or an
 * in-flight claim created at or before `staleBefore`, is taken over. Returns true when the key is
 * now ours; false when a live row holds it (read it with findKey).
 */
export async function claimKey(db: Db, claim: Claim, now: string, staleBefore: string): Promise<boolean> {
  const { teamId, key, bodyHash, createdAt, expiresAt } = claim;
  const [result] = await rawBatch(db, [
    sql`INSERT INTO ${idempotencyKeys} (team_id, key, body_hash, state, created_at, expires_at)
        VALUES (${teamId}, ${key}, ${bodyHash}, 'in-flight', ${createdAt}, ${expiresAt})
        ON CONFLICT(team_id, key) DO UPDATE SET body_hash = excluded.body_hash, state = 'in-flight', status = NULL,
          response = NULL, created_at = excluded.created_at, expires_at = excluded.expires_at
        WHERE idempotency_keys.expires_at <= ${now}
          OR (idempotency_keys.state = 'in-flight' AND idempotency_keys.created_at <= ${staleBefore})
        RETURNING 1 AS claimed`,
  ]);
  return (result?.results?.length ?? 0) > 0;
}

export async function findKey(db: Db, teamId: string, key: string): Promise<KeyRow | null> {
  const [read] = await rawBatch(db, [sql`SELECT ${cols} FROM ${idempotencyKeys} WHERE team_id = ${teamId} AND key = ${key}`]);
  return ((read?.results ?? [])[0] as KeyRow | undefined) ?? null;
}

/** Stores the answer, unless the claim was taken over meanwhile (then the newer request stores its own). */
export async function completeKey(db: Db, claim: Claim, status: number, response: string): Promise<void> {
  await rawBatch(db, [
    sql`UPDATE ${idempotencyKeys} SET state = 'done', status = ${status}, response = ${response}
        WHERE team_id = ${claim.teamId} AND key = ${claim.key} AND state = 'in-flight' AND created_at = ${claim.createdAt}`,
  ]);
}

/** Drops our claim so a retry can proceed; leaves a claim that has since been taken over alone. */
export async function releaseKey(db: Db, claim: Claim): Promise<void> {
  await rawBatch(db, [
    sql`DELETE FROM ${idempotencyKeys}
        WHERE team_id = ${claim.teamId} AND key = ${claim.key} AND state = 'in-flight' AND created_at = ${claim.createdAt}`,
  ]);
}

/** Deletes up to `limit` of the team's expired keys; expired rows are ignored anyway, this only keeps the table small. */
export async function deleteExpiredKeys(db: Db, teamId: string, now: string, limit = 20): Promise<void> {
  await rawBatch(db, [
    sql`DELETE FROM ${idempotencyKeys} WHERE team_id = ${teamId} AND key IN (
          SELECT key FROM ${idempotencyKeys} WHERE team_id = ${teamId} AND expires_at <= ${now} LIMIT ${limit})`,
  ]);
}
