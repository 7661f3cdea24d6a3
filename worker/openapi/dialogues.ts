import {
  DialogueCreateSchema,
  DialogueListSchema,
  DialoguePatchSchema,
  DialogueRecordSchema,
  DialogueSchema,
  UuidSchema,
} from '../../shared/schemas';
import { bearer, errors, json, type ResourceDoc } from './helpers';

const params = { id: UuidSchema };

export const dialogues: ResourceDoc = {
  operations: [
    {
      method: 'post',
      path: '/api/v1/dialogues',
      tags: ['dialogues'],
      summary: 'Creates a dialogue (admins only)',
      security: bearer,
      body: DialogueCreateSchema,
      responses: { 201: json(DialogueSchema, 'The new dialogue'), ...errors(400, 401, 403, 413, 415) },
    },
    {
      method: 'get',
      path: '/api/v1/dialogues',
      tags: ['dialogues'],
      summary: "The team's dialogues, newest date first",
      security: bearer,
      responses: { 200: json(DialogueListSchema, 'The dialogues'), ...errors(401) },
    },
    {
      method: 'get',
      path: '/api/v1/dialogues/{id}',
      tags: ['dialogues'],
      summary: 'One dialogue of the team',
      security: bearer,
      params,
      responses: { 200: json(DialogueSchema, 'The dialogue'), ...errors(401, 404) },
    },
    {
      method: 'patch',
      path: '/api/v1/dialogues/{id}',
      tags: ['dialogues'],
      summary: "Changes a dialogue's setup (admins only); only the fields sent change",
      description:
        'The default tag must be one of the tag vocabulary. New participants or a new recording start ' +
        're-assemble the record. `webcastUrl` follows the first of `webcastUrls`.',
      security: bearer,
      params,
      body: DialoguePatchSchema,
      responses: { 200: json(DialogueSchema, 'The dialogue as it is now'), ...errors(400, 401, 403, 404, 413, 415) },
    },
    {
      method: 'get',
      path: '/api/v1/dialogues/{id}/record',
      tags: ['dialogues'],
      summary: "The dialogue's record: its interventions in order, with speakers, clips and conflicts",
      description:
        'Always current: when clips or live offsets changed since the last assembly, the dialogue is re-assembled ' +
        'first and the result stored as its draft interventions (reviewed or approved ones are kept). Each intervention ' +
        'says in `undoable` which merge or split `POST /interventions/{id}/undo` would take back, or null when there is none.',
      security: bearer,
      params,
      responses: { 200: json(DialogueRecordSchema, 'The record'), ...errors(401, 404) },
    },
  ],
};
