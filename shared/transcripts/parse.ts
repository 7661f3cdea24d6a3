import type * as z from '../zod';
import type { ParseResult, Statement, TranscriptSpeaker } from './model';
import { DoneSchema, EnvelopeSchema, type DoneTranscript, type RawTranscriptSpeaker } from './schema';

const NO_SPEAKER: TranscriptSpeaker = { name: null, function: null, affiliation: null, affiliationFull: null, group: null };

/** `transcript.data[1].paragraphs[0].sentences[1].start: Invalid input: expected number, received string`. */
function fail(error: z.core.$ZodError, root: string): ParseResult {
  const where = (path: readonly PropertyKey[]) =>
    path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), root);
  const issues = error.issues.slice(0, 3).map((i) => `${where(i.path)}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return { ok: false, error: `Not a transcript the extension understands: ${issues.join('; ')}${more}` };
}

function speakerOf(raw: RawTranscriptSpeaker | null | undefined): TranscriptSpeaker {
  if (!raw) return NO_SPEAKER;
  return { name: raw.name, function: raw.function, affiliation: raw.affiliation, affiliationFull: raw.affiliation_full, group: raw.group };
}

/** Statements in time order; a statement without any sentence text has no time and is left out. */
function statementsOf(data: DoneTranscript['data']): Statement[] {
  const out: Statement[] = [];
  data.forEach((raw, i) => {
    const sentences = raw.paragraphs.flatMap((p) => p.sentences).filter((s) => s.text.trim() !== '');
    if (sentences.length === 0) return;
    const paragraphs = raw.paragraphs
      .map((p) => p.sentences.map((s) => s.text.trim()).filter(Boolean).join(' '))
      .filter((p) => p !== '');
    out.push({
      number: raw.statement_number ?? i + 1,
      start: Math.min(...sentences.map((s) => s.start)),
      end: Math.max(...sentences.map((s) => s.end)),
      speaker: speakerOf(raw.speaker),
      paragraphs,
    });
  });
  return out.sort((a, b) => a.start - b.start || a.number - b.number);
}

/**
 * Checks a transcripts.un.org answer (see schema.ts) and keeps what a prefill needs. Anything
 * malformed is rejected whole, with the path of the first fields at fault: a half-read transcript
 * could put words in the wrong speaker's mouth.
 */
export function parseTranscript(json: unknown): ParseResult {
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return fail(envelope.error, 'answer');
  const t = envelope.data.transcript;
  if (t === null || !('data' in t)) return { ok: true, transcript: { status: 'none' } };
  const done = DoneSchema.safeParse(t);
  if (!done.success) return fail(done.error, 'answer.transcript');
  return { ok: true, transcript: { status: 'done', language: done.data.language ?? null, statements: statementsOf(done.data.data) } };
}
