/** The API's own versioned shape, with a stable key order (written out field by field). */
import { selectInterventions } from './common';
import type { ExportInput } from './types';

export const RECORD_FORMAT = 'un-dialogue-capture/record';
export const RECORD_VERSION = 1;

export function renderJson(input: ExportInput): string {
  const d = input.dialogue;
  const doc = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    generatedAt: input.generatedAt,
    include: input.include,
    dialogue: {
      id: d.id,
      title: d.title,
      theme: d.theme,
      date: d.date,
      venue: d.venue,
      webcastUrl: d.webcastUrl,
      recordingStartedAt: d.recordingStartedAt,
    },
    interventions: selectInterventions(input).map((i) => ({
      id: i.id,
      position: i.position,
      status: i.status,
      speaker: { name: i.speaker.name, code: i.speaker.code, kind: i.speaker.kind },
      onBehalfOf: i.onBehalfOf,
      start: i.start,
      end: i.end,
      summary: i.summary,
      notes: [...i.notes],
      tags: [...i.tags],
      quotes: i.quotes.map((q) => ({
        text: q.text,
        source: q.source
          ? { url: q.source.url, exact: q.source.exact, prefix: q.source.prefix, suffix: q.source.suffix, start: q.source.start, end: q.source.end }
          : null,
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
