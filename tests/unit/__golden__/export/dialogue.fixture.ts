/**
 * The fixed dialogue every export golden file is rendered from (and the e2e page and the bench).
 * Positions start at 0, as the record's do; readers see 1..n.
 */
import { speakerNames, type ExportDialogue, type ExportInput, type ExportIntervention } from '../../../../shared/export';
import { SPEAKER_TABLE } from '../../../../shared/speakers/table';

/** The built-in table's names, as the Worker passes them from D1 (its rows are this table). */
export const TABLE_NAMES = speakerNames(SPEAKER_TABLE);

export const GOLDEN_DIALOGUE: ExportDialogue = {
  id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  title: 'Constructive Dialogue on Firearms',
  theme: 'firearms',
  date: '2026-06-03',
  venue: 'Vienna International Centre, Board Room D',
  webcastUrl: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p',
  recordingStartedAt: '2026-06-03T13:00:05Z',
};

const base = { notes: [], tags: [], quotes: [], onBehalfOf: null, summary: '' };

export const GOLDEN_INTERVENTIONS: ExportIntervention[] = [
  {
    ...base,
    id: '0b6a5f1e-0001-4a00-8000-000000000001',
    position: 0,
    speaker: { name: 'Chair', code: 'CHAIR', kind: 'chair' },
    start: 35,
    end: 212.4,
    status: 'approved',
    summary: 'The Working Group on Firearms had met the week before; its recommendations on marking and record-keeping would be presented to the Conference in October.',
    tags: ['working group update'],
  },
  {
    ...base,
    id: '0b6a5f1e-0002-4a00-8000-000000000002',
    position: 1,
    speaker: { name: 'Portugal', code: 'PRT', kind: 'state' },
    // Stored as the group's display name; the prose adds the article.
    onBehalfOf: 'European Union',
    start: 230.25,
    end: 498,
    status: 'approved',
    summary: 'The European Union supported a regional approach to tracing and offered to share its firearms focal point network with other regions.',
    notes: ['Mentioned the 2025 action plan.'],
    tags: ['tracing', 'regional cooperation'],
    quotes: [{ text: 'No region can trace a firearm alone.', source: null }],
  },
  {
    ...base,
    id: '0b6a5f1e-0003-4a00-8000-000000000003',
    position: 2,
    speaker: { name: 'United Nations Office on Drugs and Crime', code: 'UNODC', kind: 'un-entity' },
    start: 505,
    end: 731.5,
    status: 'approved',
    notes: ['Global Firearms Programme: 40 States assisted with marking machines since 2023.', 'New e-learning module on record-keeping.'],
    tags: ['technical assistance', 'marking'],
  },
  {
    ...base,
    id: '0b6a5f1e-0004-4a00-8000-000000000004',
    position: 3,
    speaker: { name: 'Alliance of NGOs on Crime Prevention and Criminal Justice', code: 'ANGOCPCJ', kind: 'ngo' },
    start: 740,
    end: 905,
    status: 'approved',
    summary: 'Civil society should be invited to the working group itself, not only to the dialogue that follows it.',
    tags: ['civil society participation'],
  },
  {
    ...base,
    id: '0b6a5f1e-0005-4a00-8000-000000000005',
    position: 4,
    speaker: { name: 'Mexico', code: 'MEX', kind: 'state' },
    start: 910,
    end: 1104.75,
    status: 'draft',
    summary: 'Mexico described cross-border trafficking of firearms parts and called for marking of essential components.',
    tags: ['marking', 'tracing'],
  },
  {
    ...base,
    id: '0b6a5f1e-0006-4a00-8000-000000000006',
    position: 5,
    speaker: { name: 'Brazil', code: 'BRA', kind: 'state' },
    start: null,
    end: null,
    status: 'approved',
    summary: 'In its written statement, Brazil reported on its national firearms registry.',
    tags: ['record-keeping'],
    quotes: [
      {
        text: 'our national registry now holds 2.1 million records',
        source: {
          url: 'https://www.unodc.org/unodc/en/firearms-protocol/constructive-dialogue-2026.html',
          exact: 'our national registry now holds 2.1 million records',
          prefix: 'Brazil informed that ',
          suffix: ', all of them digitised.',
          start: 1520,
          end: 1571,
        },
      },
    ],
  },
  {
    ...base,
    id: '0b6a5f1e-0007-4a00-8000-000000000007',
    position: 6,
    speaker: { name: 'Small Arms Survey', code: null, kind: null },
    start: 1110,
    end: 1180,
    status: 'needs-review',
    notes: ['Speaker unclear: possibly Small Arms Survey or Control Arms.'],
  },
];

export const goldenInput = (include: 'approved' | 'all'): ExportInput => ({
  dialogue: GOLDEN_DIALOGUE,
  interventions: GOLDEN_INTERVENTIONS,
  include,
  generatedAt: '2026-06-04T09:30:00.000Z',
  speakerNames: TABLE_NAMES,
});
