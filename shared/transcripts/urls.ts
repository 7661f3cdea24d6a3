/**
 * Which transcript belongs to a webcast. transcripts.un.org mirrors UN Web TV's asset paths
 * (`/{locale}/asset/{folder}/{asset_id}`), and a Kaltura entry `1_o7stmi6p` is the asset `k1o7stmi6p`.
 */

export const TRANSCRIPTS_ORIGIN = 'https://transcripts.un.org';
export const TRANSCRIPT_LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type TranscriptLocale = (typeof TRANSCRIPT_LOCALES)[number];

export interface TranscriptRef {
  assetId: string;
  /** The page's language, which picks the transcript's (the site falls back to any it has). */
  locale: TranscriptLocale;
}

const ASSET_ID = /^k\d[a-z0-9]{4,}$/;
const ENTRY_ID = /^(\d)_([a-z0-9]{4,})$/;
const UN_HOSTS = new Set(['webtv.un.org', 'media.un.org', 'transcripts.un.org']);

function isLocale(v: string | undefined): v is TranscriptLocale {
  return (TRANSCRIPT_LOCALES as readonly string[]).includes(v ?? '');
}

/** `k1o7stmi6p` from an asset id or a Kaltura entry id (`1_o7stmi6p`); null for anything else. */
export function assetIdFrom(id: string): string | null {
  const lower = id.trim().toLowerCase();
  if (ASSET_ID.test(lower)) return lower;
  const entry = ENTRY_ID.exec(lower);
  return entry ? `k${entry[1]}${entry[2]}` : null;
}

/** The Kaltura entry in a player URL: `?entry_id=1_x`, `?entryId=1_x` or a `/entry_id/1_x` path segment. */
function kalturaEntry(u: URL): string | null {
  const fromQuery = u.searchParams.get('entry_id') ?? u.searchParams.get('entryId');
  if (fromQuery) return fromQuery;
  const m = /\/entry_id\/([^/?#]+)/i.exec(u.pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

/**
 * The transcript for a webcast URL (UN Web TV, media.un.org, transcripts.un.org or a Kaltura player
 * URL), or for a bare asset or entry id. Null when the URL is not a UN webcast. `moreHosts` stand in
 * for UN Web TV (the e2e fixture server).
 */
export function transcriptRef(urlOrId: string, moreHosts: readonly string[] = []): TranscriptRef | null {
  const bare = assetIdFrom(urlOrId);
  if (bare) return { assetId: bare, locale: 'en' };
  let u: URL;
  try {
    u = new URL(urlOrId);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase();
  if (UN_HOSTS.has(host) || moreHosts.includes(host)) {
    const parts = u.pathname.split('/').filter(Boolean);
    const at = parts.indexOf('asset');
    const id = at >= 0 ? assetIdFrom(parts[parts.length - 1] ?? '') : null;
    if (!id) return null;
    return { assetId: id, locale: isLocale(parts[0]) ? parts[0] : 'en' };
  }
  if (host === 'kaltura.com' || host.endsWith('.kaltura.com')) {
    const entry = kalturaEntry(u);
    const id = entry ? assetIdFrom(entry) : null;
    return id ? { assetId: id, locale: 'en' } : null;
  }
  return null;
}

function assetPath(ref: TranscriptRef): string {
  return `/${ref.locale}/asset/${ref.assetId.slice(0, 3)}/${ref.assetId}`;
}

/** The transcript's data: the page URL with `.json` appended, as the site serves it. */
export function transcriptDataUrl(ref: TranscriptRef, origin: string = TRANSCRIPTS_ORIGIN): string {
  return `${origin.replace(/\/+$/, '')}${assetPath(ref)}.json`;
}

/** `h:mm:ss`, the form of the site's `?t=` deep links. */
export function clockStamp(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** The transcript page at a moment (the site seeks there and highlights the statement). */
export function transcriptPageUrl(ref: TranscriptRef, seconds: number, origin: string = TRANSCRIPTS_ORIGIN): string {
  return `${origin.replace(/\/+$/, '')}${assetPath(ref)}?t=${clockStamp(seconds)}`;
}
