// The background's outbox code as the chaos run loads it into each observer's thread: bundled by
// Vite, the same bundler WXT builds the extension with, because the extension's modules use
// Vite's import.meta.glob (i18n) that plain Node cannot run.
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from './wrangler.mjs';

/** Bundles extension/lib/outbox.ts and everything it imports into `outDir`; resolves with the file. */
export async function bundleOutbox(outDir) {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: path.join(ROOT, 'extension/lib/outbox.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node22',
      rollupOptions: { output: { format: 'es', entryFileNames: 'outbox.mjs', chunkFileNames: '[name]-[hash].mjs' } },
    },
    // One self-contained file: @wxt-dev/browser inside it reads the thread's fake browser.
    ssr: { noExternal: true, target: 'node' },
  });
  return path.join(outDir, 'outbox.mjs');
}
