/**
 * The draft's text as the inputs hold it, read without the schemas: the side panel uses these,
 * and importing build-clip (which checks with zod) would put zod into the panel's first load.
 */

/** Seconds from "75.5", "1:15.5" or "1:01:15". */
export function parseTime(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(t)) return undefined;
  return t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

export function splitTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}
