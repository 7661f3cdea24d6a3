// Types for wrangler.mjs, so that the TypeScript e2e tests can use it.
export const ROOT: string;
export function wranglerEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function run(
  command: string,
  args: string[],
  options?: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number },
): Promise<string>;
export function applyMigrations(options?: { persistTo?: string }): Promise<string>;
export function buildExtension(options?: { browser?: string }): Promise<string>;

export interface RunningWorker {
  url: string;
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last few KB of wrangler's output. */
  readonly output: string;
  onOutput?: (text: string) => void;
  stop(): Promise<void>;
}
export function startWorker(options?: {
  port?: number;
  persistTo?: string;
  vars?: Record<string, string>;
  onOutput?: (text: string) => void;
  readyTimeoutMs?: number;
  /** More `wrangler dev` arguments, e.g. `--no-bundle` and a built script. */
  extraArgs?: string[];
}): Promise<RunningWorker>;
export function isHealthy(url: string): Promise<boolean>;
export function stopAllWorkers(): Promise<void>;
export function killAllWorkersNow(): void;
export function killWorkersOnExit(): void;
export function sleep(ms: number): Promise<void>;
