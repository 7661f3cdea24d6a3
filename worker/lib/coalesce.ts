/**
 * Runs `work` once a key has been quiet for `quietMs`: a burst of batches for one dialogue is
 * assembled once, not once per batch. At most `maxWaitMs` after the first call of a burst the
 * work runs anyway, so a steady stream still gets assembled now and then.
 *
 * The state is per isolate: requests that land on other isolates run their own, and the guarded
 * writes of assembly keep every run correct; this only saves work.
 */
const pending = new Map<string, { generation: number; since: number }>();

export async function coalesce<T>(
  key: string,
  { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number },
  work: () => Promise<T>,
): Promise<T | 'superseded'> {
  const now = Date.now();
  const previous = pending.get(key);
  const since = previous?.since ?? now;
  const generation = (previous?.generation ?? 0) + 1;
  pending.set(key, { generation, since });
  const overdue = now - since >= maxWaitMs;
  if (!overdue) await new Promise((resolve) => setTimeout(resolve, quietMs));
  if (!overdue && pending.get(key)?.generation !== generation) return 'superseded';
  if (pending.get(key)?.generation === generation) pending.delete(key);
  else pending.set(key, { generation: pending.get(key)!.generation, since: Date.now() });
  return work();
}
