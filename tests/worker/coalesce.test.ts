import { describe, expect, it } from 'vitest';
import { coalesce } from '../../worker/lib/coalesce';

describe('coalesce', () => {
  it('runs the work once for a burst: earlier calls are superseded by the last', async () => {
    const runs: number[] = [];
    const timing = { quietMs: 30, maxWaitMs: 5_000 };
    const calls = [1, 2, 3].map((n) => coalesce('dialogue-a', timing, async () => (runs.push(n), n)));
    expect(await Promise.all(calls)).toEqual(['superseded', 'superseded', 3]);
    expect(runs).toEqual([3]);
  });

  it('keeps keys apart', async () => {
    const timing = { quietMs: 10, maxWaitMs: 5_000 };
    const [a, b] = await Promise.all([
      coalesce('dialogue-b', timing, async () => 'b'),
      coalesce('dialogue-c', timing, async () => 'c'),
    ]);
    expect([a, b]).toEqual(['b', 'c']);
  });

  it('runs at once when a burst has waited longer than maxWaitMs', async () => {
    const timing = { quietMs: 40, maxWaitMs: 20 };
    const first = coalesce('dialogue-d', timing, async () => 'first');
    await new Promise((r) => setTimeout(r, 25));
    // The burst began 25 ms ago, past maxWaitMs: this call runs without resting.
    const second = await coalesce('dialogue-d', timing, async () => 'second');
    expect(second).toBe('second');
    expect(await first).toBe('superseded');
  });
});
