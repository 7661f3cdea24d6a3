/**
 * The only code that talks to the server; used by the background only. Every call returns a
 * result instead of throwing, so callers must decide what each kind of failure means.
 */
import {
  ClipBatchResultSchema,
  DialogueListSchema,
  ErrorSchema,
  MeSchema,
  MemberListSchema,
  MyClipListSchema,
  MyClipSchema,
  type ClipPatch,
  type MyClip,
  type ClipInput,
  type ClipResult,
  type Dialogue,
  type Me,
  type MemberSummary,
  type Problem,
} from '../../shared/schemas';
import {
  MergeResultSchema,
  ReviewInterventionSchema,
  ReviewRecordSchema,
  RevisionListSchema,
  SplitResultSchema,
  UndoResultSchema,
  type InterventionPatch,
  type MergeRequest,
  type RestoreRequest,
  type ReviewIntervention,
  type ReviewRecord,
  type Revision,
  type SplitRequest,
  type UndoRequest,
  type UndoResult,
} from './review-schemas';
import type { ExportFormat } from '../../shared/export/types';
import {
  ShareLinkCreatedSchema,
  ShareLinkListSchema,
  type ExportQuery,
  type ShareFormat,
  type ShareLink,
  type ShareLinkCreated,
} from '../../shared/schemas/export';
import { t } from './i18n';
import type { Settings } from './storage';
import { LiveOffsetSchema, type LiveOffset } from '../../shared/schemas/record';
import { DialogueSchema } from '../../shared/schemas/dialogue';

/** An export as the server sent it: the file's text, its name and its type. */
export interface ExportFile {
  text: string;
  fileName: string;
  contentType: string;
}

export type ApiError =
  /** No HTTP answer at all: server down, wrong host, timeout. Retry later. */
  | { kind: 'network'; message: string }
  /** 401: the token is missing, unknown or revoked. Retrying will not help until settings change. */
  | { kind: 'unauthorized'; status: 401; message: string }
  /** 5xx or 429: the server may recover. `retryAfterMs` from Retry-After when given. */
  | { kind: 'server'; status: number; message: string; retryAfterMs?: number }
  /**
   * Any other 4xx, or an answer we cannot read. `code` is the server's error code; `body` the
   * whole answer, for errors that carry more (a 409 carries the current state).
   */
  | { kind: 'client'; status: number; message: string; problems?: Problem[]; code?: string; body?: unknown };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiClient {
  getMe(): Promise<ApiResult<Me>>;
  /** GET /dialogues; each dialogue carries its counts of interventions by status. */
  listDialogues(): Promise<ApiResult<Dialogue[]>>;
  postClips(clips: ClipInput[], idempotencyKey: string): Promise<ApiResult<ClipResult[]>>;
  getRecord(dialogueId: string): Promise<ApiResult<ReviewRecord>>;
  /** Admins only: anyone else gets 403. */
  listMembers(): Promise<ApiResult<MemberSummary[]>>;
  patchIntervention(id: string, patch: InterventionPatch): Promise<ApiResult<ReviewIntervention>>;
  splitIntervention(id: string, body: SplitRequest): Promise<ApiResult<[ReviewIntervention, ReviewIntervention]>>;
  mergeInterventions(body: MergeRequest): Promise<ApiResult<ReviewIntervention>>;
  listRevisions(id: string): Promise<ApiResult<Revision[]>>;
  restoreRevision(id: string, body: RestoreRequest): Promise<ApiResult<ReviewIntervention>>;
  /** POST /interventions/{id}/undo: takes back its latest merge or split. */
  undoStructure(id: string, body: UndoRequest): Promise<ApiResult<UndoResult>>;
  /** GET /dialogues/{id}/export: the file as text (every format is text). */
  getExport(dialogueId: string, format: ExportFormat, include: ExportQuery['include']): Promise<ApiResult<ExportFile>>;
  listShareLinks(dialogueId: string): Promise<ApiResult<ShareLink[]>>;
  createShareLink(dialogueId: string, format: ShareFormat): Promise<ApiResult<ShareLinkCreated>>;
  revokeShareLink(id: string): Promise<ApiResult<null>>;
  /** PUT /dialogues/{id}/live-offsets/{memberId} (reviewers and admins). */
  setLiveOffset(dialogueId: string, memberId: string, offset: number): Promise<ApiResult<LiveOffset>>;
  clearLiveOffset(dialogueId: string, memberId: string): Promise<ApiResult<null>>;
  /** PATCH /dialogues/{id} with only recordingStartedAt (admins). */
  setRecordingStart(dialogueId: string, recordingStartedAt: string | null): Promise<ApiResult<Dialogue>>;
  /** PATCH /clips/{id}: the caller's own clip, until a reviewer has reviewed it (else 409). */
  patchClip(id: string, patch: ClipPatch): Promise<ApiResult<MyClip>>;
  /** GET /clips?dialogueId=: the caller's clips in a dialogue, with their review status. */
  listMyClips(dialogueId: string): Promise<ApiResult<MyClip[]>>;
}

const TIMEOUT_MS = 15_000;

/** Accepts "http://host:8787", "http://host:8787/" or ".../api/v1" and gives the API base. */
export function apiBase(serverUrl: string): string {
  const trimmed = serverUrl.trim().replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  return `${trimmed}/api/v1`;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createApiClient(settings: Settings, fetchImpl: typeof fetch = (...a) => fetch(...a)): ApiClient {
  const base = apiBase(settings.serverUrl);

  async function call<T>(
    path: string,
    init: RequestInit,
    parse: (body: unknown, res: Response) => T | undefined,
    /** Read a successful answer as text rather than JSON (exports). */
    asText = false,
  ): Promise<ApiResult<T>> {
    let res: Response;
    try {
      res = await fetchImpl(`${base}${path}`, {
        ...init,
        headers: { Accept: 'application/json', Authorization: `Bearer ${settings.token}`, ...init.headers },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      return { ok: false, error: { kind: 'network', message: unreachable(err, settings.serverUrl) } };
    }
    const raw = await res.text().catch(() => '');
    const body: unknown = asText && res.ok ? raw : parseJson(raw);
    if (res.ok) {
      const value = parse(body, res);
      if (value !== undefined) return { ok: true, value };
      return { ok: false, error: { kind: 'client', status: res.status, message: t('background.unreadable') } };
    }
    const parsed = ErrorSchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `HTTP ${res.status}`;
    if (res.status === 401) return { ok: false, error: { kind: 'unauthorized', status: 401, message } };
    if (res.status >= 500 || res.status === 429) {
      const retryAfterMs = parseRetryAfter(res.headers.get('Retry-After'));
      return { ok: false, error: { kind: 'server', status: res.status, message, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) } };
    }
    const problems = parsed.success ? parsed.data.error.problems : undefined;
    const code = parsed.success ? parsed.data.error.code : undefined;
    return {
      ok: false,
      error: { kind: 'client', status: res.status, message, ...(problems ? { problems } : {}), ...(code ? { code } : {}), body },
    };
  }

  const sendJson = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const at = (id: string) => `/interventions/${encodeURIComponent(id)}`;

  return {
    getMe: () => call('/me', { method: 'GET' }, (b) => okOrUndefined(MeSchema.safeParse(b))),
    listDialogues: () =>
      call('/dialogues', { method: 'GET' }, (b) => okOrUndefined(DialogueListSchema.safeParse(b))?.dialogues),
    postClips: (clips, idempotencyKey) =>
      call(
        '/clips',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
          body: JSON.stringify({ clips }),
        },
        (b) => okOrUndefined(ClipBatchResultSchema.safeParse(b))?.results,
      ),
    getRecord: (dialogueId) =>
      call(`/dialogues/${encodeURIComponent(dialogueId)}/record`, { method: 'GET' }, (b) => okOrUndefined(ReviewRecordSchema.safeParse(b))),
    listMembers: () => call('/members', { method: 'GET' }, (b) => okOrUndefined(MemberListSchema.safeParse(b))?.members),
    patchIntervention: (id, patch) =>
      call(at(id), sendJson('PATCH', patch), (b) => okOrUndefined(ReviewInterventionSchema.safeParse(b))),
    splitIntervention: (id, body) =>
      call(`${at(id)}/split`, sendJson('POST', body), (b) => okOrUndefined(SplitResultSchema.safeParse(b))?.interventions),
    mergeInterventions: (body) =>
      call('/interventions/merge', sendJson('POST', body), (b) => okOrUndefined(MergeResultSchema.safeParse(b))?.intervention),
    listRevisions: (id) =>
      call(`${at(id)}/revisions`, { method: 'GET' }, (b) => okOrUndefined(RevisionListSchema.safeParse(b))?.revisions),
    restoreRevision: (id, body) =>
      call(`${at(id)}/restore`, sendJson('POST', body), (b) => okOrUndefined(ReviewInterventionSchema.safeParse(b))),
    undoStructure: (id, body) => call(`${at(id)}/undo`, sendJson('POST', body), (b) => okOrUndefined(UndoResultSchema.safeParse(b))),
    getExport: (dialogueId, format, include) =>
      call(
        `/dialogues/${encodeURIComponent(dialogueId)}/export?${new URLSearchParams({ format, include })}`,
        { method: 'GET', headers: { Accept: '*/*' } },
        (b, res) =>
          typeof b === 'string'
            ? {
                text: b,
                fileName: attachmentName(res.headers.get('Content-Disposition')) ?? `dialogue.${format === 'popolo' ? 'popolo.json' : format}`,
                contentType: res.headers.get('Content-Type') ?? 'text/plain',
              }
            : undefined,
        true,
      ),
    listShareLinks: (dialogueId) =>
      call(`/dialogues/${encodeURIComponent(dialogueId)}/share-links`, { method: 'GET' }, (b) => okOrUndefined(ShareLinkListSchema.safeParse(b))?.shareLinks),
    createShareLink: (dialogueId, format) =>
      call(`/dialogues/${encodeURIComponent(dialogueId)}/share-links`, sendJson('POST', { format }), (b) =>
        okOrUndefined(ShareLinkCreatedSchema.safeParse(b)),
      ),
    revokeShareLink: (id) => call(`/share-links/${encodeURIComponent(id)}`, { method: 'DELETE' }, () => null),
    setLiveOffset: (dialogueId, memberId, offset) =>
      call(liveOffsetPath(dialogueId, memberId), sendJson('PUT', { offset }), (b) => okOrUndefined(LiveOffsetSchema.safeParse(b))),
    clearLiveOffset: (dialogueId, memberId) => call(liveOffsetPath(dialogueId, memberId), { method: 'DELETE' }, () => null),
    setRecordingStart: (dialogueId, recordingStartedAt) =>
      call(`/dialogues/${encodeURIComponent(dialogueId)}`, sendJson('PATCH', { recordingStartedAt }), (b) => okOrUndefined(DialogueSchema.safeParse(b))),
    patchClip: (id, patch) =>
      call(`/clips/${encodeURIComponent(id)}`, sendJson('PATCH', patch), (b) => okOrUndefined(MyClipSchema.safeParse(b))),
    listMyClips: (dialogueId) =>
      call(`/clips?${new URLSearchParams({ dialogueId })}`, { method: 'GET' }, (b) => okOrUndefined(MyClipListSchema.safeParse(b))?.clips),
  };
}

const liveOffsetPath = (dialogueId: string, memberId: string) =>
  `/dialogues/${encodeURIComponent(dialogueId)}/live-offsets/${encodeURIComponent(memberId)}`;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The file name of `Content-Disposition: attachment; filename="..."`, when there is one. */
export function attachmentName(header: string | null): string | null {
  const match = /filename="([^"]+)"/.exec(header ?? '');
  return match ? match[1]! : null;
}

function okOrUndefined<T>(r: { success: true; data: T } | { success: false }): T | undefined {
  return r.success ? r.data : undefined;
}

function unreachable(err: unknown, url: string): string {
  const timedOut = err instanceof Error && err.name === 'TimeoutError';
  return t(timedOut ? 'background.unreachableTimeout' : 'background.unreachable', { url });
}

/** One line for people: what went wrong and what to do. */
export function describeApiError(error: ApiError, serverUrl: string): string {
  switch (error.kind) {
    case 'network':
      return t('background.network', { url: serverUrl });
    case 'unauthorized':
      return t('background.unauthorized');
    case 'server':
      return t('background.server', { status: error.status, message: error.message });
    case 'client':
      return t('background.client', { status: error.status, message: error.message });
  }
}
