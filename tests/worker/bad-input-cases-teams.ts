// The bad-input corpus' cases for the team routes (bootstrap, me, members, tokens, backup, restore)
// and the ones without input (health, openapi.json): one request each, run by bad-input-teams.test.ts.
import { bodyCases, type BadCase } from './bad-input-table';

const long = (n: number) => 'x'.repeat(n);
const bootstrapBody = { teamName: 'Team', adminName: 'Ada' };
const memberBody = { name: 'Bea', role: 'observer' };

export const cases: BadCase[] = [
  // No input to get wrong: only the wrong method or route.
  { name: 'POST to a GET route', method: 'POST', path: '/health', body: {}, status: 404, code: 'not_found' },
  { name: 'POST to a GET route', method: 'POST', path: '/openapi.json', body: {}, status: 404, code: 'not_found' },
  { name: 'DELETE to a GET route', method: 'DELETE', path: '/me', as: 'admin', status: 404, code: 'not_found' },
  { name: 'SQL as a bearer token', method: 'GET', path: '/me', as: "' OR 1=1 --", status: 401, code: 'unauthorized' },
  { name: 'a token of 10,000 characters', method: 'GET', path: '/me', as: `udc_${long(10_000)}`, status: 401, code: 'unauthorized' },
  { name: 'no token', method: 'GET', path: '/members', status: 401, code: 'unauthorized' },
  { name: 'an unknown token', method: 'GET', path: '/tokens', as: 'udc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', status: 401, code: 'unauthorized' },
  { name: 'Basic instead of Bearer', method: 'GET', path: '/dialogues', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, status: 401, code: 'unauthorized' },

  // POST /bootstrap
  ...bodyCases({ method: 'POST', path: '/bootstrap', as: 'bootstrap' }, bootstrapBody, 'teamName'),
  { name: 'wrong secret', method: 'POST', path: '/bootstrap', as: 'admin', body: bootstrapBody, status: 401, code: 'unauthorized' },
  { name: 'missing adminName', method: 'POST', path: '/bootstrap', as: 'bootstrap', body: { teamName: 'T' }, status: 400, code: 'validation_failed', field: 'adminName' },
  { name: 'blank teamName', method: 'POST', path: '/bootstrap', as: 'bootstrap', body: { ...bootstrapBody, teamName: '   ' }, status: 400, code: 'validation_failed', field: 'teamName' },
  { name: 'teamName over 200 characters', method: 'POST', path: '/bootstrap', as: 'bootstrap', body: { ...bootstrapBody, teamName: long(201) }, status: 400, code: 'validation_failed', field: 'teamName' },
  { name: 'adminName an object', method: 'POST', path: '/bootstrap', as: 'bootstrap', body: { ...bootstrapBody, adminName: { $ne: '' } }, status: 400, code: 'validation_failed', field: 'adminName' },

  // POST /members
  ...bodyCases({ method: 'POST', path: '/members', as: 'admin' }, memberBody, 'name'),
  { name: 'an observer adds a member', method: 'POST', path: '/members', as: 'observer', body: memberBody, status: 403, code: 'forbidden' },
  { name: 'unknown role', method: 'POST', path: '/members', as: 'admin', body: { ...memberBody, role: 'owner' }, status: 400, code: 'validation_failed', field: 'role' },
  { name: 'role in capitals', method: 'POST', path: '/members', as: 'admin', body: { ...memberBody, role: 'ADMIN' }, status: 400, code: 'validation_failed', field: 'role' },
  { name: 'missing role', method: 'POST', path: '/members', as: 'admin', body: { name: 'Bea' }, status: 400, code: 'validation_failed', field: 'role' },
  { name: 'name over 200 characters', method: 'POST', path: '/members', as: 'admin', body: { ...memberBody, name: long(201) }, status: 400, code: 'validation_failed', field: 'name' },
  { name: 'name null', method: 'POST', path: '/members', as: 'admin', body: { ...memberBody, name: null }, status: 400, code: 'validation_failed', field: 'name' },

  // POST /tokens, DELETE /tokens/{id}
  ...bodyCases({ method: 'POST', path: '/tokens', as: 'observer' }, { name: 'laptop' }, 'name'),
  { name: 'memberId not a UUID', method: 'POST', path: '/tokens', as: 'admin', body: { memberId: "1' OR '1'='1" }, status: 400, code: 'validation_failed', field: 'memberId' },
  { name: 'unknown memberId', method: 'POST', path: '/tokens', as: 'admin', body: { memberId: '{nosuch}' }, status: 404, code: 'not_found', message: /member/ },
  { name: 'an observer names another member', method: 'POST', path: '/tokens', as: 'observer', body: { memberId: '{admin}' }, status: 403, code: 'forbidden' },
  { name: 'role above the member', method: 'POST', path: '/tokens', as: 'observer', body: { role: 'admin' }, status: 400, code: 'validation_failed', field: 'role' },
  { name: 'unknown role', method: 'POST', path: '/tokens', as: 'admin', body: { role: 'root' }, status: 400, code: 'validation_failed', field: 'role' },
  { name: 'name over 100 characters', method: 'POST', path: '/tokens', as: 'admin', body: { name: long(101) }, status: 400, code: 'validation_failed', field: 'name' },
  { name: 'id not a UUID', method: 'DELETE', path: '/tokens/not-a-uuid', as: 'admin', status: 404, code: 'not_found', field: 'id' },
  { name: 'id with SQL', method: 'DELETE', path: "/tokens/1'%20OR%20'1'='1", as: 'admin', status: 404, code: 'not_found', field: 'id' },
  { name: 'unknown id', method: 'DELETE', path: '/tokens/{nosuch}', as: 'admin', status: 404, code: 'not_found', message: /token/ },

  // GET /backup, POST /backup/restore (64 MB limit; the database holds a team, so a good file is 409)
  { name: 'an observer reads the backup', method: 'GET', path: '/backup', as: 'observer', status: 403, code: 'forbidden' },
  ...bodyCases({ method: 'POST', path: '/backup/restore', as: 'bootstrap', limit: 64 * 1024 * 1024 }, { format: 'un-dialogue-capture-backup' }, 'format'),
  { name: 'an API token instead of the secret', method: 'POST', path: '/backup/restore', as: 'admin', body: {}, status: 401, code: 'unauthorized' },
  { name: 'an empty object', method: 'POST', path: '/backup/restore', as: 'bootstrap', body: {}, status: 400, code: 'validation_failed' },
  // The team's own backup: a good file meets a database that holds teams (409), a spoiled one its check.
  { name: 'a good file into a database with teams', method: 'POST', path: '/backup/restore', as: 'bootstrap', body: '{backup}', status: 409, code: 'not_empty' },
  { name: 'a clip of a dialogue not in the file', method: 'POST', path: '/backup/restore', as: 'bootstrap', body: '{backupUnknownDialogue}', status: 400, code: 'validation_failed', field: 'clips.0.dialogueId' },
  { name: 'a member twice (the team has three)', method: 'POST', path: '/backup/restore', as: 'bootstrap', body: '{backupRepeatedMember}', status: 400, code: 'validation_failed', field: 'members.3.id' },
  { name: 'no admin', method: 'POST', path: '/backup/restore', as: 'bootstrap', body: '{backupNoAdmin}', status: 400, code: 'validation_failed', field: 'members' },
  { name: 'another format', method: 'POST', path: '/backup/restore', as: 'bootstrap', body: '{backupOtherFormat}', status: 400, code: 'validation_failed', field: 'format' },
];
