import {
  ClipBatchResultSchema,
  ClipBatchSchema,
  ClipInputSchema,
  ClipPatchSchema,
  ErrorSchema,
  MyClipListSchema,
  MyClipSchema,
  MyClipsQuerySchema,
  UuidSchema,
} from '../../shared/schemas';
import { bearer, errors, json, type ResourceDoc } from './helpers';

export const clips: ResourceDoc = {
  // The envelope declares its items as unknown (each is checked alone); publish their real shape.
  components: [ClipInputSchema],
  operations: [
    {
      method: 'post',
      path: '/api/v1/clips',
      tags: ['clips'],
      summary: 'Stores a batch of up to 50 clips; each clip gets its own result, in input order',
      description:
        'Each item of `clips` is a ClipInput, checked on its own. Re-sending a stored clip answers `stored` again ' +
        'and writes nothing; the same id with other content answers `conflict`; an invalid clip answers ' +
        '`invalid` with the offending field and is not written. Dialogues that got new clips are ' +
        're-assembled after the response.',
      security: bearer,
      // The optional Idempotency-Key header (worker/middleware/idempotency.ts) is not declared as a
      // request header, which would make typed clients send one every time.
      body: ClipBatchSchema,
      responses: {
        200: json(ClipBatchResultSchema, 'One result per clip; a replayed answer carries `Idempotent-Replayed: true`'),
        ...errors(400, 401, 413, 415),
        409: json(ErrorSchema, 'A request with this Idempotency-Key is still running (idempotency_key_in_flight); retry after Retry-After'),
        422: json(ErrorSchema, 'This Idempotency-Key was used with another body (idempotency_key_reused)'),
      },
    },
    {
      method: 'patch',
      path: '/api/v1/clips/{id}',
      tags: ['clips'],
      summary: "Edits one's own clip (speaker, tags, note, channel; start and end of a webcast clip) until it is reviewed",
      description:
        'Only the observer who captured the clip may edit it. The clip keeps its id; its content hash becomes ' +
        "the edited clip's, so re-sending the edited clip answers `stored`. The dialogue is re-assembled after the response.",
      security: bearer,
      params: { id: UuidSchema },
      body: ClipPatchSchema,
      responses: {
        200: json(MyClipSchema, 'The clip as now stored, with where it stands in review'),
        ...errors(400, 401, 403, 404, 413, 415),
        409: json(ErrorSchema, 'A reviewer has reviewed (clip_reviewed) or edited (clip_locked) the intervention holding the clip'),
      },
    },
    {
      method: 'get',
      path: '/api/v1/clips',
      tags: ['clips'],
      summary: "The caller's own clips in a dialogue, each with its intervention's review status and whether it is still editable",
      security: bearer,
      query: MyClipsQuerySchema,
      responses: { 200: json(MyClipListSchema, 'Oldest capture first'), ...errors(400, 401, 404) },
    },
  ],
};
