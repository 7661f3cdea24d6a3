import type { D1Migration } from '@cloudflare/vitest-plugin';

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      BOOTSTRAP_TOKEN: string;
      TEST_MIGRATIONS: D1Migration[];
      ALLOWED_ORIGINS: string;
      RATE_LIMITER: RateLimit;
      /** The same kind of binding as RATE_LIMITER, with a limit of 3 per 60 s (vitest.config.ts). */
      TEST_TINY_RATE_LIMITER: RateLimit;
    }
    interface GlobalProps {
      mainModule: typeof import('../../worker/index');
    }
  }
}
