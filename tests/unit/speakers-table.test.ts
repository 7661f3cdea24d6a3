import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { boundedOsa } from '../../shared/speakers/distance';
import { buildDefaultSpeakerIndex, SPEAKER_KINDS, SPEAKER_TABLE, STATES, UN_LANGUAGES } from '../../shared/speakers';

const index = buildDefaultSpeakerIndex();

// Keys that name two entities on purpose, so that they resolve to neither.
const DELIBERATELY_AMBIGUOUS = new Set(['au', 'dominican']);

describe('speaker table', () => {
  it('has every UN Member State and the two observer States', () => {
    expect(STATES.filter((s) => s.kind === 'state')).toHaveLength(193);
    expect(STATES.filter((s) => s.kind === 'observer-state').map((s) => s.display).sort()).toEqual([
      'Holy See',
      'State of Palestine',
    ]);
  });

  it('uses unique ids, alpha-3 ids and alpha-2 codes for States', () => {
    const ids = SPEAKER_TABLE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of STATES) {
      expect(s.id).toMatch(/^[A-Z]{3}$/);
      expect(s.iso2).toMatch(/^[A-Z]{2}$/);
    }
    expect(new Set(STATES.map((s) => s.iso2)).size).toBe(STATES.length);
  });

  it('gives every State its name in all six UN languages, the English one as display', () => {
    for (const s of STATES) {
      for (const lang of UN_LANGUAGES) expect(s.names[lang], `${s.id} ${lang}`).toMatch(/\S/);
      expect(s.names.en).toBe(s.display);
    }
  });

  it('uses the UN short names the UN uses today', () => {
    const display = (id: string) => STATES.find((s) => s.id === id)?.display;
    expect(display('TUR')).toBe('Türkiye');
    expect(display('NLD')).toBe('Netherlands (Kingdom of the)');
    expect(display('CZE')).toBe('Czechia');
    expect(display('SWZ')).toBe('Eswatini');
    expect(display('MKD')).toBe('North Macedonia');
    expect(display('CIV')).toBe("Côte d'Ivoire");
    expect(display('GBR')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(display('VNM')).toBe('Viet Nam');
  });

  it('has a known kind and a display name for every entity, and one Chair', () => {
    for (const e of SPEAKER_TABLE) {
      expect(SPEAKER_KINDS).toContain(e.kind);
      expect(e.display.trim()).toBe(e.display);
    }
    expect(SPEAKER_TABLE.filter((e) => e.kind === 'chair').map((e) => e.id)).toEqual(['CHAIR']);
    for (const kind of SPEAKER_KINDS) expect(SPEAKER_TABLE.some((e) => e.kind === kind), kind).toBe(true);
  });

  it('is frozen, so no caller can edit the shared table', () => {
    expect(Object.isFrozen(SPEAKER_TABLE)).toBe(true);
    for (const e of SPEAKER_TABLE) {
      expect(Object.isFrozen(e)).toBe(true);
      if (e.aliases) expect(Object.isFrozen(e.aliases)).toBe(true);
    }
  });

  it('has no name or alias that points to two entities, except the deliberate ones', () => {
    const clashes = [...index.folded, ...index.loose]
      .filter(([key, hit]) => hit.ids.length > 1 && !DELIBERATELY_AMBIGUOUS.has(key))
      .map(([key, hit]) => `${key}: ${hit.ids.join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('has no alias that spells another entity\'s ISO code', () => {
    const clashes = [...index.codes]
      .filter(([code, id]) => {
        const hit = index.folded.get(code.toLowerCase());
        return hit && !hit.ids.includes(id) && !DELIBERATELY_AMBIGUOUS.has(code.toLowerCase());
      })
      .map(([code]) => code);
    expect(clashes).toEqual([]);
  });
});

describe('boundedOsa', () => {
  // The textbook full-matrix optimal string alignment distance, as the oracle.
  function osa(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  it('counts a transposition as one edit', () => {
    expect(boundedOsa('untied states', 'united states', 3)).toBe(1);
    expect(boundedOsa('deustchland', 'deutschland', 3)).toBe(1);
  });

  test.prop([fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), fc.integer({ min: 0, max: 4 })])(
    'equals the full distance, capped at max + 1',
    (a, b, max) => {
      expect(boundedOsa(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
    },
  );

  test.prop([fc.stringMatching(/^[abc]{0,10}$/), fc.stringMatching(/^[abc]{0,10}$/), fc.integer({ min: 0, max: 3 })])(
    'stays exact on small alphabets, where transpositions and bands interact most',
    (a, b, max) => {
      expect(boundedOsa(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
    },
  );
});
