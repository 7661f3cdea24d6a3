import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildDefaultSpeakerIndex,
  canonicaliseSpeaker,
  canonicaliseSpeakers,
  speakerKey,
  type MatchKind,
  type SpeakerEntity,
} from '../../shared/speakers';

const index = buildDefaultSpeakerIndex();
const canon = (typed: string) => canonicaliseSpeaker(index, typed);

describe('canonicaliseSpeaker: every kind of match', () => {
  const cases: [typed: string, id: string, match: MatchKind][] = [
    ['United States of America', 'USA', 'exact'],
    ['USA', 'USA', 'alias'],
    ['usa ', 'USA', 'folded'],
    ['  U.S. ', 'USA', 'folded'],
    ['United States', 'USA', 'alias'],
    ['Etats-Unis', 'USA', 'folded'],
    ["États-Unis d'Amérique", 'USA', 'alias'],
    ['Estados Unidos', 'USA', 'alias'],
    ['Соединенные Штаты Америки', 'USA', 'alias'],
    ['Соединённые Штаты Америки', 'USA', 'folded'],
    ['美利坚合众国', 'USA', 'alias'],
    ['الولايات المتحدة الأمريكية', 'USA', 'alias'],
    ['الولايات المتحدة الامريكية', 'USA', 'folded'],
    ['Untied States', 'USA', 'fuzzy'],
    ['Deutschland', 'DEU', 'alias'],
    ['Deustchland', 'DEU', 'fuzzy'],
    ['Allemagne', 'DEU', 'alias'],
    ['THA', 'THA', 'code'],
    ['EGY', 'EGY', 'code'],
    ['egy', 'EGY', 'code'],
    ['COD', 'COD', 'code'],
    ['FR', 'FRA', 'code'],
    ['CAN', 'CAN', 'code'],
    ['Union européenne', 'EU', 'alias'],
    ['union europeenne', 'EU', 'folded'],
    ['EU', 'EU', 'alias'],
    ['Secretariat', 'UNODC', 'alias'],
    ['the Secretariat', 'UNODC', 'folded'],
    ['UNODC Secretariat', 'UNODC', 'alias'],
    ['UNDOC', 'UNODC', 'fuzzy'],
    ['ACUNS', 'ACUNS', 'alias'],
    ['La Strada', 'LA-STRADA', 'alias'],
    ['GI-TOC', 'GI-TOC', 'alias'],
    ['  GI-TOC ', 'GI-TOC', 'alias'],
    ['GITOC', 'GI-TOC', 'alias'],
    ['gi toc', 'GI-TOC', 'folded'],
    ['TI', 'TI', 'alias'],
    ['SAS', 'SMALL-ARMS-SURVEY', 'alias'],
    ['Turkey', 'TUR', 'alias'],
    ['Türkiye', 'TUR', 'exact'],
    ['Turkiye', 'TUR', 'folded'],
    ['TURKIYE', 'TUR', 'folded'],
    ['Turquie', 'TUR', 'alias'],
    ["Côte d'Ivoire", 'CIV', 'exact'],
    ['Côte d’Ivoire', 'CIV', 'folded'],
    ['Cote dIvoire', 'CIV', 'folded'],
    ['Ivory Coast', 'CIV', 'alias'],
    ['Korea, Republic of', 'KOR', 'alias'],
    ['Tanzania, United Republic of', 'TZA', 'folded'],
    ['Republico f Korea', 'KOR', 'folded'],
    ['Plurinational State of Bolivia', 'BOL', 'alias'],
    ['Plurinational Sate of Bolivia', 'BOL', 'fuzzy'],
    ['Bolivia (Pulrinational State of)', 'BOL', 'alias'], // read as its outer part, "Bolivia"
    ['Democratic Republic of Congo', 'COD', 'alias'],
    ['les Pays-Bas', 'NLD', 'folded'],
    ['Thalïande', 'THA', 'fuzzy'],
    ['Saint-Siège', 'VAT', 'alias'],
    ['Vatican', 'VAT', 'alias'],
    ['Palestine', 'PSE', 'alias'],
    ['Chair', 'CHAIR', 'exact'],
    ['Chairperson', 'CHAIR', 'alias'],
    ['Président', 'CHAIR', 'alias'],
    ['moderator', 'CHAIR', 'folded'],
    ['G-77', 'G77', 'alias'],
  ];
  it.each(cases)('%s → %s (%s)', (typed, id, match) => {
    const r = canon(typed);
    expect({ id: r.entityId, match: r.match }).toEqual({ id, match });
    expect(r.typed).toBe(typed);
    expect(r.display).toBe(index.entities.get(id)!.display);
    expect(r.kind).toBe(index.entities.get(id)!.kind);
  });

  it('reports the distance of a fuzzy match', () => {
    expect(canon('Untied States').distance).toBe(1);
    expect(canon('USA').distance).toBeUndefined();
  });
});

describe('canonicaliseSpeaker: never forces a name onto the wrong entity', () => {
  it('keeps an unknown name as typed, trimmed, and flags it', () => {
    expect(canon('  Coalition   for  Safer   Streets ')).toEqual({
      typed: '  Coalition   for  Safer   Streets ',
      entityId: null,
      display: 'Coalition for Safer Streets',
      kind: null,
      match: 'unknown',
    });
  });

  it.each([
    ['Niger', 'NER'],
    ['Nigeria', 'NGA'],
    ['Nigéria', 'NGA'],
    ['Guinea', 'GIN'],
    ['Guinea-Bissau', 'GNB'],
    ['Guinea Bissau', 'GNB'],
    ['Equatorial Guinea', 'GNQ'],
    ['Papua New Guinea', 'PNG'],
    ['Austria', 'AUT'],
    ['Australia', 'AUS'],
    ['Austrailia', 'AUS'],
    ['Iran', 'IRN'],
    ['Iraq', 'IRQ'],
    ['Irak', 'IRQ'],
    ['Dominica', 'DMA'],
    ['Dominican Republic', 'DOM'],
    ['Congo', 'COG'],
    ['Republic of the Congo', 'COG'],
    ['Democratic Republic of the Congo', 'COD'],
    ['DR Congo', 'COD'],
    ['DRC', 'COD'],
    ['Sudan', 'SDN'],
    ['South Sudan', 'SSD'],
    ['Mali', 'MLI'],
    ['Malta', 'MLT'],
    ['Malawi', 'MWI'],
    ['Slovakia', 'SVK'],
    ['Slovenia', 'SVN'],
  ])('%s → %s', (typed, id) => {
    expect(canon(typed).entityId).toBe(id);
  });

  it.each([
    ['Malti', ['MLI', 'MLT']],
    ['Nigera', ['NER', 'NGA']],
    ['Dominican', ['DMA', 'DOM']],
    ['AU', ['AFRICAN-UNION', 'AUS']],
    ['Libay', ['LBN', 'LBY']],
    ['France, Germany', ['DEU', 'FRA']],
  ])('leaves %s unknown, naming the candidates', (typed, candidates) => {
    expect(canon(typed)).toMatchObject({ entityId: null, match: 'unknown', candidates, display: typed });
  });

  it.each(['xq', 'ZZ', 'q', 'Qx', '--', '', '   ', 'Iram', 'Chda'])('leaves short garbage %j unknown', (typed) => {
    expect(canon(typed)).toMatchObject({ entityId: null, match: 'unknown' });
  });

  it('reads codes that are everyday words only in capitals', () => {
    expect(canon('de').entityId).toBeNull();
    expect(canon('DE').entityId).toBe('DEU');
    expect(canon('can').entityId).toBeNull();
    expect(canon('it').entityId).toBeNull();
    expect(canon('IT').entityId).toBe('ITA');
  });
});

describe('canonicaliseSpeaker: what observers wrap around a name', () => {
  it.each([
    ['Representative of France', 'FRA'],
    ['the representative of Mexico', 'MEX'],
    ['Delegation of Brazil', 'BRA'],
    ['Permanent Mission of Japan', 'JPN'],
    ['H.E. Ms. Jane Doe (Kenya)', 'KEN'],
    ['Jane Doe, Small Arms Survey', 'SMALL-ARMS-SURVEY'],
    ['Chair (Italy)', 'CHAIR'],
    ['Mr. Smith, Representative of France', 'FRA'],
    ['Observer for the State of Palestine', 'PSE'],
    ['Représentant de la France', 'FRA'],
  ])('%s → %s', (typed, id) => {
    expect(canon(typed).entityId).toBe(id);
  });

  it('keeps the group spoken for', () => {
    expect(canon('France (on behalf of the EU)')).toMatchObject({
      entityId: 'FRA',
      display: 'France',
      onBehalfOf: { entityId: 'EU', display: 'European Union' },
    });
    expect(canon('Cuba, speaking on behalf of the Group of 77 and China')).toMatchObject({
      entityId: 'CUB',
      onBehalfOf: { entityId: 'G77' },
    });
    expect(canon("Belgique au nom de l'Union européenne")).toMatchObject({ entityId: 'BEL', onBehalfOf: { entityId: 'EU' } });
  });
});

describe('dialogue extras', () => {
  const foe: SpeakerEntity = { id: 'FOE', kind: 'ngo', display: 'Friends of the Earth', aliases: ['FoE'] };
  const withExtras = buildDefaultSpeakerIndex({
    entities: [foe, { id: 'GREEN-INIT', kind: 'ngo', display: 'Green Initiative', aliases: ['GI'] }],
    aliases: { 'the French delegation': 'FRA' },
  });

  it('matches an extra participant and its aliases', () => {
    expect(canonicaliseSpeaker(withExtras, 'Friends of the Earth')).toMatchObject({ entityId: 'FOE', match: 'exact', kind: 'ngo' });
    expect(canonicaliseSpeaker(withExtras, 'FoE')).toMatchObject({ entityId: 'FOE', match: 'alias' });
    expect(canonicaliseSpeaker(withExtras, 'Freinds of the Earth')).toMatchObject({ entityId: 'FOE', match: 'fuzzy' });
    expect(canonicaliseSpeaker(withExtras, 'the French delegation')).toMatchObject({ entityId: 'FRA', match: 'alias' });
  });

  it('takes precedence over the built-in table', () => {
    expect(canon('GI').entityId).toBe('GI-TOC');
    expect(canonicaliseSpeaker(withExtras, 'GI').entityId).toBe('GREEN-INIT');
    expect(canonicaliseSpeaker(withExtras, 'GI-TOC').entityId).toBe('GI-TOC');
  });

  it('can rename a built-in entity for one dialogue', () => {
    const renamed = buildDefaultSpeakerIndex({ entities: [{ id: 'CHAIR', kind: 'chair', display: 'Co-Chairs' }] });
    expect(canonicaliseSpeaker(renamed, 'Chairperson')).toMatchObject({ entityId: 'CHAIR', display: 'Co-Chairs' });
  });

  it('lets an expected participant win a fuzzy tie', () => {
    const dialogue = buildDefaultSpeakerIndex({ participants: ['MLT'] });
    expect(canonicaliseSpeaker(dialogue, 'Malti')).toMatchObject({ entityId: 'MLT', match: 'fuzzy', distance: 1 });
  });

  it('reports extras it cannot use instead of failing', () => {
    const bad = buildDefaultSpeakerIndex({ aliases: { Ghost: 'NOPE' }, participants: ['NOPE2'] });
    expect(bad.problems).toHaveLength(2);
    expect(canonicaliseSpeaker(bad, 'Ghost').entityId).toBeNull();
  });

  it('leaves the built-in index untouched', () => {
    expect(canon('FoE').entityId).toBeNull();
  });
});

describe('canonicaliseSpeakers and speakerKey', () => {
  it('gives one key to every spelling of a speaker, and one to every spacing of an unknown', () => {
    const rs = canonicaliseSpeakers(index, ['USA', 'Etats-Unis', 'Untied States', 'Foo  Bar', 'foo bar', 'USA']);
    expect(new Set(rs.slice(0, 3).map(speakerKey))).toEqual(new Set(['USA']));
    expect(speakerKey(rs[3]!)).toBe(speakerKey(rs[4]!));
    expect(speakerKey(rs[3]!)).not.toBe('USA');
    expect(rs[5]).toBe(rs[0]);
  });

  it('returns frozen results', () => {
    expect(Object.isFrozen(canon('USA'))).toBe(true);
    expect(Object.isFrozen(canon('nobody at all'))).toBe(true);
  });

  it('canonicalises 10,000 noisy names quickly', () => {
    const pool = ['USA', 'usa ', 'Untied States', 'Deustchland', 'Republico f Korea', 'Thalïande', 'Unknown NGO of Things', 'Malti',
      'Representative of Mexico', 'France (on behalf of the EU)', 'Colombie', 'Rusisan Federation', 'xq', 'Bolivia (Pulrinational State of)'];
    const names = Array.from({ length: 10_000 }, (_, i) => `${pool[i % pool.length]}${i % 3 === 0 ? ` ${i}` : ''}`);
    const t0 = performance.now();
    for (const n of names) canonicaliseSpeaker(index, n);
    // Generous for slow CI machines; a laptop does this in about a quarter of a second.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

// A copy of the shared capture scenarios is kept in the repo so CI always has them.
const scenarioDir = fileURLToPath(new URL('../scenarios/data/', import.meta.url));

describe('scenario speakers', () => {
  it(
    "every typed speaker resolves to a display name of the file's expected interventions",
    () => {
      const files = readdirSync(scenarioDir).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const scenario = JSON.parse(readFileSync(`${scenarioDir}${file}`, 'utf8')) as {
          clips: { speaker: string }[];
          expected: { interventions: { speaker: string }[]; quotedOnly?: { speaker: string }[] };
        };
        const expected = new Set([...scenario.expected.interventions, ...(scenario.expected.quotedOnly ?? [])].map((i) => i.speaker));
        for (const typed of new Set(scenario.clips.map((c) => c.speaker))) {
          const r = canon(typed);
          // -hard files attribute some clips to the wrong speaker on purpose: those must still be a real entity.
          if (file.includes('-hard')) expect(r.entityId, `${file}: ${typed}`).not.toBeNull();
          else expect(expected, `${file}: ${JSON.stringify(typed)} → ${r.display}`).toContain(r.display);
        }
      }
    },
  );
});
