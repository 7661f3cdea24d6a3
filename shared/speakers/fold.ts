// Folding turns every spelling an observer might type into one comparable key:
// "États-Unis d’Amérique", "Etats-Unis d'Amerique" and "ETATS UNIS D AMERIQUE" fold alike.

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC\u02B9]/g;
const LIGATURES: Readonly<Record<string, string>> = Object.freeze({
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd',
  // Arabic letters that observers type interchangeably (alef maqsura/ya, ta marbuta/ha).
  ى: 'ي', ة: 'ه',
});
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'las', 'l']);

/** Trims, collapses every kind of whitespace and composes accents (NFC): the "typed" form we keep for unknowns. */
export function normalizeTyped(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00A0\u200B\uFEFF]+/gu, ' ').trim();
}

/**
 * The comparison key: no accents, case or punctuation. Words stay, so that a typo inside "the" is still one
 * edit away; `loose` drops the words that carry no identity.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłıþðىة]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\u0640/g, '') // Arabic tatweel: stretches a word, means nothing
    .replace(QUOTES, "'")
    .replace(/&/g, ' and ')
    .replace(/^\s*l'/, 'l ') // "l'Allemagne": an article, unlike the d' of "Côte d'Ivoire"
    .replace(/['.]/g, '') // "U.S." = "US", "Côte d'Ivoire" = "Cote dIvoire"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A folded key without spaces, leading articles or "the": "Democratic Republic of Congo" = "... of the Congo",
 * "Republico f Korea" = "Republic of Korea", "GI TOC" = "GITOC", "les Pays-Bas" = "Pays-Bas".
 */
export function loose(folded: string): string {
  const words = folded.split(' ');
  let start = 0;
  while (start < words.length - 1 && ARTICLES.has(words[start]!)) start++;
  let out = '';
  for (let i = start; i < words.length; i++) if (words[i] !== 'the') out += words[i];
  return out;
}

/** "Korea, Republic of" → "Republic of Korea" (the ISO list's inverted order). */
export function uninvert(text: string): string | null {
  const parts = text.split(',');
  if (parts.length !== 2) return null;
  const [head, tail] = parts.map((p) => p.trim());
  if (!head || !tail) return null;
  return tail.endsWith("'") ? `${tail}${head}` : `${tail} ${head}`;
}

/**
 * UN names with a parenthesised qualifier also go by the bare name and the natural order:
 * "Bolivia (Plurinational State of)" → "Bolivia", "Plurinational State of Bolivia";
 * "Iran (République islamique d')" → "Iran", "République islamique d'Iran".
 */
export function parentheticalForms(name: string): string[] {
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/u.exec(name);
  if (!m) return [];
  const outer = m[1]!.trim();
  const inner = m[2]!.trim();
  const natural = /['’]$/.test(inner) ? `${inner}${outer}` : `${inner} ${outer}`;
  return [outer, natural];
}
