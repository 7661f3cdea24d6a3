/** Helpers every renderer shares: scope, clocks, links, labels and the speaker phrase. */
import { nameInProse, proseName, type SpeakerNames } from './prose-name';
import type { ExportDialogue, ExportFormat, ExportInput, ExportIntervention, ExportStatus } from './types';

/** Approved interventions only, or all of them (merged-away ones never reach the input), in record order. */
export function selectInterventions(input: Pick<ExportInput, 'interventions' | 'include'>): ExportIntervention[] {
  const chosen = input.include === 'all' ? [...input.interventions] : input.interventions.filter((i) => i.status === 'approved');
  return chosen.sort((a, b) => a.position - b.position);
}

/**
 * The selected interventions numbered as a reader counts them, 1..n in the order shown (the record's own
 * positions start at 0 and count every intervention); the JSON export keeps the record's positions.
 */
export function shownInterventions(input: Pick<ExportInput, 'interventions' | 'include'>): ExportIntervention[] {
  return selectInterventions(input).map((i, k) => ({ ...i, position: k + 1 }));
}

const STATUS_LABELS: Record<ExportStatus, string> = {
  draft: 'Draft',
  'needs-review': 'Needs review',
  reviewed: 'Reviewed',
  approved: 'Approved',
  rejected: 'Rejected',
};
export const statusLabel = (status: ExportStatus): string => STATUS_LABELS[status] ?? status;

const THEME_LABELS: Record<string, string> = {
  'trafficking-in-persons': 'Trafficking in Persons',
  'smuggling-of-migrants': 'Smuggling of Migrants',
  firearms: 'Firearms',
  'international-cooperation': 'International Cooperation',
  'technical-assistance': 'Technical Assistance',
  other: 'Other',
};
export const themeLabel = (theme: string): string => THEME_LABELS[theme] ?? theme;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "3 June 2026", as UN documents write dates; anything that is not YYYY-MM-DD stays as given. */
export function dateLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** h:mm:ss of whole seconds (a moment is shown to the second it falls in). */
export function clockLabel(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${h}:${mm}:${ss}`;
}

/** Seconds rounded to milliseconds, for machine formats (no float noise such as 12.300000000001). */
export const roundMs = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/** The URL if it is http(s), normalised; anything else (javascript:, data:, garbage) is not linked. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The webcast at `seconds`, as a media fragment `#t=<whole seconds>` (the form the extension's review
 * page opens: the server sees nothing, the extension and media players seek to it).
 */
export function webcastMomentUrl(webcastUrl: string, seconds: number): string {
  try {
    const u = new URL(webcastUrl);
    u.hash = `t=${Math.max(0, Math.floor(seconds))}`;
    return u.href;
  } catch {
    return webcastUrl;
  }
}

/** The moment link of an intervention, or null when there is no safe webcast URL or no start. */
export function momentLink(dialogue: ExportDialogue, i: ExportIntervention): string | null {
  const base = safeHttpUrl(dialogue.webcastUrl);
  return base && i.start !== null ? webcastMomentUrl(base, i.start) : null;
}

const EXTENSIONS: Record<ExportFormat, string> = {
  md: 'md',
  html: 'html',
  csv: 'csv',
  json: 'json',
  popolo: 'popolo.json',
  jsonld: 'jsonld',
  vtt: 'vtt',
};
export const extensionOf = (format: ExportFormat): string => EXTENSIONS[format];

/** e.g. constructive-dialogue-on-firearms-2026-06-03.popolo.json (ASCII only, safe in any header). */
export function exportFileName(dialogue: ExportDialogue, format: ExportFormat): string {
  const slug = dialogue.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dialogue.date) ? dialogue.date : '';
  const stem = [slug || 'dialogue', date].filter(Boolean).join('-');
  return `${stem}.${EXTENSIONS[format]}`;
}

/**
 * How meeting coverage names who spoke: "The representative of France" for a Member State, "The observer
 * for the Holy See" for an observer State, "The Chair" for the Chair, "The European Union" for an IGO or
 * UN entity whose name takes the article, and the name itself for everyone else (NGOs, academia, the
 * private sector, unknown speakers). The article stays in `lead`, outside the name, so renderers can mark
 * up the name alone.
 */
export function speakerPhrase(names: SpeakerNames, speaker: ExportIntervention['speaker']): { lead: string; name: string } {
  if (speaker.kind === 'chair') return { lead: 'The Chair', name: '' };
  const { article, name } = proseName(names, speaker.name, speaker.kind);
  const the = article ? `${article} ` : '';
  if (speaker.kind === 'state') return { lead: `The representative of ${the}`, name };
  if (speaker.kind === 'observer-state') return { lead: `The observer for ${the}`, name };
  return { lead: article ? 'The ' : '', name };
}

/** Whom a speaker spoke for, as it reads after "on behalf of": `lead` is the article or ''. */
export function behalfPhrase(names: SpeakerNames, onBehalfOf: string): { lead: string; name: string } {
  const { article, name } = proseName(names, onBehalfOf);
  return { lead: article ? `${article} ` : '', name };
}

/** "Portugal, on behalf of the European Union": a one-line attribution for chapter titles and Popolo. */
export function attribution(names: SpeakerNames, i: Pick<ExportIntervention, 'speaker' | 'onBehalfOf'>): string {
  return i.onBehalfOf ? `${i.speaker.name}, on behalf of ${nameInProse(names, i.onBehalfOf)}` : i.speaker.name;
}

/** The summary's place: the summary, or the notes when there is none. */
export const hasSummary = (i: ExportIntervention): boolean => i.summary.trim() !== '';
export const bodyText = (i: ExportIntervention): string => (hasSummary(i) ? i.summary : i.notes.join(' | '));

/** Speakers in order of first appearance, with how many interventions each. */
export interface SpeakerEntry { name: string; code: string | null; kind: string | null; count: number; first: number }
export function speakerList(interventions: ExportIntervention[]): SpeakerEntry[] {
  const byKey = new Map<string, SpeakerEntry>();
  for (const i of interventions) {
    const key = i.speaker.code ?? `name:${i.speaker.name}`;
    const found = byKey.get(key);
    if (found) found.count += 1;
    else byKey.set(key, { name: i.speaker.name, code: i.speaker.code, kind: i.speaker.kind, count: 1, first: i.position });
  }
  return [...byKey.values()];
}

/** Tag → positions, tags sorted alphabetically (locale-independent), positions in record order. */
export function tagIndex(interventions: ExportIntervention[]): { tag: string; positions: number[] }[] {
  const byTag = new Map<string, number[]>();
  for (const i of interventions) {
    for (const tag of new Set(i.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(i.position);
      else byTag.set(tag, [i.position]);
    }
  }
  return [...byTag.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag, positions]) => ({ tag, positions }));
}
