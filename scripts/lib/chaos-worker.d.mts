// Types for chaos-worker.mjs, so that the TypeScript chaos test can use it.
import type { RunningWorker } from './wrangler.mjs';

export interface ChaosWorker {
  url: string;
  bootstrapToken: string;
  worker: RunningWorker;
  stop(): Promise<void>;
}
export function startWorkers(n: number): Promise<ChaosWorker[]>;
