/** Pure exports of a dialogue's record: one entry point for the Worker and the extension. */
import { extensionOf } from './common';
import { renderCsv } from './render-csv';
import { renderHtml } from './render-html';
import { renderJson } from './render-json';
import { renderJsonLd } from './render-jsonld';
import { renderMarkdown } from './render-md';
import { renderPopolo } from './render-popolo';
import { renderVtt } from './render-vtt';
import type { ExportExtension, ExportFormat, ExportInput, ExportResult } from './types';

export * from './types';
export { exportFileName, selectInterventions, webcastMomentUrl } from './common';
export { speakerNames, type SpeakerNames } from './prose-name';

const RENDERERS: Record<ExportFormat, { render: (input: ExportInput) => string; contentType: string }> = {
  md: { render: renderMarkdown, contentType: 'text/markdown; charset=utf-8' },
  html: { render: renderHtml, contentType: 'text/html; charset=utf-8' },
  csv: { render: renderCsv, contentType: 'text/csv; charset=utf-8; header=present' },
  json: { render: renderJson, contentType: 'application/json; charset=utf-8' },
  popolo: { render: renderPopolo, contentType: 'application/json; charset=utf-8' },
  // The Web Annotation Protocol's media type for annotations.
  jsonld: { render: renderJsonLd, contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8' },
  vtt: { render: renderVtt, contentType: 'text/vtt; charset=utf-8' },
};

export function renderExport(format: ExportFormat, input: ExportInput): ExportResult {
  const r = RENDERERS[format];
  return { body: r.render(input), contentType: r.contentType, extension: extensionOf(format) as ExportExtension };
}
