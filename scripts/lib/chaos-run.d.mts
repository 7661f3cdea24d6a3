// Types for chaos-run.mjs, so that the TypeScript chaos test can use it.
import type { RunningWorker } from './wrangler.mjs';

export type FaultKind = 'refused' | 'http500' | 'http503' | 'timeout' | 'lost';
export type TerminationMode = 'idle' | 'mid-add' | 'mid-send';

export interface ChaosResult {
  seed: string;
  /** A digest of the fault and termination schedule: the same seed gives the same one. */
  schedule: string;
  clips: number;
  observers: number;
  faultRate: number;
  durationS: number;
  requests: number;
  faults: Record<FaultKind, number>;
  faultsTotal: number;
  terminations: Partial<Record<TerminationMode, number>>;
  terminationsTotal: number;
  restarts: number;
  boots: number;
  attempts: number;
  retries: number;
  panelResaves: number;
  throttled: number;
  inFlight409: number;
  upstreamErrors: number;
  stored: number;
  lost: number;
  lostSamples: string[];
  duplicated: number;
  unplanned: number;
  notInRecord: number;
  leftInOutboxes: number;
  failedInOutboxes: string[];
  interventions: number;
  recordEqual: boolean;
  recordDifference: string | null;
  errors: string[];
}

export function runChaos(options: {
  /** With `worker` (a started wrangler dev), the run stops with an error if it exits meanwhile. */
  chaos: { url: string; bootstrapToken: string; worker?: RunningWorker };
  /** A second Worker for the fault-free run; without it, another team of the chaos Worker. */
  baseline?: { url: string; bootstrapToken: string };
  clips?: number;
  observers?: number;
  seed?: string;
  faultRate?: number;
  terminationsPerObserver?: number;
  restartsPerObserver?: number;
  gapMs?: number;
  speed?: number;
  timeoutMs?: number;
  log?: (message: string) => void;
}): Promise<ChaosResult>;
export function formatChaos(result: ChaosResult): string;
