// The chaos run's schedule: the same seed gives the same faults, terminations and clips; the
// guarantees the small run in npm test relies on hold for any seed.
import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, faultAt, fingerprint, makePlan } from '../../scripts/lib/chaos-schedule.mjs';

const options = { clips: 400, observers: 4, terminationsPerObserver: 2, restartsPerObserver: 1 };

describe('chaos schedule', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = makePlan({ seed: 's1', ...options });
    const b = makePlan({ seed: 's1', ...options });
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect([...a.perObserver[2]!.events]).toEqual([...b.perObserver[2]!.events]);
    expect(fingerprint(makePlan({ seed: 's2', ...options }))).not.toBe(fingerprint(a));
  });

  it('gives observer 1 one fault of each kind first, so every run has each kind', () => {
    for (const seed of ['a', 'b', 'c']) {
      const plan = makePlan({ seed, ...options });
      expect(FAULT_KINDS.map((_, i) => faultAt(plan, 0, i + 1)?.kind)).toEqual(FAULT_KINDS);
    }
  });

  it('faults about the asked share of requests, with Retry-After and port-down times in range', () => {
    const plan = makePlan({ seed: 'rate', ...options, faultRate: 0.1 });
    const faults = Array.from({ length: 5000 }, (_, n) => faultAt(plan, 1, n + 1)).filter((f) => f !== null);
    expect(faults.length).toBeGreaterThan(400);
    expect(faults.length).toBeLessThan(600);
    for (const f of faults) {
      if (f.kind === 'http503') expect(f.retryAfterS).toBeGreaterThanOrEqual(10);
      if (f.kind === 'refused') expect(f.downMs).toBeLessThanOrEqual(1500);
    }
    expect(new Set(faults.map((f) => f.kind))).toEqual(new Set(FAULT_KINDS));
  });

  it('plans each observer its clips once, unique ids, and its terminations and restart at distinct captures', () => {
    const plan = makePlan({ seed: 'plan', ...options });
    const ids = plan.perObserver.flatMap((p) => p.clips.map((c) => c.id));
    expect(ids).toHaveLength(400);
    expect(new Set(ids).size).toBe(400);
    for (const p of plan.perObserver) {
      expect(p.events.size).toBe(3);
      expect([...p.events.values()].filter((e) => e.kind === 'restart')).toHaveLength(1);
      for (const seq of p.events.keys()) expect(seq).toBeGreaterThanOrEqual(1);
    }
    const modes = plan.perObserver.flatMap((p) => [...p.events.values()].flatMap((e) => (e.kind === 'terminate' ? [e.mode] : [])));
    expect(new Set(modes)).toEqual(new Set(['idle', 'mid-add', 'mid-send']));
  });
});
