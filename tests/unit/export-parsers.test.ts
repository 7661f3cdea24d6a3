/** Each machine format read back by a real parser, and the small helpers the renderers rely on. */
import { parse as parseCsv } from 'csv-parse/sync';
import { WebVTTParser } from 'webvtt-parser';
import { describe, expect, it } from 'vitest';
import { renderExport, selectInterventions, webcastMomentUrl } from '../../shared/export';
import { shownInterventions, speakerPhrase } from '../../shared/export/common';
import { neutraliseCell } from '../../shared/export/render-csv';
import { vttText, vttTime } from '../../shared/export/render-vtt';
import { GOLDEN_INTERVENTIONS, goldenInput, TABLE_NAMES } from './__golden__/export/dialogue.fixture';
import { hostileInput } from './__golden__/export/hostile.fixture';

const inputs = { golden: goldenInput('all'), approved: goldenInput('approved'), hostile: hostileInput() };

describe('WebVTT', () => {
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name}: parses without errors, one cue per timed intervention, in order`, () => {
      const tree = new WebVTTParser().parse(renderExport('vtt', input).body, 'chapters');
      expect(tree.errors).toEqual([]);
      const timed = shownInterventions(input).filter((i) => i.start !== null);
      expect(tree.cues.map((c) => c.id)).toEqual(timed.map((i) => `intervention-${i.position}`));
      for (const [k, cue] of tree.cues.entries()) {
        expect(cue.startTime).toBeCloseTo(timed[k]!.start!, 3);
        expect(cue.endTime).toBeGreaterThan(cue.startTime);
      }
    });
  }

  it('says which interventions it leaves out', () => {
    expect(renderExport('vtt', inputs.golden).body).toContain('NOTE 1 intervention without a time is not listed (position 6).');
  });

  it('writes times as hh:mm:ss.mmm and cue text that cannot end a cue', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(3725.0456)).toBe('01:02:05.046');
    expect(vttTime(36_000)).toBe('10:00:00.000');
    expect(vttText('a --> b\n\n \nc & <d>')).toBe('a --&gt; b\nc &amp; &lt;d&gt;');
  });

  it('gives a cue with no end the time up to the next one', () => {
    const input = goldenInput('all');
    input.interventions = input.interventions.map((i) => (i.position === 0 ? { ...i, end: null } : i));
    const cue = new WebVTTParser().parse(renderExport('vtt', input).body, 'chapters').cues[0]!;
    expect([cue.startTime, cue.endTime]).toEqual([35, 230.25]);
  });
});

describe('JSON-LD', () => {
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name}: W3C context, annotations with valid Media Fragments selectors`, () => {
      const doc = JSON.parse(renderExport('jsonld', input).body);
      expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(doc.type).toBe('AnnotationCollection');
      const items = doc.first.items as { type: string; target: unknown }[];
      expect(items).toHaveLength(selectInterventions(input).length);
      const fragments = JSON.stringify(items).match(/"FragmentSelector"[^}]*/g) ?? [];
      expect(fragments.length).toBe(selectInterventions(input).filter((i) => i.start !== null && i.end !== null).length);
      for (const a of items) {
        expect(a.type).toBe('Annotation');
        for (const t of [a.target].flat()) {
          if (typeof t === 'string') continue;
          const sel = (t as { selector: { type: string; value?: string; conformsTo?: string } | { type: string }[] }).selector;
          for (const s of [sel].flat() as { type: string; value?: string; conformsTo?: string }[]) {
            if (s.type !== 'FragmentSelector') continue;
            expect(s.conformsTo).toBe('http://www.w3.org/TR/media-frags/');
            const m = /^t=(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(s.value ?? '');
            expect(m, s.value).not.toBeNull();
            expect(Number(m![1])).toBeLessThanOrEqual(Number(m![2]));
            expect(s.value).not.toMatch(/\.\d{4}/);
          }
        }
      }
    });
  }

  it('targets the dialogue itself when there is no webcast', () => {
    const doc = JSON.parse(renderExport('jsonld', { ...inputs.golden, dialogue: { ...inputs.golden.dialogue, webcastUrl: null } }).body);
    expect(doc.first.items[0].target).toBe('urn:uuid:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b');
  });
});

describe('CSV', () => {
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name}: RFC 4180 (CRLF records) and round-trips through csv-parse`, () => {
      const body = renderExport('csv', input).body;
      expect(body.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(body, { record_delimiter: '\r\n' }) as string[][];
      expect(rows).toHaveLength(selectInterventions(input).length + 1);
      expect(rows.every((r) => r.length === 14)).toBe(true);
      expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(selectInterventions(input).map((_, k) => k + 1));
    });
  }

  it('neutralises formula-looking cells and nothing else', () => {
    expect(['=1+1', '+1', '-1', '@x', '\tx', '\rx', 'ok =1', ''].map(neutraliseCell)).toEqual(["'=1+1", "'+1", "'-1", "'@x", "'\tx", "'\rx", 'ok =1', '']);
  });
});

describe('scope and links', () => {
  it('approved only, or every intervention with its status', () => {
    expect(selectInterventions(goldenInput('approved')).map((i) => i.position)).toEqual([0, 1, 2, 3, 5]);
    expect(shownInterventions(goldenInput('approved')).map((i) => [i.position, i.speaker.code])).toEqual([[1, 'CHAIR'], [2, 'PRT'], [3, 'UNODC'], [4, 'ANGOCPCJ'], [5, 'BRA']]);
    expect(selectInterventions(goldenInput('all')).map((i) => i.status)).toEqual(GOLDEN_INTERVENTIONS.map((i) => i.status));
    expect(renderExport('md', goldenInput('approved')).body).not.toContain('Mexico');
    expect(renderExport('html', goldenInput('all')).body).toContain('<span class="status">Draft</span>');
  });

  it('names speakers as meeting coverage does', () => {
    const phrase = (kind: string | null, name = 'X') => Object.values(speakerPhrase(TABLE_NAMES, { name, code: null, kind })).join('');
    expect(phrase('state', 'France')).toBe('The representative of France');
    expect(phrase('observer-state', 'the Holy See')).toBe('The observer for the Holy See');
    expect(phrase('chair', 'Co-Chair')).toBe('The Chair');
    expect(['igo', 'un-entity', 'ngo', 'academia', 'private-sector', null].map((k) => phrase(k, 'UNODC'))).toEqual(Array(6).fill('UNODC'));
  });

  it('deep-links a moment as a media fragment of whole seconds', () => {
    expect(webcastMomentUrl('https://webtv.un.org/en/asset/k1o/k1o7stmi6p', 230.75)).toBe('https://webtv.un.org/en/asset/k1o/k1o7stmi6p#t=230');
    expect(webcastMomentUrl('https://media.un.org/x?lang=fr#old', 5)).toBe('https://media.un.org/x?lang=fr#t=5');
  });

  it('Popolo: ISO instants when the recording start is known, offsets always', () => {
    const withClock = JSON.parse(renderExport('popolo', goldenInput('all')).body).speeches[0];
    expect([withClock.start_date, withClock.end_date, withClock.start_offset]).toEqual(['2026-06-03T13:00:40.000Z', '2026-06-03T13:03:37.400Z', 35]);
    const input = goldenInput('all');
    const noClock = JSON.parse(renderExport('popolo', { ...input, dialogue: { ...input.dialogue, recordingStartedAt: null } }).body).speeches[0];
    expect([noClock.start_date, noClock.start_offset, noClock.end_offset]).toEqual([null, 35, 212.4]);
  });
});
