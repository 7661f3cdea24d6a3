/**
 * Names in running prose as UN meeting coverage writes them: the article where UN usage has one, the
 * readable form of names stored with a qualifier, never two articles; data fields keep the stored name.
 * The phrase of every Member and observer State (and every other built-in speaker) is in a golden file a
 * person has read; UPDATE_GOLDEN=1 rewrites it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport, type ExportFormat, type ExportInput, type ExportIntervention } from '../../shared/export';
import { nameInProse, proseName, speakerNames } from '../../shared/export/prose-name';
import { SPEAKER_TABLE, STATES } from '../../shared/speakers';
import { GOLDEN_DIALOGUE, TABLE_NAMES } from './__golden__/export/dialogue.fixture';

const DIR = join(import.meta.dirname, '__golden__', 'speaker-phrasing');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, body: string): void {
  const path = join(DIR, file);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, body);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(body).toBe(readFileSync(path, 'utf8'));
}

describe('a name as it reads after "of", "for" or "on behalf of"', () => {
  it.each([
    // States whose UN short name takes the article, and the shortened forms coverage uses.
    ['United States of America', 'state', 'the United States'],
    ['United Kingdom of Great Britain and Northern Ireland', 'state', 'the United Kingdom'],
    ['Russian Federation', 'state', 'the Russian Federation'],
    ['Republic of Korea', 'state', 'the Republic of Korea'],
    ["Democratic People's Republic of Korea", 'state', "the Democratic People's Republic of Korea"],
    ['Democratic Republic of the Congo', 'state', 'the Democratic Republic of the Congo'],
    ['Congo', 'state', 'the Congo'],
    ['Philippines', 'state', 'the Philippines'],
    ['Bahamas', 'state', 'the Bahamas'],
    ['Gambia', 'state', 'the Gambia'],
    ['Niger', 'state', 'the Niger'],
    ['Sudan', 'state', 'the Sudan'],
    ['United Arab Emirates', 'state', 'the United Arab Emirates'],
    ['Marshall Islands', 'state', 'the Marshall Islands'],
    ['Holy See', 'observer-state', 'the Holy See'],
    ['State of Palestine', 'observer-state', 'the State of Palestine'],
    // Names stored with a parenthesised qualifier read in their full form.
    ['Netherlands (Kingdom of the)', 'state', 'the Kingdom of the Netherlands'],
    ['Venezuela (Bolivarian Republic of)', 'state', 'the Bolivarian Republic of Venezuela'],
    ['Bolivia (Plurinational State of)', 'state', 'the Plurinational State of Bolivia'],
    ['Iran (Islamic Republic of)', 'state', 'the Islamic Republic of Iran'],
    ['Micronesia (Federated States of)', 'state', 'the Federated States of Micronesia'],
    // No article: most States, including the plural-looking ones UN usage writes bare.
    ['Mexico', 'state', 'Mexico'],
    ['France', 'state', 'France'],
    ['Brazil', 'state', 'Brazil'],
    ['Solomon Islands', 'state', 'Solomon Islands'],
    ['Maldives', 'state', 'Maldives'],
    ['Seychelles', 'state', 'Seychelles'],
    ['South Sudan', 'state', 'South Sudan'],
    ['Saint Vincent and the Grenadines', 'state', 'Saint Vincent and the Grenadines'],
    ['Türkiye', 'state', 'Türkiye'],
    // Groups, IGOs and UN entities take the article; acronyms mostly stand alone.
    ['European Union', 'igo', 'the European Union'],
    ['Group of 77 and China', 'igo', 'the Group of 77 and China'],
    ['Group of African States', 'igo', 'the Group of African States'],
    ['United Nations Office on Drugs and Crime', 'un-entity', 'the United Nations Office on Drugs and Crime'],
    ['World Bank', 'un-entity', 'the World Bank'],
    ['UNODC', 'un-entity', 'UNODC'],
    ['INTERPOL', 'igo', 'INTERPOL'],
    ['EU', 'igo', 'the EU'],
    // Civil society as the organisation writes its name.
    ['Human Rights Watch', 'ngo', 'Human Rights Watch'],
    ['The Salvation Army', 'ngo', 'The Salvation Army'],
    ['Vienna NGO Committee', 'ngo', 'Vienna NGO Committee'],
    ['Small Arms Survey', 'academia', 'Small Arms Survey'],
    ['Chair', 'chair', 'the Chair'],
  ])('%s (%s) → %s', (stored, kind, expected) => {
    expect(nameInProse(TABLE_NAMES, stored, kind)).toBe(expected);
  });

  it.each([
    // Without a kind (the "on behalf of" text): the built-in table, then the shape of the name.
    ['European Union', 'the European Union'],
    ['Group of 77 and China', 'the Group of 77 and China'],
    ['United States of America', 'the United States'],
    ['Netherlands (Kingdom of the)', 'the Kingdom of the Netherlands'],
    ['African Group', 'the African Group'],
    ['Core Group of Friends of the Convention', 'the Core Group of Friends of the Convention'],
    ['Nordic countries', 'the Nordic countries'],
    ['Like-minded Group', 'the Like-minded Group'],
    ['Cook Islands', 'the Cook Islands'],
    ['Bureau of the Conference', 'the Bureau of the Conference'],
    ['EU', 'the EU'],
    // Several known names: each reads on its own, as UN coverage lists them.
    ['Mexico and Colombia', 'Mexico and Colombia'],
    ['China and Russian Federation', 'China and the Russian Federation'],
    ['Russian Federation and China', 'the Russian Federation and China'],
    ['Belgium, Netherlands (Kingdom of the) and Luxembourg', 'Belgium, the Kingdom of the Netherlands and Luxembourg'],
    ['Canada, Australia, New Zealand', 'Canada, Australia and New Zealand'],
    // An "and" inside a name and between names cannot be told apart: kept as typed.
    ['Antigua and Barbuda and Philippines', 'Antigua and Barbuda and Philippines'],
    ['Trinidad and Tobago, Bahamas', 'Trinidad and Tobago and the Bahamas'],
    ['European Union and its member States', 'the European Union and its member States'],
    ['Mexico and friends', 'Mexico and friends'],
    ['Philippines', 'the Philippines'],
    ['Netherlands', 'the Netherlands'],
    ['Kosovo', 'Kosovo'],
    ['Small Arms Survey', 'Small Arms Survey'],
    ['UNODC', 'UNODC'],
    // Descriptions, not names, stay as typed.
    ['several States', 'several States'],
    ['a group of countries', 'a group of countries'],
    // Never a second article.
    ['the European Union', 'the European Union'],
    ['The European Union', 'the European Union'],
    ['the United States of America', 'the United States'],
    ['The Bahamas', 'the Bahamas'],
    ['the Group of 77 and China', 'the Group of 77 and China'],
    ['The Salvation Army', 'The Salvation Army'],
    // Spacing decides nothing, and the text itself is kept as typed.
    ['European  Union', 'the European  Union'],
    ['\tTAB first', '\tTAB first'],
    ['', ''],
  ])('%j → %j', (stored, expected) => {
    expect(nameInProse(TABLE_NAMES, stored)).toBe(expected);
  });

  it('knows the built-in names only from the table it is given', () => {
    const none = new Map<string, string>();
    // Without the table, a list of names is no longer known to be two States: it reads as one body's name.
    expect(nameInProse(TABLE_NAMES, 'China and Russian Federation')).toBe('China and the Russian Federation');
    expect(nameInProse(none, 'China and Russian Federation')).toBe('the China and Russian Federation');
    // An NGO the table names is written as it writes itself; unknown, its shape gives it an article.
    expect(nameInProse(speakerNames([{ id: 'X', kind: 'ngo', display: 'Friends of the Earth' }]), 'Friends of the Earth')).toBe('Friends of the Earth');
    expect(nameInProse(none, 'Friends of the Earth')).toBe('the Friends of the Earth');
  });

  it('keeps the article apart from the name, so markup can wrap the name alone', () => {
    expect(proseName(TABLE_NAMES, 'United States of America', 'state')).toEqual({ article: 'the', name: 'United States' });
    expect(proseName(TABLE_NAMES, 'the European Union')).toEqual({ article: 'the', name: 'European Union' });
    expect(proseName(TABLE_NAMES, 'Mexico', 'state')).toEqual({ article: '', name: 'Mexico' });
  });

  it('covers all 193 Member States and both observer States, each phrase read once more unchanged', () => {
    expect(STATES.filter((s) => s.kind === 'state')).toHaveLength(193);
    expect(STATES.filter((s) => s.kind === 'observer-state').map((s) => s.id).sort()).toEqual(['PSE', 'VAT']);
    for (const s of STATES) {
      const once = nameInProse(TABLE_NAMES, s.display, s.kind);
      expect(once, s.display).not.toMatch(/^the the\b/i);
      // What the prose says is itself read the same way (a name typed as coverage writes it).
      expect(nameInProse(TABLE_NAMES, once), s.display).toBe(once);
      expect(nameInProse(TABLE_NAMES, s.display), `${s.display} without its kind`).toBe(once);
    }
  });

  it('phrases every State as in the golden file', () => {
    const lines = STATES.map((s) => {
      const lead = s.kind === 'state' ? 'The representative of' : 'The observer for';
      return `${s.id}\t${s.display}\t${lead} ${nameInProse(TABLE_NAMES, s.display, s.kind)}`;
    });
    golden('states.tsv', `${lines.join('\n')}\n`);
  });

  it('phrases every other built-in speaker as in the golden file', () => {
    const others = SPEAKER_TABLE.filter((e) => e.kind !== 'state' && e.kind !== 'observer-state');
    const lines = others.map((e) => `${e.id}\t${e.kind}\t${e.display}\ton behalf of ${nameInProse(TABLE_NAMES, e.display, e.kind)}`);
    golden('other-speakers.tsv', `${lines.join('\n')}\n`);
  });
});

describe('every renderer writes the phrase; data fields keep the stored name', () => {
  const base = { notes: [], tags: [], quotes: [], status: 'approved' as const, end: null };
  const interventions: ExportIntervention[] = [
    { ...base, id: 'a', position: 0, start: 10, speaker: { name: 'United States of America', code: 'USA', kind: 'state' }, onBehalfOf: 'Group of 77 and China', summary: 'S1.' },
    { ...base, id: 'b', position: 1, start: 20, speaker: { name: 'Netherlands (Kingdom of the)', code: 'NLD', kind: 'state' }, onBehalfOf: 'the European Union', summary: 'S2.' },
    { ...base, id: 'c', position: 2, start: 30, speaker: { name: 'Holy See', code: 'VAT', kind: 'observer-state' }, onBehalfOf: null, summary: 'S3.' },
    { ...base, id: 'd', position: 3, start: 40, speaker: { name: 'European Union', code: 'EU', kind: 'igo' }, onBehalfOf: null, summary: 'S4.' },
    { ...base, id: 'e', position: 4, start: 50, speaker: { name: 'Mexico', code: 'MEX', kind: 'state' }, onBehalfOf: 'Group of African States', summary: 'S5.' },
    { ...base, id: 'f', position: 5, start: 60, speaker: { name: 'The Salvation Army', code: 'SALVATION-ARMY', kind: 'ngo' }, onBehalfOf: null, summary: 'S6.' },
  ];
  const input: ExportInput = { dialogue: GOLDEN_DIALOGUE, interventions, include: 'all', generatedAt: '2026-06-04T09:30:00.000Z', speakerNames: TABLE_NAMES };
  const render = (format: ExportFormat) => renderExport(format, input).body;
  const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

  it.each(['md', 'html'] as const)('%s: coverage sentences', (format) => {
    const text = format === 'html' ? textOf(render(format)) : render(format);
    expect(text).toContain('The representative of the United States, speaking on behalf of the Group of 77 and China, said: S1.');
    expect(text).toContain('The representative of the Kingdom of the Netherlands, speaking on behalf of the European Union, said: S2.');
    expect(text).toContain('The observer for the Holy See said: S3.');
    expect(text).toContain('The European Union said: S4.');
    expect(text).toContain('The representative of Mexico, speaking on behalf of the Group of African States, said: S5.');
    expect(text).toContain('The Salvation Army said: S6.');
    expect(text).not.toMatch(/\bthe the\b/i);
  });

  it('HTML keeps the article outside the name it marks up', () => {
    expect(render('html')).toContain('The representative of the <span dir="auto">United States</span></span>, speaking on behalf of the <span dir="auto">Group of 77 and China</span>,');
  });

  it('VTT chapters, Popolo attributions and JSON-LD bodies say "on behalf of the …"', () => {
    const vtt = render('vtt');
    expect(vtt).toContain('United States of America, on behalf of the Group of 77 and China');
    expect(vtt).toContain('Netherlands (Kingdom of the), on behalf of the European Union');
    const popolo = JSON.parse(render('popolo')) as { speeches: { attribution_text: string }[] };
    expect(popolo.speeches.map((s) => s.attribution_text)).toEqual([
      'United States of America, on behalf of the Group of 77 and China',
      'Netherlands (Kingdom of the), on behalf of the European Union',
      'Holy See',
      'European Union',
      'Mexico, on behalf of the Group of African States',
      'The Salvation Army',
    ]);
    const jsonld = JSON.parse(render('jsonld')) as { first: { items: { body: { value: string }[] }[] } };
    expect(jsonld.first.items[0]!.body.map((b) => b.value)).toContain('On behalf of the Group of 77 and China');
    expect(jsonld.first.items[1]!.body.map((b) => b.value)).toContain('On behalf of the European Union');
  });

  it('CSV and JSON carry the names as stored', () => {
    const json = JSON.parse(render('json')) as { interventions: { speaker: { name: string }; onBehalfOf: string | null }[] };
    expect(json.interventions.map((i) => [i.speaker.name, i.onBehalfOf])).toEqual(interventions.map((i) => [i.speaker.name, i.onBehalfOf]));
    const csv = render('csv');
    expect(csv).toContain('United States of America,USA,Group of 77 and China,');
    expect(csv).toContain('Netherlands (Kingdom of the),NLD,the European Union,');
    expect(csv).not.toContain('the United States');
  });
});
