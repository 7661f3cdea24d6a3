/** Times of the recording clock as reviewers read and type them: h:mm:ss. */

/** 75.4 -> "0:01:15"; with `precise`, a fraction is kept to a tenth ("0:01:15.4"). */
export function formatClock(seconds: number | null | undefined, { precise = false } = {}): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '–';
  const tenths = Math.round(seconds * 10);
  const whole = precise ? Math.floor(tenths / 10) : Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const fraction = precise && tenths % 10 !== 0 ? `.${tenths % 10}` : '';
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${fraction}`;
}

/** Seconds from "75.5", "1:15.5" or "1:01:15"; undefined when it is none of these. */
export function parseClock(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(t)) return undefined;
  const parts = t.split(':');
  // Minutes and seconds after a colon must be below 60, or "1:75" would silently mean 2:15.
  if (parts.slice(1).some((p) => Number(p) >= 60)) return undefined;
  return parts.reduce((acc, part) => acc * 60 + Number(part), 0);
}

/** Spoken form for screen readers and titles: "1 h 2 min 5 s". */
export function spokenClock(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return 'unknown';
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : '', `${s} s`].filter(Boolean).join(' ');
}
