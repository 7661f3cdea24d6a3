// @vitest-environment node
// Every t('…') / tn('…') key the extension's code names must exist in English, or the page would
// show the bare key. Keys built at run time (template literals) are not checked here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTENSION = join(__dirname, '../../extension');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function englishMessages(): Record<string, string> {
  const dir = join(EXTENSION, 'i18n', 'en');
  return Object.assign({}, ...readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>));
}

/** `t('a.b', …)`, `i18n.t('a.b')` and `tn('a.b', n)` with a literal key; not `set(`, `at(` or `x.t(`. */
function keysIn(source: string): { fn: 't' | 'tn'; key: string }[] {
  return [...source.matchAll(/(?:(?<![\w.$])|(?<=\bi18n\.))(tn|t)\(\s*(['"])([^'"\n]+)\2/g)].map((m) => ({ fn: m[1] as 't' | 'tn', key: m[3]! }));
}

describe('message keys used in the code', () => {
  it('finds literal keys and skips look-alikes', () => {
    expect(keysIn(`t('a.b'); tn("c.d", 2); set('x'); foo.t('y'); t(\`z.\${v}\`); at('w'); i18n.t('e.f')`)).toEqual([
      { fn: 't', key: 'a.b' },
      { fn: 'tn', key: 'c.d' },
      { fn: 't', key: 'e.f' },
    ]);
  });

  it('every key exists in English (counted keys with at least their _other form)', () => {
    const en = englishMessages();
    const files = [...sourceFiles(join(EXTENSION, 'entrypoints')), ...sourceFiles(join(EXTENSION, 'lib'))];
    const missing: string[] = [];
    let seen = 0;
    for (const file of files) {
      for (const { fn, key } of keysIn(readFileSync(file, 'utf8'))) {
        seen++;
        const ok = fn === 't' ? key in en : `${key}_other` in en;
        if (!ok) missing.push(`${relative(EXTENSION, file)}: ${fn}('${key}')`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
