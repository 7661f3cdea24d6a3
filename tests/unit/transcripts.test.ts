import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDefaultSpeakerIndex, canonicaliseSpeaker } from '../../shared/speakers';
import {
  clipText,
  clockStamp,
  isMachineMarked,
  markMachineText,
  MAX_PREFILL_TEXT,
  parseTranscript,
  prefillAt,
  speakerFromTranscript,
  statementAt,
  transcriptDataUrl,
  transcriptPageUrl,
  transcriptRef,
  type Statement,
  type Transcript,
  type TranscriptSpeaker,
} from '../../shared/transcripts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/transcripts/${name}`, import.meta.url), 'utf8'));
const index = buildDefaultSpeakerIndex();

function done(json: unknown): Extract<Transcript, { status: 'done' }> {
  const parsed = parseTranscript(json);
  if (!parsed.ok) throw new Error(parsed.error);
  if (parsed.transcript.status !== 'done') throw new Error('not done');
  return parsed.transcript;
}

const speaker = (s: Partial<TranscriptSpeaker>): TranscriptSpeaker => ({
  name: null,
  function: null,
  affiliation: null,
  affiliationFull: null,
  group: null,
  ...s,
});

describe('parseTranscript', () => {
  it('reads the statements of a finished transcript in time order, with their span and speaker', () => {
    const t = done(fixture('k1o7stmi6p.json'));
    expect(t.language).toBe('en');
    expect(t.statements.map((s) => [s.number, s.start, s.end])).toEqual([
      [1, 12, 21.25],
      [2, 24, 36.5],
      [3, 50, 60],
      [4, 61, 66],
      [5, 80, 85.5],
      [6, 100, 103],
    ]);
    expect(t.statements[1]!.speaker).toEqual({ name: 'Mr. Carlos Ortega', function: 'Representative', affiliation: 'MEX', affiliationFull: 'Mexico', group: null });
    expect(t.statements[1]!.paragraphs).toEqual([
      'Thank you, Co-Chair. Mexico calls for more seats for civil society in the review mechanism.',
      'We also support a stronger focus on victim identification.',
    ]);
    // A statement without a speaker object is kept, with nobody named.
    expect(t.statements[5]!.speaker).toEqual(speaker({}));
  });

  it('treats "no transcript" and "still being made" as no transcript', () => {
    expect(parseTranscript(fixture('no-transcript.json'))).toEqual({ ok: true, transcript: { status: 'none' } });
    expect(parseTranscript(fixture('in-progress.json'))).toEqual({ ok: true, transcript: { status: 'none' } });
  });

  it('rejects a malformed transcript whole, naming the field at fault', () => {
    const parsed = parseTranscript(fixture('malformed-start.json'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe('Not a transcript the extension understands: answer.transcript.data[1].paragraphs[0].sentences[1].start: Invalid input: expected number, received string');
  });

  it.each([
    ['a 404 body', fixture('not-found.json')],
    ['not an object', 'Video not found'],
    ['null', null],
    ['statements not in a list', { transcript: { data: { 0: {} } } }],
    ['a sentence ending before it starts', { transcript: { data: [{ paragraphs: [{ sentences: [{ text: 'x', start: 5, end: 4 }] }] }] } }],
    ['a negative time', { transcript: { data: [{ paragraphs: [{ sentences: [{ text: 'x', start: -1, end: 4 }] }] }] } }],
    ['an infinite time', { transcript: { data: [{ paragraphs: [{ sentences: [{ text: 'x', start: 0, end: Infinity }] }] }] } }],
    ['a speaker name that is a number', { transcript: { data: [{ speaker: { name: 7 }, paragraphs: [] }] } }],
  ])('rejects %s', (_, json) => {
    const parsed = parseTranscript(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^Not a transcript the extension understands/);
  });

  it('leaves out statements with no words, and lets unknown fields through', () => {
    const t = done({
      transcript: {
        data: [
          { speaker: null, paragraphs: [{ sentences: [{ text: '  ', start: 1, end: 2 }] }] },
          { speaker: { name: ' Jane ', extra: true }, paragraphs: [{ sentences: [{ text: 'Hello.', start: 3, end: 4, novel: 1 }] }], novel: [] },
        ],
      },
    });
    expect(t.statements).toHaveLength(1);
    expect(t.statements[0]).toMatchObject({ number: 2, start: 3, end: 4, speaker: { name: 'Jane' }, paragraphs: ['Hello.'] });
  });
});

describe('statementAt', () => {
  const statements = done(fixture('k1o7stmi6p.json')).statements;
  const at = (s: number) => statementAt(statements, s)?.number ?? null;

  it('finds the statement whose span holds the second; a boundary belongs to the statement starting there', () => {
    expect(at(12)).toBe(1);
    expect(at(21.249)).toBe(1);
    expect(at(24)).toBe(2);
    expect(at(36.4)).toBe(2);
    expect(at(59.9)).toBe(3);
    expect(at(60)).toBe(4); // Portugal's end: a pause, 1 s before UNODC
  });

  it('in a pause, takes the next statement only when it begins within 10 s (an early Start)', () => {
    expect(at(21.25)).toBe(2); // Co-Chair ended; Mexico starts 2.75 s later
    expect(at(40)).toBe(3); // exactly 10 s before Portugal
    expect(at(39.99)).toBeNull();
    expect(at(0)).toBeNull(); // 12 s before the first statement
    expect(at(2)).toBe(1);
    expect(at(103)).toBeNull(); // after the last statement
    expect(at(5000)).toBeNull();
  });

  it('refuses seconds that are not times', () => {
    expect(statementAt(statements, -1)).toBeNull();
    expect(statementAt(statements, Number.NaN)).toBeNull();
    expect(statementAt([], 10)).toBeNull();
  });

  it('in crosstalk, takes the statement that began last', () => {
    const s = (number: number, start: number, end: number): Statement => ({ number, start, end, speaker: speaker({}), paragraphs: ['x'] });
    expect(statementAt([s(1, 0, 30), s(2, 20, 40)], 25)?.number).toBe(2);
    expect(statementAt([s(2, 20, 40), s(1, 0, 30)], 25)?.number).toBe(2);
  });
});

describe('speakerFromTranscript', () => {
  it('maps the affiliation code to the canonical State, whatever the name', () => {
    expect(speakerFromTranscript(index, speaker({ name: 'Mr. Carlos Ortega', affiliation: 'MEX', affiliationFull: 'Mexico' }))).toBe('Mexico');
    expect(speakerFromTranscript(index, speaker({ affiliation: 'usa' }))).toBe('United States of America');
    expect(speakerFromTranscript(index, speaker({ affiliation: 'CIV', affiliationFull: "Côte d'Ivoire" }))).toBe("Côte d'Ivoire");
  });

  it('says on whose behalf, with the group canonicalised', () => {
    expect(speakerFromTranscript(index, speaker({ affiliation: 'PRT', group: 'EU' }))).toBe('Portugal (on behalf of European Union)');
    expect(speakerFromTranscript(index, speaker({ affiliation: 'CUB', group: 'G-77 and China' }))).toBe('Cuba (on behalf of Group of 77 and China)');
    expect(speakerFromTranscript(index, speaker({ affiliation: 'KEN', group: 'African States' }))).toBe('Kenya (on behalf of African States)');
  });

  it('gives the presiding officer as the Chair, not as their country', () => {
    expect(speakerFromTranscript(index, speaker({ name: 'Ms. Elena Ricci', function: 'Co-Chair', affiliation: 'ITA' }))).toBe('Chair');
    expect(speakerFromTranscript(index, speaker({ function: 'Chairperson' }))).toBe('Chair');
    // A President is a Head of State as often as a presiding officer: the affiliation decides.
    expect(speakerFromTranscript(index, speaker({ function: 'President', affiliation: 'KEN' }))).toBe('Kenya');
  });

  it('maps non-State affiliations by entity id or name', () => {
    expect(speakerFromTranscript(index, speaker({ affiliation: 'UNODC', affiliationFull: 'United Nations Office on Drugs and Crime' }))).toBe(
      'United Nations Office on Drugs and Crime',
    );
    expect(speakerFromTranscript(index, speaker({ affiliation: 'XYZ', affiliationFull: 'Mexico' }))).toBe('Mexico');
  });

  it('writes speakers the record canonicalises back to the same entities', () => {
    const t = done(fixture('k1o7stmi6p.json'));
    const back = t.statements
      .map((st) => speakerFromTranscript(index, st.speaker))
      .filter((s): s is string => s !== null)
      .map((s) => canonicaliseSpeaker(index, s))
      .map((c) => [c.entityId, c.onBehalfOf?.entityId ?? null]);
    expect(back).toEqual([['CHAIR', null], ['MEX', null], ['PRT', 'EU'], ['UNODC', null], [null, null]]);
  });

  it('falls back to the name as given, and to nothing when nobody is named', () => {
    expect(speakerFromTranscript(index, speaker({ name: 'Ms. Jane Doe', function: 'Representative' }))).toBe('Ms. Jane Doe');
    expect(speakerFromTranscript(index, speaker({ affiliation: 'QQQ' }))).toBe('QQQ');
    expect(speakerFromTranscript(index, speaker({}))).toBeNull();
    expect(speakerFromTranscript(index, speaker({ group: 'EU' }))).toBeNull();
  });
});

describe('prefillAt', () => {
  const t = done(fixture('k1o7stmi6p.json'));

  it('gives the speaker and the whole statement at a second, with the statement start', () => {
    expect(prefillAt(t, 30, index)).toEqual({
      speaker: 'Mexico',
      text: 'Thank you, Co-Chair. Mexico calls for more seats for civil society in the review mechanism.\n\nWe also support a stronger focus on victim identification.',
      at: 24,
    });
    expect(prefillAt(t, 50, index)?.speaker).toBe('Portugal (on behalf of European Union)');
    expect(prefillAt(t, 101, index)).toEqual({ speaker: null, text: 'Thank you. The meeting is adjourned.', at: 100 });
  });

  it('gives nothing without a transcript or between statements', () => {
    expect(prefillAt({ status: 'none' }, 30, index)).toBeNull();
    expect(prefillAt(t, 39, index)).toBeNull();
  });

  it('cuts a long statement at a sentence end, within the limit', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const cut = clipText(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_PREFILL_TEXT + 2);
    expect(cut).toMatch(/here\. …$/);
    expect(clipText('短句。'.repeat(3000)).length).toBeLessThanOrEqual(MAX_PREFILL_TEXT + 2);
    expect(clipText('short')).toBe('short');
  });
});

describe('marking', () => {
  it('prefixes machine text with a stable English marker, and recognises it', () => {
    expect(markMachineText('Hello.')).toBe('[Machine transcript] Hello.');
    expect(isMachineMarked(markMachineText('x'))).toBe(true);
    expect(isMachineMarked('My own note')).toBe(false);
  });
});

describe('transcript URLs', () => {
  it('finds the asset from UN Web TV, media.un.org, Kaltura player URLs and bare ids', () => {
    expect(transcriptRef('https://webtv.un.org/fr/asset/k1o/k1o7stmi6p')).toEqual({ assetId: 'k1o7stmi6p', locale: 'fr' });
    expect(transcriptRef('https://media.un.org/en/asset/k1o/k1o7stmi6p#t=75')).toEqual({ assetId: 'k1o7stmi6p', locale: 'en' });
    expect(transcriptRef('https://webtv.un.org/asset/k1o/k1o7stmi6p')).toEqual({ assetId: 'k1o7stmi6p', locale: 'en' });
    expect(transcriptRef('https://cdnapisec.kaltura.com/p/2503451/embedPlaykitJs/uiconf_id/1?iframeembed=true&entry_id=1_o7stmi6p')?.assetId).toBe('k1o7stmi6p');
    expect(transcriptRef('https://cdnapisec.kaltura.com/p/2503451/sp/250345100/embedIframeJs/entry_id/1_o7stmi6p')?.assetId).toBe('k1o7stmi6p');
    expect(transcriptRef('1_o7stmi6p')).toEqual({ assetId: 'k1o7stmi6p', locale: 'en' });
    expect(transcriptRef('K1O7STMI6P')?.assetId).toBe('k1o7stmi6p');
    // A stand-in host (the e2e fixture server) only when named.
    expect(transcriptRef('http://127.0.0.1:8999/en/asset/k1o/k1o7stmi6p')).toBeNull();
    expect(transcriptRef('http://127.0.0.1:8999/en/asset/k1o/k1o7stmi6p', ['127.0.0.1'])).toEqual({ assetId: 'k1o7stmi6p', locale: 'en' });
  });

  it('refuses what is not a UN webcast', () => {
    for (const url of ['https://example.org/en/asset/k1o/k1o7stmi6p', 'https://webtv.un.org/en/schedule', 'https://www.kaltura.com/', 'not a url', 'javascript:alert(1)', '']) {
      expect(transcriptRef(url), url).toBeNull();
    }
  });

  it('builds the data URL and a deep link with ?t=h:mm:ss', () => {
    const ref = { assetId: 'k1o7stmi6p', locale: 'en' } as const;
    expect(transcriptDataUrl(ref)).toBe('https://transcripts.un.org/en/asset/k1o/k1o7stmi6p.json');
    expect(transcriptPageUrl(ref, 3725.9)).toBe('https://transcripts.un.org/en/asset/k1o/k1o7stmi6p?t=1:02:05');
    expect(transcriptDataUrl(ref, 'http://127.0.0.1:9/')).toBe('http://127.0.0.1:9/en/asset/k1o/k1o7stmi6p.json');
    expect(clockStamp(0)).toBe('0:00:00');
    expect(clockStamp(59.99)).toBe('0:00:59');
  });
});
