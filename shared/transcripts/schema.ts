/**
 * The JSON that transcripts.un.org serves for a webcast. There is no network here, so this follows the
 * site's published description of itself (its API reference): every page URL has a data twin with
 * `.json` appended, and `/{locale}/asset/{folder}/{asset_id}` mirrors UN Web TV's asset path, so the
 * transcript of `webtv.un.org/en/asset/k1o/k1o7stmi6p` is `transcripts.un.org/en/asset/k1o/k1o7stmi6p.json`.
 * The answer is assumed to be:
 *
 *   { disclaimer, video: { id, kaltura_id, url, … },
 *     transcript: null                                         (no transcript; with `message`)
 *               | { status, transcriptId }                     (still being made)
 *               | { transcript_id, language, data: [          (done)
 *                   { statement_number, speaker: { name, function, affiliation, affiliation_full, group },
 *                     paragraphs: [ { sentences: [ { text, start, end, topics?, words? } ] } ] } ] } }
 *
 * Times are seconds (floats) on the recording. `affiliation` is an ISO 3166-1 alpha-3 code for States;
 * `group` is the group spoken for (e.g. the European Union). Fields we do not use are let through, so a
 * new field on the site breaks nothing; a field we use with the wrong type rejects the whole answer.
 */
import * as z from '../zod';

const seconds = z.number().check(z.minimum(0));
const text = z.pipe(
  z.nullish(z.string()),
  z.transform((v: string | null | undefined) => (v ?? '').trim() || null),
);

export const TranscriptSpeakerSchema = z.looseObject({
  name: text,
  function: text,
  affiliation: text,
  affiliation_full: text,
  group: text,
});

const SentenceSchema = z
  .looseObject({ text: z.string(), start: seconds, end: seconds })
  .check(z.refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] }));

const StatementSchema = z.looseObject({
  statement_number: z.optional(z.int()),
  // An unidentified speaker may come as null or be left out.
  speaker: z.nullish(TranscriptSpeakerSchema),
  paragraphs: z.array(z.looseObject({ sentences: z.array(SentenceSchema) })),
});

export const DoneSchema = z.looseObject({
  transcript_id: z.optional(z.string()),
  language: z.nullish(z.string()),
  data: z.array(StatementSchema),
});

/** The envelope; `transcript` is told apart in parse.ts so that an error names the field at fault. */
export const EnvelopeSchema = z.looseObject({
  disclaimer: z.optional(z.string()),
  video: z.nullish(z.looseObject({ id: z.optional(z.string()), kaltura_id: z.nullish(z.string()) })),
  transcript: z.union([z.null(), z.looseObject({ status: z.optional(z.string()) })]),
});

export type DoneTranscript = z.infer<typeof DoneSchema>;
export type RawTranscriptSpeaker = z.infer<typeof TranscriptSpeakerSchema>;
