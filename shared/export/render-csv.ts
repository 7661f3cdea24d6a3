/** One row per intervention, RFC 4180 (CRLF, quoted where needed) through csv-stringify. */
import { stringify } from 'csv-stringify/sync';
import { clockLabel, momentLink, roundMs, shownInterventions } from './common';
import type { ExportInput } from './types';

export const CSV_COLUMNS = [
  'position', 'status', 'speaker', 'speaker_code', 'on_behalf_of', 'start_s', 'end_s', 'start', 'end',
  'webcast_link', 'summary', 'notes', 'quotes', 'tags',
] as const;

/** Joins list cells; a reader splits them back on it. */
export const CSV_LIST_SEPARATOR = ' | ';

/**
 * A cell a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading single quote, the
 * OWASP-recommended neutraliser; the rest of the text is kept as it was.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function renderCsv(input: ExportInput): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const i of shownInterventions(input)) {
    const link = momentLink(input.dialogue, i);
    const text = (s: string | null) => neutraliseCell(s ?? '');
    rows.push([
      i.position,
      i.status,
      text(i.speaker.name),
      text(i.speaker.code),
      text(i.onBehalfOf),
      // Numbers stay numbers: starts and ends are >= 0, so never a formula.
      i.start === null ? '' : roundMs(i.start),
      i.end === null ? '' : roundMs(i.end),
      i.start === null ? '' : clockLabel(i.start),
      i.end === null ? '' : clockLabel(i.end),
      text(link),
      text(i.summary),
      text(i.notes.join(CSV_LIST_SEPARATOR)),
      text(i.quotes.map((q) => q.text).join(CSV_LIST_SEPARATOR)),
      text(i.tags.join(CSV_LIST_SEPARATOR)),
    ]);
  }
  return stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n",]/ });
}
