/** WebVTT chapters of the webcast: one cue per timed intervention, the speaker as its title. */
import { attribution, shownInterventions, statusLabel } from './common';
import type { SpeakerNames } from './prose-name';
import type { ExportInput, ExportIntervention } from './types';

/** hh:mm:ss.mmm, as WebVTT cue timings are written (hours always present). */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/**
 * Cue text that cannot break the file: & < > escaped (so no "-->" and no tags survive), line breaks kept
 * but never a blank line (which would end the cue early).
 */
export function vttText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** What a chapter is called: the speaker, whom they spoke for, and the status unless approved. */
export function chapterTitle(names: SpeakerNames, i: ExportIntervention): string {
  const who = attribution(names, i);
  return i.status === 'approved' ? who : `${who} [${statusLabel(i.status)}]`;
}

export function renderVtt(input: ExportInput): string {
  const chosen = shownInterventions(input);
  const timed = chosen.filter((i): i is ExportIntervention & { start: number } => i.start !== null);
  const untimed = chosen.filter((i) => i.start === null);
  const blocks = ['WEBVTT'];
  if (untimed.length > 0) {
    const n = untimed.length;
    const positions = untimed.map((i) => i.position).join(', ');
    blocks.push(`NOTE ${n} intervention${n === 1 ? '' : 's'} without a time ${n === 1 ? 'is' : 'are'} not listed (position${n === 1 ? '' : 's'} ${positions}).`);
  }
  timed.forEach((i, k) => {
    const start = Math.max(0, i.start);
    // A missing end runs to the next chapter; a cue must end after it starts.
    const next = timed[k + 1]?.start;
    let end = i.end ?? (next !== undefined && next > start ? next : start + 1);
    if (end <= start) end = start + 0.001;
    const text = vttText(chapterTitle(input.speakerNames, i)) || '(unnamed speaker)';
    blocks.push(`intervention-${i.position}\n${vttTime(start)} --> ${vttTime(end)}\n${text}`);
  });
  return `${blocks.join('\n\n')}\n`;
}
