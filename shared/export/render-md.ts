/** Markdown summary in the style of UN meeting coverage; user text is escaped so it shows literally. */
import {
  behalfPhrase, clockLabel, dateLabel, hasSummary, momentLink, safeHttpUrl, shownInterventions, speakerList, speakerPhrase,
  statusLabel, tagIndex, themeLabel,
} from './common';
import type { ExportInput, ExportIntervention } from './types';

/** Inline syntax anywhere in a line: code, emphasis, links, images, HTML, entities, tables, strikethrough. */
const INLINE = /[\\`*_[\]<>&|~]/g;
/** Syntax that only acts at the start of a line: headings, lists, setext underlines, ordered lists. */
const LINE_START = /^([ \t]*)(?:([#+\-=])|(\d+)([.)]))/;

/** GFM turns bare `scheme://…` and `www.…` into links; an escape before ':' or '.' keeps them text. */
const BARE_LINK = /:(?=\/\/)|(?<=\bwww)\./gi;

function escapeLine(line: string): string {
  return line
    .replace(INLINE, (c) => `\\${c}`)
    .replace(BARE_LINK, (c) => `\\${c}`)
    .replace(LINE_START, (_m, ws: string, mark?: string, digits?: string, punct?: string) =>
      mark ? `${ws}\\${mark}` : `${ws}${digits}\\${punct}`);
}

/**
 * User text as literal Markdown: every line escaped; line breaks become hard breaks (a trailing
 * backslash) so no blank line can end the block early, each continued line carrying `prefix` (e.g. "> ").
 */
export function mdText(text: string, prefix = ''): string {
  return text.split(/\r\n|\r|\n/).map(escapeLine).join(`\\\n${prefix}`);
}

/**
 * A heading is one line: line breaks in its text become spaces (the text is otherwise kept); every '#'
 * is escaped, since trailing ones would be taken for the heading's closing sequence and dropped.
 */
const mdHeadingText = (text: string): string =>
  mdText(text.replace(/[ \t]*(?:\r\n|\r|\n)+[ \t]*/g, ' ')).replace(/(?<!\\)#/g, '\\#');

/** A link to our own, already vetted http(s) URL; the angle form survives parentheses in it. */
const mdLink = (label: string, url: string): string => `[${label}](<${url}>)`;

function timeLine(input: ExportInput, i: ExportIntervention): string {
  if (i.start === null) return '*No webcast time*';
  const range = i.end === null ? clockLabel(i.start) : `${clockLabel(i.start)}–${clockLabel(i.end)}`;
  const link = momentLink(input.dialogue, i);
  return link ? mdLink(range, link) : range;
}

function intervention(input: ExportInput, i: ExportIntervention): string {
  const { lead, name } = speakerPhrase(input.speakerNames, i.speaker);
  const status = i.status === 'approved' ? '' : ` \\[${statusLabel(i.status)}\\]`;
  const out = [`### ${i.position}. ${mdHeadingText(i.speaker.name)}${status}`, timeLine(input, i)];
  const behalf = i.onBehalfOf ? behalfPhrase(input.speakerNames, i.onBehalfOf) : null;
  const who = `${lead}${mdText(name)}${behalf ? `, speaking on behalf of ${behalf.lead}${mdText(behalf.name)},` : ''}`;
  if (hasSummary(i)) out.push(`${who} said: ${mdText(i.summary)}`);
  else if (i.notes.length > 0) out.push(`${who} took the floor. Observers' notes:\n\n${i.notes.map((n) => `- ${mdText(n, '  ')}`).join('\n')}`);
  else out.push(`${who} took the floor.`);
  for (const q of i.quotes) {
    const src = q.source ? safeHttpUrl(q.source.url) : null;
    out.push(`> “${mdText(q.text, '> ')}”${src ? `\\\n> — ${mdLink('source', src)}` : ''}`);
  }
  if (i.tags.length > 0) out.push(`*Tags:* ${i.tags.map((t) => mdText(t)).join(', ')}`);
  return out.join('\n\n');
}

export function renderMarkdown(input: ExportInput): string {
  const d = input.dialogue;
  const chosen = shownInterventions(input);
  const webcast = safeHttpUrl(d.webcastUrl);
  const facts = [`**Theme:** ${mdText(themeLabel(d.theme))}`, `**Date:** ${mdText(dateLabel(d.date))}`];
  if (d.venue) facts.push(`**Venue:** ${mdText(d.venue)}`);
  // An autolink: a vetted href holds no space, '<' or '>'.
  if (webcast) facts.push(`**Webcast:** <${webcast}>`);
  const scope = input.include === 'all'
    ? 'All interventions, including those not yet approved (marked with their status).'
    : 'Approved interventions only.';
  const parts = [
    `# ${mdHeadingText(d.title)}`,
    facts.join('\\\n'),
    `*${scope} ${chosen.length} intervention${chosen.length === 1 ? '' : 's'}. Generated ${mdText(input.generatedAt)}.*`,
    '## Interventions',
    ...(chosen.length > 0 ? chosen.map((i) => intervention(input, i)) : ['*No interventions.*']),
    '## Speakers',
    speakerList(chosen).map((s) => `- ${mdText(s.name)}${s.code && s.code !== s.name ? ` (${mdText(s.code)})` : ''}: ${s.count} intervention${s.count === 1 ? '' : 's'}`).join('\n') || '*None.*',
    '## Index by tag',
    tagIndex(chosen).map((t) => `- ${mdText(t.tag)}: ${t.positions.join(', ')}`).join('\n') || '*No tags.*',
  ];
  return `${parts.join('\n\n')}\n`;
}
