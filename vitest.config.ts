import { defineConfig } from 'vitest/config';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/** Extension origins the worker tests configure as ALLOWED_ORIGINS. */
const TEST_EXTENSION_ORIGINS = ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0f6e2c1a-8d4b-4e7f-9a3c-5b2d1e0f9a8c'];

export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  return {
    test: {
      projects: [
        {
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  BOOTSTRAP_TOKEN: 'test-bootstrap-secret',
                  ALLOWED_ORIGINS: TEST_EXTENSION_ORIGINS.join(', '),
                  // Tests wait for the after-response work; no need to let bursts rest there.
                  ASSEMBLY_QUIET_MS: '0',
                },
                // RATE_LIMITER keeps wrangler.toml's real limit; the rate-limit tests swap in this tiny
                // one (a real binding too) so they need not send hundreds of requests for every case.
                ratelimits: { TEST_TINY_RATE_LIMITER: { namespace_id: '9001', simple: { limit: 3, period: 60 } } },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['tests/worker/**/*.test.ts'],
            setupFiles: ['tests/worker/apply-migrations.ts'],
          },
        },
        {
          plugins: [WxtVitest(), preact()],
          test: {
            name: 'extension',
            include: ['tests/extension/**/*.test.{ts,tsx}'],
            environment: 'happy-dom',
            setupFiles: ['tests/extension/helpers/i18n-setup.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
            // A busy CI machine can starve the browser for a while; polls give it time.
            expect: { poll: { timeout: 15_000 } },
          },
        },
        {
          test: {
            name: 'packaging',
            include: ['tests/packaging/**/*.test.ts'],
            environment: 'node',
            testTimeout: 300_000,
            hookTimeout: 300_000,
            fileParallelism: false,
          },
        },
        {
          test: {
            name: 'scenarios',
            include: ['tests/scenarios/**/*.test.ts', 'tests/load/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
