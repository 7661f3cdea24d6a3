/** Stable identifiers for the linked-data formats, derived only from the record's own ids. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** urn:uuid:… for UUIDs (what the Worker issues); otherwise a URN in our own namespace. */
export function iriOf(kind: 'dialogue' | 'intervention', id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:un-dialogue-capture:${kind}:${encodeURIComponent(id)}`;
}

/** The wall-clock instant `seconds` after the recording began, or null when that is unknown. */
export function instantAt(recordingStartedAt: string | null, seconds: number | null): string | null {
  if (recordingStartedAt === null || seconds === null) return null;
  const base = Date.parse(recordingStartedAt);
  if (Number.isNaN(base)) return null;
  return new Date(base + Math.round(seconds * 1000)).toISOString();
}
