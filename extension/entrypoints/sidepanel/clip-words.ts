/**
 * How the outbox and recent-clips lists word a clip, its times and the server's reasons, in the
 * UI's language; and what the editor's time inputs mean on each clip clock.
 */
import type { ClipInput, Problem } from '../../../shared/schemas';
import { parseClock } from '../../lib/clock';
import { formatSeconds, formatWallTime, parseWallTime } from '../../lib/clock-marks';
import { t } from '../../lib/i18n';

/** A clip's time as its inputs show it: seconds on a player clock, local HH:MM:SS on the wall clock. */
export function timeText(clip: ClipInput, seconds: number | null): string {
  if (seconds === null || clip.kind !== 'webcast') return '';
  return clip.clock === 'wall' ? formatWallTime(seconds * 1000) : formatSeconds(seconds);
}

/**
 * The editor's text back to a time on the clip's clock; undefined when it is not one. A wall-clock
 * time of day is taken on the date of the clip's own start (the next day for an End past midnight).
 */
export function parseTimeText(clip: ClipInput, text: string, edge: 'start' | 'end', start?: number): number | undefined {
  if (clip.kind !== 'webcast') return undefined;
  if (clip.clock !== 'wall') return parseClock(text);
  const ofDay = parseWallTime(text);
  if (ofDay === undefined) return undefined;
  const day = new Date(clip.start * 1000);
  day.setHours(0, 0, 0, 0);
  const at = day.getTime() / 1000 + ofDay;
  return edge === 'end' && start !== undefined && at < start ? at + 86_400 : at;
}

/** "Mexico · 75.5–112" (a quote: "Mexico · quote"); what a list item and its buttons name. */
export function clipLine(clip: ClipInput): string {
  const speaker = clip.speaker.trim() || t('outbox.noSpeaker');
  if (clip.kind !== 'webcast') return `${speaker} · ${t('outbox.quote')}`;
  const end = clip.end === null ? '' : timeText(clip, clip.end);
  return `${speaker} · ${timeText(clip, clip.start)}${end ? `–${end}` : ''}`;
}

const FIELD_KEYS: Record<string, string> = {
  speaker: 'outbox.field.speaker',
  tags: 'outbox.field.tags',
  note: 'outbox.field.note',
  channel: 'outbox.field.channel',
  start: 'outbox.field.start',
  end: 'outbox.field.end',
  dialogueId: 'outbox.field.dialogue',
  id: 'outbox.field.id',
  url: 'outbox.field.url',
  capturedAt: 'outbox.field.capturedAt',
  clock: 'outbox.field.clock',
  quote: 'outbox.field.quote',
  position: 'outbox.field.position',
  markedAt: 'outbox.field.markedAt',
};

/** A problem's field path in plain words: 'tags.1' is "Tag 2", 'quote.exact' is "Quoted text". */
export function fieldName(path: string): string {
  const [head = '', index] = path.split('.');
  if (head === 'tags' && index !== undefined && /^\d+$/.test(index)) return t('outbox.field.tag', { n: Number(index) + 1 });
  if (head === '(body)' || head === '') return t('outbox.field.clip');
  const key = FIELD_KEYS[head];
  return key ? t(key) : path;
}

/** "Start time: must not be negative": the server's reason, with the field named for people. */
export function problemText(p: Problem): string {
  return t('outbox.problem', { field: fieldName(p.path), message: p.message });
}

/** A clip's editable fields as plain text, one "Field: value" a line, for the observer to copy. */
export function editText(clip: ClipInput): string {
  const line = (key: string, value: string) => t('outbox.copyLine', { field: t(key), value });
  const lines = [line('outbox.field.speaker', clip.speaker), line('outbox.field.tags', clip.tags.join(', ')), line('outbox.field.note', clip.note), line('outbox.field.channel', clip.channel)];
  if (clip.kind === 'webcast') lines.push(line('outbox.field.start', timeText(clip, clip.start)), line('outbox.field.end', timeText(clip, clip.end)));
  return lines.join('\n');
}

/** Copies text; the old way when the Clipboard API is refused (the panel not focused). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
