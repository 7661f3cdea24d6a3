/**
 * Webcast addresses. One UN Web TV asset has six language paths (and a media.un.org twin), so a
 * webcast is identified by its asset id, never by its full URL.
 */

/** `k1o7stmi6p` from `https://webtv.un.org/en/asset/k1o/k1o7stmi6p`; null for other URLs. */
export function assetId(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/asset\/(?:[a-z0-9]+\/)?([a-z0-9_]+)\/?$/i.exec(path);
  return match ? match[1]!.toLowerCase() : null;
}

/** What two URLs showing the same webcast have in common. */
export function webcastKey(url: string): string | null {
  const id = assetId(url);
  if (id) return `asset:${id}`;
  try {
    const u = new URL(url);
    return `url:${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}

export function sameWebcast(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const key = webcastKey(b);
  return key !== null && webcastKey(a) === key;
}

/**
 * The webcast at `seconds` (whole seconds, as a media fragment `#t=`). A fragment changes nothing
 * the page's server sees; the extension seeks the player itself once the page has loaded.
 */
export function deepLink(url: string, seconds: number): string {
  const u = new URL(url);
  u.hash = `t=${Math.max(0, Math.floor(seconds))}`;
  return u.toString();
}

/** The first webcast URL of a dialogue (newer servers send a list; older ones one URL). */
export function webcastOf(dialogue: { webcastUrl?: string | null; webcastUrls?: string[] }): string | null {
  return dialogue.webcastUrls?.[0] ?? dialogue.webcastUrl ?? null;
}
