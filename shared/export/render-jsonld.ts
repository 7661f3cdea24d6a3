/**
 * W3C Web Annotation (JSON-LD): one Annotation per intervention on the webcast, a Media Fragments time
 * range as its selector; page quotes add a target on the page with their TextQuoteSelector.
 */
import { bodyText, roundMs, safeHttpUrl, shownInterventions, statusLabel } from './common';
import { iriOf } from './ids';
import { nameInProse } from './prose-name';
import type { ExportInput, ExportIntervention, ExportQuote } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MEDIA_FRAGS = 'http://www.w3.org/TR/media-frags/';

/** Seconds as Media Fragments npt: plain decimal, at most 3 decimals, never an exponent. */
const npt = (seconds: number): string => String(roundMs(Math.max(0, seconds)));

function webcastTarget(webcast: string | null, dialogueIri: string, i: ExportIntervention): unknown {
  if (!webcast || i.start === null || i.end === null) return dialogueIri;
  const start = Math.max(0, i.start);
  const end = Math.max(start, i.end);
  return {
    type: 'SpecificResource',
    source: webcast,
    selector: { type: 'FragmentSelector', conformsTo: MEDIA_FRAGS, value: `t=${npt(start)},${npt(end)}` },
  };
}

function quoteTarget(q: ExportQuote): unknown | null {
  const url = q.source ? safeHttpUrl(q.source.url) : null;
  if (!q.source || !url) return null;
  const quote = { type: 'TextQuoteSelector', exact: q.source.exact, prefix: q.source.prefix, suffix: q.source.suffix };
  const { start, end } = q.source;
  const selector = start !== null && end !== null ? [quote, { type: 'TextPositionSelector', start, end }] : quote;
  return { type: 'SpecificResource', source: url, selector };
}

function annotation(input: ExportInput, webcast: string | null, dialogueIri: string, i: ExportIntervention): unknown {
  const text = (value: string, purpose: string) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });
  const body: unknown[] = [text(i.speaker.name, 'identifying')];
  if (i.onBehalfOf) body.push(text(`On behalf of ${nameInProse(input.speakerNames, i.onBehalfOf)}`, 'describing'));
  if (bodyText(i) !== '') body.push(text(bodyText(i), 'commenting'));
  for (const q of i.quotes) if (!quoteTarget(q)) body.push(text(q.text, 'describing'));
  for (const tag of i.tags) body.push(text(tag, 'tagging'));
  if (i.status !== 'approved') body.push(text(`Status: ${statusLabel(i.status)}`, 'describing'));
  const quoteTargets = i.quotes.map(quoteTarget).filter((t) => t !== null);
  const target = webcastTarget(webcast, dialogueIri, i);
  return {
    id: iriOf('intervention', i.id),
    type: 'Annotation',
    motivation: 'commenting',
    body,
    target: quoteTargets.length > 0 ? [target, ...quoteTargets] : target,
  };
}

export function renderJsonLd(input: ExportInput): string {
  const d = input.dialogue;
  const dialogueIri = iriOf('dialogue', d.id);
  const webcast = safeHttpUrl(d.webcastUrl);
  const items = shownInterventions(input).map((i) => annotation(input, webcast, dialogueIri, i));
  const doc = {
    '@context': ANNO_CONTEXT,
    id: dialogueIri,
    type: 'AnnotationCollection',
    label: d.title,
    generated: input.generatedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
