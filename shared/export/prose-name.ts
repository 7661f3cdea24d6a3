/**
 * Names as UN meeting coverage writes them in running text ("the representative of the United States",
 * "speaking on behalf of the European Union"), from the names the record stores (UN short names such as
 * "United States of America" or "Netherlands (Kingdom of the)", entity names, or what an observer typed).
 * Only prose uses this: data fields keep the stored name.
 *
 * The built-in speaker table comes in as a parameter (`SpeakerNames`, made by `speakerNames`): the Worker
 * reads it from D1 rather than bundling it, and this module stays pure.
 */
import type { SpeakerEntity } from '../speakers/types';

/** The built-in speakers' kinds by display name (lower case): what tells "Russian Federation" is a State. */
export type SpeakerNames = ReadonlyMap<string, string>;

/** The lookup prose names need, from the built-in speaker table. */
export function speakerNames(table: Iterable<SpeakerEntity>): SpeakerNames {
  const names = new Map<string, string>();
  for (const e of table) names.set(e.display.toLowerCase(), e.kind);
  return names;
}

export interface ProseName {
  /** 'the' when the name takes the definite article in running text. */
  readonly article: '' | 'the';
  /** The name as read after the article (or alone when there is none). */
  readonly name: string;
}

/**
 * UN short names that read differently in coverage: the long forms of the United States and the United
 * Kingdom are shortened, as press releases do.
 */
const PROSE_FORMS: Readonly<Record<string, string>> = {
  'United States of America': 'United States',
  'United Kingdom of Great Britain and Northern Ireland': 'United Kingdom',
};

/**
 * States whose name takes "the" although no rule below says so (plural and historical usages), and those
 * a rule would give one that UN usage does not ("Solomon Islands" is written without).
 */
const STATES_WITH_THE = new Set(['Bahamas', 'Comoros', 'Congo', 'Gambia', 'Holy See', 'Netherlands', 'Niger', 'Philippines', 'Sudan']);
const STATES_WITHOUT_THE = new Set(['Solomon Islands']);
/** Words that make a State's name take "the": "the Russian Federation", "the Republic of Korea", "the Marshall Islands". */
const STATE_WORDS = /\b(?:Republic|Federation|Kingdom|States|State|Emirates|Islands)\b/;

/** Acronyms read with "the" ("on behalf of the EU"); other acronyms stand alone ("UNODC said"). */
const ACRONYMS_WITH_THE = new Set(['EU', 'AU', 'UN', 'G77', 'G-77', 'OSCE', 'OAS', 'OIC', 'ICRC', 'IFRC', 'ICC', 'FATF', 'NAM']);

/** Common nouns that end the name of a body, so an unknown name ending in one takes "the". */
const BODY_LAST_WORDS = new Set([
  'Agency', 'Alliance', 'Arrangement', 'Assembly', 'Bank', 'Board', 'Bureau', 'Centre', 'Center', 'Coalition',
  'Commission', 'Committee', 'Community', 'Conference', 'Council', 'Countries', 'Court', 'Delegations',
  'Directorate', 'Force', 'Forum', 'Fund', 'Group', 'Institute', 'Islands', 'Mechanism', 'Members',
  'Movement', 'Nations', 'Network', 'Office', 'Organisation', 'Organization', 'Parliament', 'Partnership',
  'Platform', 'Presidency', 'Programme', 'Program', 'Secretariat', 'States', 'System', 'Union',
]);
/** "the Nordic countries", "the like-minded delegations". */
const GROUP_PLURALS = /^(?:countries|members|delegations|nations)$/;
/** How the name of a body or group often begins: "Group of 77 and China", "Friends of …", "United Nations …". */
const BODY_FIRST_WORDS = /^(?:Group|Groups|Organization|Organisation|League|Union|Office|Council|Conference|Committee|Commission|Association|Community|Friends|Core Group|Secretariat|Special Rapporteur|Special Representative|Secretary-General|President|Presidency|Bureau|United Nations|European|African Union|Nordic|Member States)\b/;

type Kind = string | null | undefined;
const ORGANISATION_KINDS = new Set(['igo', 'un-entity']);
const STATE_KINDS = new Set(['state', 'observer-state']);
/** Civil society is named as the organisation itself writes its name. */
const AS_TYPED_KINDS = new Set(['ngo', 'academia', 'private-sector']);

const collapse = (text: string): string => text.trim().replace(/\s+/g, ' ');
const isAcronym = (name: string): boolean => /^[A-Z][A-Z0-9&-]*[A-Z0-9]$/.test(name) && /[A-Z].*[A-Z]/.test(name);

/** "Netherlands (Kingdom of the)" → "Kingdom of the Netherlands"; null for a name without that qualifier. */
function invertQualifier(name: string): string | null {
  const m = /^(.+?) \(([^()]+ (?:of|of the))\)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : null;
}

/** Whether a name nobody has classified reads as a body or group ("the Core Group", "the Nordic countries"). */
function looksLikeBody(name: string): boolean {
  const last = name.split(/[ ,]+/).pop() ?? '';
  return BODY_FIRST_WORDS.test(name) || BODY_LAST_WORDS.has(last) || GROUP_PLURALS.test(last) || STATE_WORDS.test(name);
}

/** A built-in speaker's name, with or without a leading "the", or a State's short name that takes "the". */
const isKnown = (known: SpeakerNames, part: string): boolean =>
  known.has(part.replace(/^the /i, '').toLowerCase()) || STATES_WITH_THE.has(part.replace(/^the /i, ''));

/**
 * "China and Russian Federation", "Belgium, Netherlands (Kingdom of the) and Luxembourg": when every part is a
 * known name, each reads on its own ("China and the Russian Federation"); otherwise null.
 */
function knownList(known: SpeakerNames, name: string): string[] | null {
  const parts: string[] = [];
  for (const piece of name.split(/ ?, ?/)) {
    const item = piece.replace(/^and /, '');
    if (isKnown(known, item)) parts.push(item);
    else if (item.includes(' and ') && item.split(' and ').every((part) => isKnown(known, part))) parts.push(...item.split(' and '));
    else return null;
  }
  return parts.length > 1 ? parts : null;
}

/** The article for `name` (spaces collapsed) and its readable form, or null to keep the text as typed. */
function classified(names: SpeakerNames, name: string, kind: Kind): { article: ProseName['article']; shown: string | null } {
  const known = names.get(name.toLowerCase()) ?? (STATES_WITH_THE.has(name) ? 'state' : undefined);
  if (!known && !kind) {
    const list = knownList(names, name);
    if (list) {
      const [first, ...rest] = list.map((part) => proseName(names, part));
      const tail = rest.map((p) => (p.article ? `${p.article} ${p.name}` : p.name));
      const shown = [first!.name, ...tail.slice(0, -1)].join(', ') + ` and ${tail[tail.length - 1]!}`;
      return { article: first!.article, shown };
    }
  }
  const k = kind ?? known ?? null;
  if (k === 'chair') return { article: 'the', shown: null };
  if (k !== null && STATE_KINDS.has(k)) {
    const inverted = invertQualifier(name);
    if (inverted) return { article: 'the', shown: inverted };
    const the = !STATES_WITHOUT_THE.has(name) && (STATES_WITH_THE.has(name) || STATE_WORDS.test(name));
    return { article: the ? 'the' : '', shown: PROSE_FORMS[name] ?? null };
  }
  if (k !== null && AS_TYPED_KINDS.has(k)) return { article: '', shown: null };
  if (isAcronym(name)) return { article: ACRONYMS_WITH_THE.has(name) ? 'the' : '', shown: null };
  if (k !== null && ORGANISATION_KINDS.has(k)) return { article: 'the', shown: null };
  // Unknown: a lower-case start is a description ("several States", "a group of countries"), kept as typed.
  if (!/^\p{Lu}/u.test(name)) return { article: '', shown: null };
  const inverted = invertQualifier(name);
  if (inverted) return { article: 'the', shown: inverted };
  return { article: looksLikeBody(name) ? 'the' : '', shown: null };
}

/**
 * A speaker's or group's name split into the article UN coverage uses and the readable name. `kind` is the
 * speaker kind when known; without it the built-in table (`names`), then the shape of the name, decides. A
 * name that needs no other form comes back exactly as stored (only a leading article may be taken off).
 */
export function proseName(names: SpeakerNames, stored: string, kind?: Kind): ProseName {
  const lead = /^\s*(the|The|THE)\s+(\S[\s\S]*)$/.exec(stored);
  if (lead) {
    // Never a second article: "the European Union" is taken apart; "The Salvation Army" keeps its own.
    const inner = classified(names, collapse(lead[2]!), kind);
    if (lead[1] === 'the' || inner.article === 'the') return { article: 'the', name: inner.shown ?? lead[2]! };
    return { article: '', name: stored };
  }
  const key = collapse(stored);
  if (key === '') return { article: '', name: stored };
  const { article, shown } = classified(names, key, kind);
  return { article, name: shown ?? stored };
}

/** The name as it reads after "of", "for" or "on behalf of": "the United States", "Mexico". */
export function nameInProse(names: SpeakerNames, stored: string, kind?: Kind): string {
  const { article, name } = proseName(names, stored, kind);
  return article ? `${article} ${name}` : name;
}
