/** The outbox's pure rules: when to try again, how to count, which key names a batch. */
import type { OutboxSummary } from './protocol';
import type { OutboxEntry } from './storage';

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Exponential backoff with jitter in [d/2, d], capped; never earlier than Retry-After. */
export function backoffMs(attempts: number, random: number, retryAfterMs = 0): number {
  const d = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(retryAfterMs, Math.round(d / 2 + (random * d) / 2));
}

export function summarize(entries: OutboxEntry[]): OutboxSummary {
  let waiting = 0;
  let failed = 0;
  for (const e of entries) e.state === 'waiting' ? waiting++ : failed++;
  return { waiting, failed };
}

/** Same body, same key: the server may replay its first answer for a retried batch. */
export async function idempotencyKey(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
