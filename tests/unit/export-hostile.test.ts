/** Hostile text in every field comes out inert (nothing runs, nothing breaks the file) and intact. */
import { parse as parseCsv } from 'csv-parse/sync';
import { Window } from 'happy-dom';
import { WebVTTParser } from 'webvtt-parser';
import { describe, expect, it } from 'vitest';
import { renderExport, type ExportInput } from '../../shared/export';
import { CSV_COLUMNS, CSV_LIST_SEPARATOR } from '../../shared/export/render-csv';
import { mdText } from '../../shared/export/render-md';
import { chapterTitle } from '../../shared/export/render-vtt';
import { TABLE_NAMES } from './__golden__/export/dialogue.fixture';
import { HOSTILE_INTERVENTIONS, HOSTILE_TEXTS, hostileInput } from './__golden__/export/hostile.fixture';

const input = hostileInput();
const lf = (s: string) => s.replace(/\r\n?/g, '\n');

describe('hostile fixture', () => {
  it('holds 10 KB of text and every kind of hostile text', () => {
    expect(HOSTILE_TEXTS.at(-1)).toHaveLength(10_240);
    expect(HOSTILE_TEXTS.join('')).toMatch(/<script>.*onerror=.*\]\(javascript:.*-->.*\n\n.*ممثل.*🇺🇳/s);
  });
});

describe('CSV with hostile text', () => {
  const rows = parseCsv(renderExport('csv', input).body, { columns: true, relax_quotes: false }) as Record<string, string>[];
  /** What a cell must hold: the text, with a leading quote when a spreadsheet would run it. */
  const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

  it('round-trips every cell, neutralising only the formula-looking ones', () => {
    expect(rows).toHaveLength(HOSTILE_INTERVENTIONS.length);
    rows.forEach((row, k) => {
      const i = HOSTILE_INTERVENTIONS[k]!;
      expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
      expect(row.speaker).toBe(cell(i.speaker.name));
      expect(row.speaker_code).toBe(cell(i.speaker.code ?? ''));
      expect(row.on_behalf_of).toBe(cell(i.onBehalfOf ?? ''));
      expect(row.summary).toBe(cell(i.summary));
      expect(row.notes).toBe(cell(i.notes.join(CSV_LIST_SEPARATOR)));
      expect(row.quotes).toBe(cell(i.quotes.map((q) => q.text).join(CSV_LIST_SEPARATOR)));
      expect(row.tags).toBe(cell(i.tags.join(CSV_LIST_SEPARATOR)));
      expect(row.start_s).toBe(i.start === null ? '' : String(Math.round(i.start * 1000) / 1000));
    });
  });

  it('leaves no cell a spreadsheet would run as a formula', () => {
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('JSON formats with hostile text', () => {
  it('JSON keeps every string exactly', () => {
    const doc = JSON.parse(renderExport('json', input).body);
    expect(doc.dialogue.title).toBe(input.dialogue.title);
    expect(doc.dialogue.venue).toBe(input.dialogue.venue);
    expect(doc.interventions).toEqual(HOSTILE_INTERVENTIONS.map((i) => ({ ...i, speaker: { ...i.speaker } })));
  });

  it('Popolo keeps names, text and tags', () => {
    const doc = JSON.parse(renderExport('popolo', input).body);
    expect(doc.events[0].name).toBe(input.dialogue.title);
    doc.speeches.forEach((s: { attribution_text: string; text: string; tags: string[] }, k: number) => {
      const i = HOSTILE_INTERVENTIONS[k]!;
      expect(s.attribution_text).toBe(`${i.speaker.name}, on behalf of ${i.onBehalfOf}`);
      expect(s.text).toBe(i.summary || i.notes.join(' | '));
      expect(s.tags).toEqual(i.tags);
    });
  });

  it('JSON-LD keeps bodies and quote selectors', () => {
    const doc = JSON.parse(renderExport('jsonld', input).body);
    const items = doc.first.items as { body: { purpose: string; value: string }[]; target: unknown }[];
    items.forEach((a, k) => {
      const i = HOSTILE_INTERVENTIONS[k]!;
      expect(a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(i.tags);
      expect(a.body.find((b) => b.purpose === 'identifying')?.value).toBe(i.speaker.name);
      expect(JSON.stringify(a.target)).toContain(JSON.stringify(i.quotes[1]!.source!.exact));
    });
  });
});

describe('HTML with hostile text', () => {
  const html = renderExport('html', input).body;
  const doc = new new Window().DOMParser().parseFromString(html, 'text/html');

  it('has no script, no event handler, no link that is not http(s) or in-page', () => {
    expect(doc.querySelectorAll('script, iframe, object, embed, img, link, meta[http-equiv]')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    }
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https?:\/\/|#intervention-\d+$)/);
  });

  it('shows every text as it was typed', () => {
    expect(doc.querySelector('title')?.textContent).toBe(input.dialogue.title);
    expect(doc.querySelector('h1')?.textContent).toBe(input.dialogue.title);
    const articles = doc.querySelectorAll('article');
    expect(articles).toHaveLength(HOSTILE_INTERVENTIONS.length);
    articles.forEach((article, k) => {
      const i = HOSTILE_INTERVENTIONS[k]!;
      const speaker = article.querySelectorAll('.speaker [dir="auto"]');
      expect(speaker[0]?.textContent).toBe(i.speaker.name);
      if (i.summary) expect(article.querySelector('.summary')?.textContent).toBe(i.summary);
      else expect([...article.querySelectorAll('ul.notes li')].map((li) => li.textContent)).toEqual(i.notes);
      expect([...article.querySelectorAll('blockquote p')].map((p) => p.textContent)).toEqual(i.quotes.map((q) => q.text));
      expect([...article.querySelectorAll('.tags li')].map((li) => li.textContent)).toEqual(i.tags);
      for (const el of article.querySelectorAll('[dir]')) expect(el.getAttribute('dir')).toBe('auto');
    });
  });

  it('does not link a webcast that is not http(s)', () => {
    const page = renderExport('html', hostileInput('javascript:alert(1)')).body;
    expect(page).not.toContain('javascript:alert(1)"');
    expect(page).not.toMatch(/href="javascript/i);
  });
});

/**
 * Markdown's active syntax: the characters left unescaped, plus each line's block marker. A hostile
 * render must have exactly the syntax of the same record with every text replaced by a plain word.
 */
function mdSyntax(md: string): string {
  return md
    .replace(/\\\n(> |  )?/g, ' ')
    .replace(/\\[\s\S]/g, '')
    .split('\n')
    .map((line) => `${/^\s*(#+|>|[-+*]|\d+[.)])?/.exec(line)?.[1] ?? ''}:${line.replace(/[^[\]<>*_`|~&]/g, '')}`)
    .filter((line) => line !== ':')
    .join('\n');
}

function plainCopy(src: ExportInput): ExportInput {
  const w = (s: string) => (s === '' ? '' : 'word');
  // The same tag stays one tag, so the index keeps its shape.
  const tagWords = new Map<string, string>();
  const tagWord = (t: string) => tagWords.get(t) ?? (tagWords.set(t, `tag${tagWords.size}`), `tag${tagWords.size - 1}`);
  return {
    ...src,
    dialogue: { ...src.dialogue, title: 'word', venue: 'word' },
    interventions: src.interventions.map((i) => ({
      ...i,
      speaker: { ...i.speaker, name: `word${i.position}`, code: i.speaker.code === null ? null : `word${i.position}` },
      onBehalfOf: 'word',
      summary: w(i.summary),
      notes: i.notes.map(w),
      tags: i.tags.map(tagWord),
      quotes: i.quotes.map((q) => ({ ...q, text: 'word' })),
    })),
  };
}

describe('Markdown with hostile text', () => {
  const md = renderExport('md', input).body;

  it('has no syntax but its own: no raw HTML, links, headings or emphasis from user text', () => {
    expect(mdSyntax(md)).toBe(mdSyntax(renderExport('md', plainCopy(input)).body));
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    // Headings stay on one line (a hard break would spill the rest of a title into a paragraph).
    expect(md).not.toMatch(/^#.*\\$/m);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    // Bare URLs in user text stay text (GFM would link them); only our own links carry "://".
    const ours = /\]\(<https:\/\/[^>\s]+>\)|\*\*Webcast:\*\* <https:\/\/[^>\s]+>/g;
    expect(md.replace(ours, '')).not.toMatch(/(?<!\\):\/\/|(?<!\\)\bwww\./);
  });

  it('keeps every text recoverable: unescaping gives it back', () => {
    const unescape = (s: string) => s.replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
    for (const text of HOSTILE_TEXTS) {
      expect(md).toContain(mdText(text));
      expect(unescape(mdText(text))).toBe(lf(text));
    }
  });
});

describe('WebVTT with hostile text', () => {
  it('parses without errors, one cue per timed intervention, names intact', () => {
    const body = renderExport('vtt', input).body;
    const tree = new WebVTTParser().parse(body, 'chapters');
    expect(tree.errors).toEqual([]);
    const timed = HOSTILE_INTERVENTIONS.filter((i) => i.start !== null);
    expect(tree.cues).toHaveLength(timed.length);
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    tree.cues.forEach((cue, k) => {
      const expected = lf(chapterTitle(TABLE_NAMES, timed[k]!)).split('\n').filter((l) => l.trim() !== '').join('\n');
      expect(unescape(cue.text)).toBe(expected);
      expect(cue.text).not.toContain('-->');
    });
  });
});
