// The Worker's bundle resolves `zod` to worker/lib/worker-zod.ts, which holds only the exports the
// Worker uses (wrangler.toml [alias]; see that file). TypeScript checks against the whole of zod, so
// a new `z.something` would type-check and then be undefined in the Worker: this test catches it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as workerZod from '../../worker/lib/worker-zod';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Every name the code reads from zod: `z.name` and `import { name } from 'zod'`. */
function namesUsed(code: string): string[] {
  const members = [...code.matchAll(/\bz\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
  const imported = [...code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"]zod['"]/g)].flatMap((m) =>
    m[1]!.split(',').map((s) => s.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!),
  );
  return [...members, ...imported].filter(Boolean);
}

describe("the Worker's zod", () => {
  const files = [...sources(path.join(ROOT, 'worker')), ...sources(path.join(ROOT, 'shared'))];
  const used = new Set(files.flatMap((f) => namesUsed(readFileSync(f, 'utf8'))));
  // Names that are types only in zod (z.infer, z.RefinementCtx) have no value to miss.
  const values = [...used].filter((name) => name !== 'z' && (zod.z as Record<string, unknown>)[name] !== undefined).sort();

  it('holds every zod value the Worker and shared code use, as the same objects', () => {
    expect(values.length).toBeGreaterThan(10);
    const missing = values.filter((name) => (workerZod.z as Record<string, unknown>)[name] !== (zod.z as Record<string, unknown>)[name]);
    expect(missing, `add these to worker/lib/worker-zod.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('validates with the English messages', () => {
    const result = workerZod.z.object({ role: workerZod.z.enum(['a', 'b']) }).safeParse({ role: 'c' });
    expect(result.error?.issues[0]?.message).toBe('Invalid option: expected one of "a"|"b"');
  });
});
