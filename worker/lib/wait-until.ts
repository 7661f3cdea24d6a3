import type { Context } from 'hono';

/** Runs `promise` past the response when the runtime offers it; logs instead of losing a failure. */
export function waitUntil(c: Context, promise: Promise<unknown>, what: string): void {
  const logged = promise.catch((err: unknown) => console.warn(`${what} failed`, err));
  try {
    c.executionCtx.waitUntil(logged);
  } catch {
    // No execution context (e.g. app.request in a test): the promise still runs on its own.
  }
}

/** Resolves on the next macrotask, so work started now begins only after the response is sent. */
export function afterResponse(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
