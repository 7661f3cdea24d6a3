/** What the export renderers take and give; pure data, shared by the Worker and the extension. */
import type { SpeakerNames } from './prose-name';

export type ExportFormat = 'md' | 'html' | 'csv' | 'json' | 'popolo' | 'jsonld' | 'vtt';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'csv', 'json', 'popolo', 'jsonld', 'vtt'];

export type ExportStatus = 'draft' | 'needs-review' | 'reviewed' | 'approved' | 'rejected';
export type ExportInclude = 'approved' | 'all';

export interface ExportDialogue {
  id: string;
  title: string;
  theme: string;
  /** YYYY-MM-DD */
  date: string;
  venue: string | null;
  webcastUrl: string | null;
  /** Wall clock of second 0 of the recording (ISO instant), when known. */
  recordingStartedAt: string | null;
}

export interface ExportQuoteSource {
  url: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
}

export interface ExportQuote {
  text: string;
  /** The page quote's selectors; null when unknown. */
  source: ExportQuoteSource | null;
}

export interface ExportSpeaker {
  name: string;
  code: string | null;
  kind: string | null;
}

export interface ExportIntervention {
  id: string;
  position: number;
  speaker: ExportSpeaker;
  onBehalfOf: string | null;
  /** Seconds on the recording clock. */
  start: number | null;
  end: number | null;
  status: ExportStatus;
  summary: string;
  notes: string[];
  tags: string[];
  quotes: ExportQuote[];
}

export interface ExportInput {
  dialogue: ExportDialogue;
  interventions: ExportIntervention[];
  include: ExportInclude;
  /** ISO instant, passed in: the renderers read no clock. */
  generatedAt: string;
  /**
   * The built-in speaker table's names (`speakerNames(table)`), passed in: prose reads "the representative
   * of the Russian Federation" and "on behalf of the European Union" from them. Never written out.
   */
  speakerNames: SpeakerNames;
}

export type ExportExtension = 'md' | 'html' | 'csv' | 'json' | 'popolo.json' | 'jsonld' | 'vtt';

export interface ExportResult {
  body: string;
  contentType: string;
  extension: ExportExtension;
}
