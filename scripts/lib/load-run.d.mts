// Types for load-run.mjs, so that the TypeScript load test can use it.
export interface LoadResult {
  observers: number;
  ratePerObserver: number;
  durationS: number;
  elapsedS: number;
  requests: number;
  clipsSent: number;
  clipsStored: number;
  throughputPerS: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  errors: number;
  errorSamples: string[];
  interventions: number;
  recordClips: number;
  duplicatesInRecord: number;
  complete: boolean;
}
export function percentile(sorted: number[], p: number): number | null;
export function runLoad(options: {
  apiUrl: string;
  bootstrapToken: string;
  observers?: number;
  ratePerObserver?: number;
  durationS?: number;
  log?: (message: string) => void;
}): Promise<LoadResult>;
export function formatLoad(result: LoadResult): string;
