// The chaos run's plan, all of it derived from one seed: the clips each observer captures, the
// fault the proxy injects into each observer's n-th POST /clips, and the points where the
// observer's background is terminated or its browser restarted. Keyed by ordinals (n-th request,
// n-th capture) rather than by time, so the same seed gives the same schedule on any machine.
import { createHash } from 'node:crypto';

export const FAULT_KINDS = ['refused', 'http500', 'http503', 'timeout', 'lost'];
/** How an injected fault is drawn: the answer lost after the write is the case the outbox must survive most. */
const FAULT_WEIGHTS = { refused: 0.2, http500: 0.2, http503: 0.2, timeout: 0.1, lost: 0.3 };
export const TERMINATION_MODES = ['idle', 'mid-add', 'mid-send'];
const SPEAKERS = ['Chair', 'France', 'Brazil', 'UNODC', 'Japan', 'Mexico', 'Kenya', 'Italy', 'India', 'Egypt', 'EU', 'ACUNS'];

/** A number in [0, 1) that depends only on the seed and the parts: the schedule needs no shared cursor. */
export function unit(seed, ...parts) {
  const digest = createHash('sha256').update([seed, ...parts].join('\u0000')).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** A version-4 UUID made from the seed, so both runs and every rerun capture the same clip ids. */
export function seededUuid(seed, ...parts) {
  const b = createHash('sha256').update(['uuid', seed, ...parts].join('\u0000')).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Observer `o`'s `seq`-th clip (without its dialogue id, which the server gives). Observers of
 * the same parity clip the same turns a little apart, so the assembly merges their clips.
 */
export function planClip(seed, o, seq) {
  const turn = seq * 2 + (o % 2);
  const start = turn * 90 + ((o * 7 + seq) % 8);
  return {
    id: seededUuid(seed, o, seq),
    kind: 'webcast',
    clock: 'recording',
    start,
    end: start + 60 + ((o + seq) % 25),
    speaker: SPEAKERS[turn % SPEAKERS.length],
    tags: ['chaos'],
    // Unique per clip: two rows with one note would be one clip stored twice under two ids.
    note: `observer ${o + 1}, clip ${seq + 1}`,
    channel: 'floor',
    capturedAt: new Date(Date.UTC(2026, 5, 3, 13, 0, 0) + turn * 90_000 + 75_000).toISOString(),
  };
}

/**
 * The fault for observer `o`'s `n`-th POST /clips (n from 1), or null. Observer 1's first five
 * requests get one fault of each kind: a failed request is always followed by a retry, so every
 * kind happens in every run, however small.
 */
export function faultAt(plan, o, n) {
  const { seed } = plan;
  let kind = null;
  if (o === 0 && n <= FAULT_KINDS.length) kind = FAULT_KINDS[n - 1];
  else if (unit(seed, 'fault', o, n) < plan.faultRate) {
    let u = unit(seed, 'kind', o, n);
    kind = FAULT_KINDS.find((k) => (u -= FAULT_WEIGHTS[k]) < 0) ?? 'lost';
  }
  if (!kind) return null;
  const v = unit(seed, 'variant', o, n);
  switch (kind) {
    // The port stays closed this long (real ms): the retries meanwhile are refused connections.
    case 'refused':
      return { kind, downMs: 200 + Math.round(v * 1300) };
    // Half of them after the Worker wrote the clips: a server that stored, then failed to answer.
    case 'http500':
      return { kind, afterWrite: v < 0.5 };
    case 'http503':
      return { kind, retryAfterS: 10 + Math.round(v * 110) };
    case 'timeout':
      return { kind, afterWrite: v < 0.5 };
    case 'lost':
      return { kind };
  }
}

/**
 * Per observer: the captures at which its background is terminated (`idle`: before the capture
 * reaches it; `mid-add`: while it saves the clip; `mid-send`: at its next POST, after the Worker
 * wrote) and the captures before which its browser restarts.
 */
export function planEvents(plan, o, clipCount) {
  const events = new Map();
  const { seed } = plan;
  const free = () => {
    for (let tries = 0; tries < 1000 && clipCount > 1; tries++) {
      const seq = 1 + Math.floor(unit(seed, 'at', o, events.size, tries) * (clipCount - 1));
      if (!events.has(seq)) return seq;
    }
    return null;
  };
  for (let i = 0; i < plan.restartsPerObserver; i++) {
    const seq = free();
    if (seq !== null) events.set(seq, { kind: 'restart', downMs: 300 + Math.round(unit(seed, 'down', o, i) * 1200) });
  }
  for (let i = 0; i < plan.terminationsPerObserver; i++) {
    const seq = free();
    // Modes rotate across observers and terminations, so a run with three of them has each mode.
    const mode = TERMINATION_MODES[(o * plan.terminationsPerObserver + i) % TERMINATION_MODES.length];
    if (seq !== null) events.set(seq, { kind: 'terminate', mode, delayMs: Math.round(unit(seed, 'delay', o, i) * 5) });
  }
  return events;
}

/** The whole plan: clips per observer, their pacing, their events. */
export function makePlan({ seed, clips, observers, faultRate = 0.1, terminationsPerObserver = 3, restartsPerObserver = 1, gapMs = 40 }) {
  const plan = { seed: String(seed), clips, observers, faultRate, terminationsPerObserver, restartsPerObserver, gapMs, perObserver: [] };
  for (let o = 0; o < observers; o++) {
    const count = Math.floor(clips / observers) + (o < clips % observers ? 1 : 0);
    const gaps = Array.from({ length: count }, (_, seq) => Math.round(unit(plan.seed, 'gap', o, seq) * 2 * gapMs));
    plan.perObserver.push({
      clips: Array.from({ length: count }, (_, seq) => planClip(plan.seed, o, seq)),
      gaps,
      events: planEvents(plan, o, count),
    });
  }
  return plan;
}

/** A short digest of the schedule (events and the first 2,000 requests' faults of each observer), to show two runs had the same. */
export function fingerprint(plan) {
  const h = createHash('sha256');
  plan.perObserver.forEach((p, o) => {
    h.update(JSON.stringify([...p.events], null, 0));
    h.update(JSON.stringify(p.clips.map((c) => c.id)));
    for (let n = 1; n <= 2000; n++) h.update(JSON.stringify(faultAt(plan, o, n)));
  });
  return h.digest('hex').slice(0, 12);
}
