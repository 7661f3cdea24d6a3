import type { SpeakerIndex } from '../speakers';
import type { Transcript } from './model';
import { speakerFromTranscript } from './speaker';
import { statementAt } from './statement-at';

/**
 * Put before machine text in a clip's note, so the saved record shows it is machine-made. It is
 * stored, so it stays in English whatever the UI language: one stable marker that reviewers,
 * exports and scripts can recognise in every team's record.
 */
export const MACHINE_MARKER = '[Machine transcript]';

/** Room left in a note (10,000 characters) for the observer's own words. */
export const MAX_PREFILL_TEXT = 4_000;

export interface Prefill {
  speaker: string | null;
  text: string | null;
  /** The statement's start, seconds on the recording clock. */
  at: number;
}

/** The text cut to `max` characters at a sentence end when there is one in the second half. */
export function clipText(text: string, max = MAX_PREFILL_TEXT): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const sentenceEnd = Math.max(...['. ', '? ', '! ', '.\n', '。', '؟ '].map((end) => head.lastIndexOf(end)));
  const space = head.lastIndexOf(' ');
  const cut = sentenceEnd >= max / 2 ? sentenceEnd + 1 : space >= max / 2 ? space : head.length;
  return `${head.slice(0, cut).trimEnd()} …`;
}

export function markMachineText(text: string): string {
  return `${MACHINE_MARKER} ${text}`;
}

export function isMachineMarked(note: string): boolean {
  return note.trimStart().startsWith(MACHINE_MARKER);
}

/**
 * What the transcript suggests for a clip starting at `second`: who held the floor (canonical
 * speaker, see speaker.ts) and what they said (the whole statement, paragraphs on their own
 * lines). Null when there is no transcript or nobody spoke then.
 */
export function prefillAt(transcript: Transcript, second: number, index: SpeakerIndex): Prefill | null {
  if (transcript.status !== 'done') return null;
  const statement = statementAt(transcript.statements, second);
  if (!statement) return null;
  const text = statement.paragraphs.join('\n\n').trim();
  return {
    speaker: speakerFromTranscript(index, statement.speaker),
    text: text ? clipText(text) : null,
    at: statement.start,
  };
}
