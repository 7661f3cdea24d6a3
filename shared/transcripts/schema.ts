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
import { z } from 'zod';

const seconds = z.number().finite().min(0);
const text = z.string().nullish().transform((v) => (v ?? '').trim() || null);

export const TranscriptSpeakerSchema = z.looseObject({
  name: text,
  function: text,
  affiliation: text,
  affiliation_full: text,
  group: text,
});

const SentenceSchema = z
  .looseObject({ text: z.string(), start: seconds, end: seconds })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] });

const StatementSchema = z.looseObject({
  statement_number: z.number().int().optional(),
  // An unidentified speaker may come as null or be left out.
  speaker: TranscriptSpeakerSchema.nullish(),
  paragraphs: z.array(z.looseObject({ sentences: z.array(SentenceSchema) })),
});

export const DoneSchema = z.looseObject({
  transcript_id: z.string().optional(),
  language: z.string().nullish(),
  data: z.array(StatementSchema),
});

/** The envelope; `transcript` is told apart in parse.ts so that an error names the field at fault. */
export const EnvelopeSchema = z.looseObject({
  disclaimer: z.string().optional(),
  video: z.looseObject({ id: z.string().optional(), kaltura_id: z.string().nullish() }).nullish(),
  transcript: z.union([z.null(), z.looseObject({ status: z.string().optional() })]),
});

export type DoneTranscript = z.infer<typeof DoneSchema>;
export type RawTranscriptSpeaker = z.infer<typeof TranscriptSpeakerSchema>;
