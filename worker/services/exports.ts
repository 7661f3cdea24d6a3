import { exportFileName, renderExport } from '../../shared/export';
import type { ExportFormat, ExportInclude, ExportInput, ExportIntervention, ExportQuote } from '../../shared/export/types';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { loadExportRows, type ExportRows } from '../repositories/export-input';
import { readCurrent } from './assembly';

export interface RenderedExport {
  body: string;
  contentType: string;
  fileName: string;
}

/**
 * A team's dialogue as the renderers take it, from the stored record, assembled first when its
 * input changed since the last assembly (as GET /record does), so an export never lags the record.
 */
export async function exportInput(db: Db, teamId: string, dialogueId: string, include: ExportInclude, now: Date): Promise<ExportInput> {
  const rows = await readCurrent(db, teamId, dialogueId, () => loadExportRows(db, teamId, dialogueId), (r) => r.dialogue);
  if (!rows) throw notFound('dialogue');
  const { id, title, theme, date, venue, webcastUrl, recordingStartedAt } = rows.dialogue;
  return {
    dialogue: { id, title, theme, date, venue, webcastUrl, recordingStartedAt },
    interventions: toExportInterventions(rows),
    include,
    generatedAt: now.toISOString(),
  };
}

export async function renderDialogueExport(
  db: Db,
  teamId: string,
  dialogueId: string,
  format: ExportFormat,
  include: ExportInclude,
  now: Date,
): Promise<RenderedExport> {
  const input = await exportInput(db, teamId, dialogueId, include, now);
  const { body, contentType } = renderExport(format, input);
  return { body, contentType, fileName: exportFileName(input.dialogue, format) };
}

function toExportInterventions(rows: ExportRows): ExportIntervention[] {
  const sourcesOf = new Map<string, ExportRows['quotes']>();
  for (const q of rows.quotes) {
    const list = sourcesOf.get(q.interventionId);
    if (list) list.push(q);
    else sourcesOf.set(q.interventionId, [q]);
  }
  return rows.interventions.map((row, index) => ({
    id: row.id,
    // Positions count the interventions shown, as the record's do.
    position: index,
    speaker: { name: row.speaker, code: row.speakerEntityId, kind: row.speakerKind },
    onBehalfOf: null,
    start: row.start,
    end: row.end,
    status: row.status,
    summary: row.summary,
    notes: row.notes,
    tags: row.tags,
    quotes: withSources(row.quotes, sourcesOf.get(row.id) ?? []),
  }));
}

/**
 * Pairs each quote text with the page clip it came from (assembly stores the trimmed exact
 * quote), each clip once; a quote no clip matches keeps a null source.
 */
function withSources(quotes: readonly string[], clips: ExportRows['quotes']): ExportQuote[] {
  const unused = [...clips];
  return quotes.map((text) => {
    const at = unused.findIndex((c) => c.url !== null && c.exact !== null && c.exact.trim() === text);
    if (at < 0) return { text, source: null };
    const [clip] = unused.splice(at, 1);
    return {
      text,
      source: {
        url: clip!.url!,
        exact: clip!.exact!,
        prefix: clip!.prefix ?? '',
        suffix: clip!.suffix ?? '',
        start: clip!.start,
        end: clip!.end,
      },
    };
  });
}
