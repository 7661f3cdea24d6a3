// Types for replay-run.mjs, so that the TypeScript scenario tests can use it.
import type { ReplayOutput, ReplayScenario } from './replay-scenario.mjs';
import type { RunningWorker } from './wrangler.mjs';

export class ReplayError extends Error {}
export interface ReplayStats {
  clips: number;
  batches: number;
  interventions: number;
  seconds: number;
}
export function replayScenario(
  scenario: ReplayScenario,
  options: {
    apiUrl: string;
    bootstrapToken: string | undefined;
    flushEvery?: number;
    flushAfterS?: number;
    /** Send the clips under new random ids (the output keeps the scenario's ids). */
    newIds?: boolean;
    log?: (message: string) => void;
  },
): Promise<{ output: ReplayOutput; stats: ReplayStats; dialogueId: string; adminToken: string }>;
export function freePort(): Promise<number>;
export interface OwnWorker {
  url: string;
  bootstrapToken: string;
  worker: RunningWorker;
  stop(): Promise<void>;
}
export function startOwnWorker(options?: { onOutput?: (text: string) => void }): Promise<OwnWorker>;
export function removeTempDirsNow(): void;
