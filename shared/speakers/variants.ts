// What observers wrap around a speaker's name: role words, a person's name, the group spoken for.
// Each function returns plain strings; canonicalise.ts decides which reading wins.

const ROLE_PREFIX = new RegExp(
  '^(?:(?:the|la|le|el)\\s+)?(?:distinguished\\s+)?(?:' +
    [
      'permanent\\s+representative',
      'deputy\\s+permanent\\s+representative',
      'representative',
      'delegate',
      'delegation',
      'head\\s+of\\s+(?:the\\s+)?delegation',
      'ambassador',
      'permanent\\s+mission',
      'mission',
      'observer',
      'minister',
      'statement',
      'intervention',
      'speaker',
      'expert',
      'panell?ist',
      'représentante?',
      'délégation',
      'délégué(?:e)?',
      'representante',
      'delegación',
      'delegado',
    ].join('|') +
    ")\\s+(?:of|for|from|de\\s+la|de\\s+l'|des|du|del|de|d')\\s*(?:the\\s+)?",
  'iu',
);

const HONORIFIC = /^(?:h\.?\s?e\.?|his\s+excellency|her\s+excellency|s\.?\s?e\.?|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)\s+/iu;

// JavaScript's \b is ASCII-only, so the phrase is anchored on a separator instead (Cyrillic "от имени" too).
const ON_BEHALF =
  /^(.*?)(?:^|[\s,;:(–-]+)(?:(?:speaking\s+)?(?:also\s+)?on\s+behalf\s+of|au\s+nom\s+d(?:e\s+la|e\s+l'|es|u|e|')|en\s+nombre\s+de(?:l|\s+la)?|от\s+имени)\s*(?:the\s+)?(.+?)[\s)]*$/iu;

/** "France (on behalf of the European Union)" → { speaker: "France", group: "European Union" }. */
export function splitOnBehalf(text: string): { speaker: string; group: string } | null {
  const m = ON_BEHALF.exec(text);
  if (!m) return null;
  const speaker = m[1]!.replace(/[\s,;:(–-]+$/u, '').trim();
  const group = m[2]!.trim();
  return group ? { speaker, group } : null;
}

function stripRoles(text: string): string {
  let s = text;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(HONORIFIC, '').replace(ROLE_PREFIX, '').trim();
    if (next === s) break;
    s = next;
  }
  return s;
}

export interface Reading {
  readonly text: string;
  /** The name itself (role words stripped) or what a parenthesis qualifies; otherwise a piece of the text. */
  readonly main: boolean;
}

/**
 * Other readings of a typed speaker, most likely first: without role words ("Representative of Mexico"),
 * either side of a parenthesis ("Chair (Italy)", "H.E. Ms. Doe (France)") or of a separator
 * ("Jane Doe, Small Arms Survey", "Kenya - Mr. Otieno").
 */
export function readings(text: string): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>([text]);
  const push = (s: string | undefined, main: boolean): void => {
    const t = s?.trim().replace(/^[,;:–-]+|[,;:–-]+$/gu, '').trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push({ text: t, main });
    }
  };
  const expand = (s: string, main: boolean): void => {
    push(stripRoles(s), main);
    const paren = /^(.*?)\s*[(（\[]([^()（）[\]]+)[)）\]]\s*$/u.exec(s);
    if (paren) {
      push(stripRoles(paren[1]!), main);
      push(stripRoles(paren[2]!), false);
    }
    const parts = s.split(/\s+[–—-]\s+|\s*[:;|/]\s+|,\s*/u).filter(Boolean);
    if (parts.length > 1) for (const p of parts) push(stripRoles(p), false);
  };
  expand(text, true);
  // One more round for nested wrappers: "H.E. Mr. Doe, Representative of France (on the floor)".
  for (const r of [...out]) expand(r.text, r.main);
  return out.slice(0, 16);
}
