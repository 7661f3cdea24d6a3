import type { PublicEnv } from '../env';
import { createApp } from '../lib/create-app';

/** Documented in worker/openapi/health.ts. */
export const health = createApp<PublicEnv>().get('/', (c) => c.json({ ok: true as const }, 200));
