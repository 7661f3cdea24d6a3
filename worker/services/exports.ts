import { exportFileName, renderExport } from '../../shared/export';
import type { ExportFormat, ExportInclude, ExportInput, ExportIntervention, ExportQuote } from '../../shared/export/types';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { loadExportRows, type ExportRows } from '../repositories/export-input';
import type { SpeakerIndex } from '../../shared/speakers/build-index';
import { canonicaliseSpeaker } from '../../shared/speakers/canonicalise';
import { readCurrent } from './assembly';
import { builtInSpeakers, speakerIndexFor } from './speakers';

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
    interventions: await toExportInterventions(db, rows),
    include,
    generatedAt: now.toISOString(),
    speakerNames: (await builtInSpeakers(db)).names,
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

async function toExportInterventions(db: Db, rows: ExportRows): Promise<ExportIntervention[]> {
  const behalfOf = onBehalfOfByIntervention(rows, await speakerIndexFor(db, rows.dialogue.participants));
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
    onBehalfOf: behalfOf.get(row.id) ?? null,
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
 * "On behalf of" as the observers typed it ("Portugal, on behalf of the European Union"): the
 * group most supporting clips name, ties to the first in code-point order; none when no clip
 * names one. The record keeps the speaker; the typed clips keep the group.
 */
function onBehalfOfByIntervention(rows: ExportRows, index: SpeakerIndex): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { interventionId, speaker } of rows.typedSpeakers) {
    const group = canonicaliseSpeaker(index, speaker).onBehalfOf;
    if (!group) continue;
    const byName = counts.get(interventionId) ?? new Map<string, number>();
    byName.set(group.display, (byName.get(group.display) ?? 0) + 1);
    counts.set(interventionId, byName);
  }
  const result = new Map<string, string>();
  for (const [id, byName] of counts) {
    const [name] = [...byName.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]!;
    result.set(id, name);
  }
  return result;
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
