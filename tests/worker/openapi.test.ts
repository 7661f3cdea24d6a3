import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { call } from './helpers';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { required?: boolean }; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

describe('GET /openapi.json', () => {
  it('describes every route, without auth', async () => {
    const res = await call('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json<Doc>();
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.toSorted()).toEqual(
      [
        'GET /api/v1/health',
        'POST /api/v1/bootstrap',
        'GET /api/v1/me',
        'GET /api/v1/backup',
        'POST /api/v1/backup/restore',
        'POST /api/v1/dialogues',
        'GET /api/v1/dialogues',
        'GET /api/v1/dialogues/{id}',
        'PATCH /api/v1/dialogues/{id}',
        'GET /api/v1/dialogues/{id}/record',
        'PUT /api/v1/dialogues/{id}/live-offsets/{memberId}',
        'DELETE /api/v1/dialogues/{id}/live-offsets/{memberId}',
        'POST /api/v1/members',
        'GET /api/v1/members',
        'POST /api/v1/tokens',
        'GET /api/v1/tokens',
        'DELETE /api/v1/tokens/{id}',
        'POST /api/v1/clips',
        'PATCH /api/v1/clips/{id}',
        'GET /api/v1/clips',
        'PATCH /api/v1/interventions/{id}',
        'POST /api/v1/interventions/{id}/split',
        'POST /api/v1/interventions/merge',
        'GET /api/v1/interventions/{id}/revisions',
        'POST /api/v1/interventions/{id}/restore',
        'POST /api/v1/interventions/{id}/undo',
        'GET /api/v1/openapi.json',
        'GET /api/v1/dialogues/{id}/export',
        'POST /api/v1/dialogues/{id}/share-links',
        'GET /api/v1/dialogues/{id}/share-links',
        'DELETE /api/v1/share-links/{id}',
      ].toSorted(),
    );
  });

  it("lists exactly the app's routes, so none goes undocumented", async () => {
    const doc = await (await call('/openapi.json')).json<Doc>();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    // Each handler and middleware of a route is listed once; `use()` middleware is listed as ALL.
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
    // The public share page is HTML for people, outside the API.
    expect(served.delete('GET /share/{secret}')).toBe(true);
    expect(served.size).toBeGreaterThan(25);
    expect([...served].toSorted()).toEqual(documented.toSorted());
  });

  it('has components for the shared schemas, referenced by the routes', async () => {
    const doc = await (await call('/openapi.json')).json<Doc>();
    for (const name of [
      'DialogueCreate',
      'DialoguePatch',
      'Dialogue',
      'DialogueList',
      'DialogueRecord',
      'Intervention',
      'InterventionClip',
      'RecordSpeaker',
      'Conflict',
      'OffsetEstimate',
      'ParticipantInput',
      'DialogueParticipant',
      'MemberCreate',
      'MemberCreateResult',
      'MemberList',
      'TokenCreate',
      'TokenCreateResult',
      'TokenList',
      'Token',
      'LiveOffsetInput',
      'LiveOffset',
      'ClipBatch',
      'ClipBatchResult',
      'ClipResult',
      'ClipInput',
      'WebcastClip',
      'PageClip',
      'Bootstrap',
      'BootstrapResult',
      'TeamBackup',
      'BackupRestoreResult',
      'Me',
      'Error',
      'Health',
      'InterventionPatch',
      'SplitInput',
      'MergeInput',
      'RestoreInput',
      'RevisionList',
      'Revision',
      'Stale',
      'StatusCounts',
    ]) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
    const post = doc.paths['/api/v1/dialogues']!.post!;
    expect(JSON.stringify(post.requestBody)).toContain('#/components/schemas/DialogueCreate');
    expect(post.requestBody?.required).toBe(true);
    expect(JSON.stringify(post.responses['400'])).toContain('#/components/schemas/Error');
    expect(JSON.stringify(doc.paths['/api/v1/clips']!.post!.responses['200'])).toContain('#/components/schemas/ClipBatchResult');
  });

  it('marks which routes need a token', async () => {
    const doc = await (await call('/openapi.json')).json<Doc>();
    expect(doc.components.securitySchemes).toHaveProperty('bearerAuth');
    expect(doc.paths['/api/v1/me']!.get!.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/api/v1/dialogues/{id}/record']!.get!.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/api/v1/health']!.get!.security).toBeUndefined();
  });
});
