import { BackupRestoreResultSchema, ErrorSchema, TeamBackupSchema } from '../../shared/schemas';
import { bearer, bootstrapSecret, errors, json, type ResourceDoc } from './helpers';

export const backup: ResourceDoc = {
  operations: [
    {
      method: 'get',
      path: '/api/v1/backup',
      tags: ['teams'],
      summary: 'The whole team as one JSON document: members, dialogues, clips, interventions, revisions, live offsets (admins only)',
      description: 'Without API tokens and share links (the notes field says why). Read in one consistent snapshot.',
      security: bearer,
      responses: { 200: json(TeamBackupSchema, 'The backup'), ...errors(401, 403) },
    },
    {
      method: 'post',
      path: '/api/v1/backup/restore',
      tags: ['teams'],
      summary: 'Restores a backup into a database without teams, all or nothing; answers a new admin token, shown only this once',
      description:
        'Authorised by `Authorization: Bearer <BOOTSTRAP_TOKEN secret>`, as there is no team yet. The whole file is ' +
        'checked first (shape and every reference between its rows); a file with any problem writes nothing.',
      security: bootstrapSecret,
      body: TeamBackupSchema,
      responses: {
        201: json(BackupRestoreResultSchema, 'The restored team, its first admin and a new admin token'),
        409: json(ErrorSchema, 'The database already holds a team (not_empty)'),
        ...errors(400, 401, 413, 415, 503),
      },
    },
  ],
};
