/**
 * Every format of the fixed dialogue, for both scopes, against files a person has read.
 * UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName, renderExport } from '../../shared/export';
import { GOLDEN_DIALOGUE, goldenInput } from './__golden__/export/dialogue.fixture';

const DIR = join(import.meta.dirname, '__golden__', 'export');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('export golden files', () => {
  for (const include of ['approved', 'all'] as const) {
    for (const format of EXPORT_FORMATS) {
      it(`${format}, include=${include}`, () => {
        const result = renderExport(format, goldenInput(include));
        const file = join(DIR, `${include}.${result.extension}`);
        if (UPDATE) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, result.body);
        }
        expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
        expect(result.body).toBe(readFileSync(file, 'utf8'));
      });
    }
  }

  it('renders the same bytes twice (no clock, no hidden state)', () => {
    for (const format of EXPORT_FORMATS) {
      expect(renderExport(format, goldenInput('all')).body).toBe(renderExport(format, goldenInput('all')).body);
    }
  });

  it('keeps a title whole in the Markdown heading: one line, trailing # kept', () => {
    const md = renderExport('md', { ...goldenInput('all'), dialogue: { ...GOLDEN_DIALOGUE, title: 'Firearms\nround #2 #' } }).body;
    expect(md.split('\n')[0]).toBe('# Firearms round \\#2 \\#');
  });

  it('names files by format', () => {
    expect(EXPORT_FORMATS.map((f) => exportFileName(GOLDEN_DIALOGUE, f))).toEqual([
      'constructive-dialogue-on-firearms-2026-06-03.md',
      'constructive-dialogue-on-firearms-2026-06-03.html',
      'constructive-dialogue-on-firearms-2026-06-03.csv',
      'constructive-dialogue-on-firearms-2026-06-03.json',
      'constructive-dialogue-on-firearms-2026-06-03.popolo.json',
      'constructive-dialogue-on-firearms-2026-06-03.jsonld',
      'constructive-dialogue-on-firearms-2026-06-03.vtt',
    ]);
    expect(exportFileName({ ...GOLDEN_DIALOGUE, title: 'حوار بنّاء', date: 'bad' }, 'csv')).toBe('dialogue.csv');
    expect(exportFileName({ ...GOLDEN_DIALOGUE, title: 'Diálogo: "Armas" / 2026' }, 'md')).toBe('dialogo-armas-2026-2026-06-03.md');
  });
});
