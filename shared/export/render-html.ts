/** One self-contained, printable HTML summary in the style of UN meeting coverage. No scripts, no remote resources. */
import {
  behalfPhrase, clockLabel, dateLabel, hasSummary, momentLink, safeHttpUrl, shownInterventions, speakerList, speakerPhrase,
  statusLabel, tagIndex, themeLabel,
} from './common';
import { SUMMARY_CSS } from './html-style';
import type { ExportInput, ExportIntervention } from './types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };
/**
 * Text and attribute values alike (quotes escaped too, so one function serves both). A raw CR would be
 * turned into LF by the HTML parser; as a character reference it survives.
 */
export const esc = (text: string): string => text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);

/** User text in its own direction (Arabic names inside English prose). */
const u = (text: string, tag = 'span', cls = ''): string =>
  `<${tag} dir="auto"${cls ? ` class="${cls}"` : ''}>${esc(text)}</${tag}>`;

const link = (url: string, label: string, cls = ''): string =>
  `<a href="${esc(url)}"${cls ? ` class="${cls}"` : ''} rel="noopener noreferrer">${label}</a>`;

const anchor = (position: number): string => `intervention-${position}`;

function timeHtml(input: ExportInput, i: ExportIntervention): string {
  if (i.start === null) return '<span class="time">No webcast time</span>';
  const range = i.end === null ? clockLabel(i.start) : `${clockLabel(i.start)}–${clockLabel(i.end)}`;
  const url = momentLink(input.dialogue, i);
  const label = `<time class="time" datetime="PT${Math.floor(Math.max(0, i.start))}S">${range}</time>`;
  return url ? link(url, label) : label;
}

function intervention(input: ExportInput, i: ExportIntervention): string {
  const approved = i.status === 'approved';
  const classes = approved ? '' : ` class="not-approved${i.status === 'rejected' ? ' rejected' : ''}"`;
  const status = approved ? '' : ` <span class="status${i.status === 'rejected' ? ' rejected' : ''}">${esc(statusLabel(i.status))}</span>`;
  const { lead, name } = speakerPhrase(input.speakerNames, i.speaker);
  const behalf = i.onBehalfOf ? behalfPhrase(input.speakerNames, i.onBehalfOf) : null;
  const who = `<span class="speaker">${esc(lead)}${name ? u(name) : ''}</span>${behalf ? `, speaking on behalf of ${esc(behalf.lead)}${u(behalf.name)},` : ''}`;
  const body: string[] = [];
  if (hasSummary(i)) body.push(`<p>${who} said: ${u(i.summary, 'span', 'summary')}</p>`);
  else if (i.notes.length > 0) body.push(`<p>${who} took the floor. Observers’ notes:</p><ul class="notes">${i.notes.map((n) => u(n, 'li')).join('')}</ul>`);
  else body.push(`<p>${who} took the floor.</p>`);
  for (const q of i.quotes) {
    const src = q.source ? safeHttpUrl(q.source.url) : null;
    body.push(`<blockquote${src ? ` cite="${esc(src)}"` : ''}>${u(q.text, 'p')}${src ? `<footer>— ${link(src, 'source page')}</footer>` : ''}</blockquote>`);
  }
  if (i.tags.length > 0) body.push(`<ul class="tags" aria-label="Tags">${i.tags.map((t) => u(t, 'li')).join('')}</ul>`);
  return `<article id="${anchor(i.position)}"${classes}>
<p class="meta"><span class="pos">${i.position}.</span> ${timeHtml(input, i)}${status}</p>
${body.join('\n')}
</article>`;
}

export function renderHtml(input: ExportInput): string {
  const d = input.dialogue;
  const chosen = shownInterventions(input);
  const webcast = safeHttpUrl(d.webcastUrl);
  const facts = [['Theme', esc(themeLabel(d.theme))], ['Date', esc(dateLabel(d.date))]];
  if (d.venue) facts.push(['Venue', u(d.venue)]);
  if (webcast) facts.push(['Webcast', link(webcast, esc(webcast))]);
  const scope = input.include === 'all'
    ? 'All interventions, including those not yet approved (marked with their status).'
    : 'Approved interventions only.';
  const speakers = speakerList(chosen)
    .map((s) => `<li>${link(`#${anchor(s.first)}`, u(s.name))}${s.code && s.code !== s.name ? ` (${u(s.code)})` : ''} <span class="count">— ${s.count} intervention${s.count === 1 ? '' : 's'}</span></li>`)
    .join('\n');
  const tags = tagIndex(chosen)
    .map((t) => `<li>${u(t.tag)}: ${t.positions.map((p) => link(`#${anchor(p)}`, String(p))).join(', ')}</li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.title)}</title>
<style>${SUMMARY_CSS}</style>
</head>
<body>
<main>
<header>
<h1 dir="auto">${esc(d.title)}</h1>
<dl class="facts">
${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
<p class="scope">${scope} ${chosen.length} intervention${chosen.length === 1 ? '' : 's'}.</p>
</header>
<section aria-labelledby="h-interventions">
<h2 id="h-interventions">Interventions</h2>
${chosen.length > 0 ? chosen.map((i) => intervention(input, i)).join('\n') : '<p>No interventions.</p>'}
</section>
<section aria-labelledby="h-speakers">
<h2 id="h-speakers">Speakers</h2>
${speakers ? `<ul class="speakers">\n${speakers}\n</ul>` : '<p>None.</p>'}
</section>
<section aria-labelledby="h-tags">
<h2 id="h-tags">Index by tag</h2>
${tags ? `<ul class="tag-index">\n${tags}\n</ul>` : '<p>No tags.</p>'}
</section>
<footer class="page">Generated ${esc(input.generatedAt)}. An observers’ record, not an official record of the meeting.</footer>
</main>
</body>
</html>
`;
}
