/**
 * The background's side of the review page: each message becomes one call of the typed client,
 * and each answer a result the page can show without knowing HTTP.
 */
import { describeApiError, type ApiClient, type ApiError, type ApiResult } from './api-client';
import { t } from './i18n';
import { openWebcastAt, type OpenOptions } from './player-open';
import type { AllHandlers } from './protocol';
import { StaleBodySchema, type ReadResult, type WriteResult } from './review-schemas';
import type { Settings } from './storage';

export type ReviewMessage =
  | 'review:dialogues'
  | 'review:record'
  | 'review:team'
  | 'review:edit'
  | 'review:split'
  | 'review:merge'
  | 'review:revisions'
  | 'review:restore'
  | 'review:undo'
  | 'export:download'
  | 'share:list'
  | 'share:create'
  | 'share:revoke'
  | 'clock:set-offset'
  | 'clock:clear-offset'
  | 'clock:set-recording-start'
  | 'player:open';

export type Connect = () => Promise<{ settings: Settings; client: ApiClient }>;


function plain(error: ApiError, settings: Settings): string {
  if (error.kind === 'client' && error.status === 403) return t('background.forbidden');
  if (error.kind === 'client' && error.status === 404) return t('background.notFound');
  return describeApiError(error, settings.serverUrl);
}

function toRead<T>(res: ApiResult<T>, settings: Settings): ReadResult<T> {
  if (res.ok) return res;
  const status = 'status' in res.error ? res.error.status : undefined;
  return { ok: false, message: plain(res.error, settings), ...(status === undefined ? {} : { status }) };
}

function toWrite<T>(res: ApiResult<T>, settings: Settings): WriteResult<T> {
  if (res.ok) return res;
  const error = res.error;
  if (error.kind === 'client' && error.status === 409) {
    const body = StaleBodySchema.safeParse(error.body);
    return {
      ok: false,
      kind: 'stale',
      message: t('background.stale'),
      current: body.success ? (body.data.current ?? null) : null,
    };
  }
  if (error.kind === 'client' && error.status === 400 && error.problems?.length) {
    return { ok: false, kind: 'invalid', message: error.message, problems: error.problems };
  }
  return { ok: false, kind: 'error', message: plain(error, settings) };
}

/** Undo's 409 is stale only when the server says so; its other refusals are errors in words, with their code. */
function toUndoWrite<T>(res: ApiResult<T>, settings: Settings): WriteResult<T> {
  if (!res.ok && res.error.kind === 'client' && res.error.status === 409 && res.error.code && res.error.code !== 'stale') {
    return { ok: false, kind: 'error', message: res.error.message, code: res.error.code };
  }
  return toWrite(res, settings);
}

export function createReviewHandlers(connect: Connect, playerOptions: OpenOptions = {}): Pick<AllHandlers, ReviewMessage> {
  /** Runs `call` with a client when a token is set; else answers `noToken`. */
  async function withClient<R>(noToken: NoInfer<R>, call: (client: ApiClient, settings: Settings) => Promise<R>): Promise<R> {
    const { settings, client } = await connect();
    return settings.token ? call(client, settings) : noToken;
  }
  // Getters: the words are those of the language when the answer goes, not when the background started.
  const readFail = {
    ok: false as const,
    get message() {
      return t('background.noToken');
    },
  };
  const writeFail = {
    ok: false as const,
    kind: 'error' as const,
    get message() {
      return t('background.noToken');
    },
  };

  return {
    'review:dialogues': () => withClient(readFail, async (c, s) => toRead(await c.listDialogues(), s)),
    'review:record': ({ dialogueId }) => withClient(readFail, async (c, s) => toRead(await c.getRecord(dialogueId), s)),
    'review:team': () =>
      withClient(readFail, async (c, s) => {
        const [me, members] = await Promise.all([c.getMe(), c.listMembers()]);
        if (!me.ok) return toRead(me, s);
        // Members of the team may list it; should that fail, the page shows short member labels instead.
        return { ok: true, value: { me: me.value, members: members.ok ? members.value : null } };
      }),
    'review:edit': ({ interventionId, patch }) =>
      withClient(writeFail, async (c, s) => toWrite(await c.patchIntervention(interventionId, patch), s)),
    'review:split': ({ interventionId, baseVersion, at }) =>
      withClient(writeFail, async (c, s) => toWrite(await c.splitIntervention(interventionId, { baseVersion, at }), s)),
    'review:merge': ({ ids, baseVersions }) =>
      withClient(writeFail, async (c, s) => toWrite(await c.mergeInterventions({ ids, baseVersions }), s)),
    'review:revisions': ({ interventionId }) =>
      withClient(readFail, async (c, s) => toRead(await c.listRevisions(interventionId), s)),
    'review:restore': ({ interventionId, baseVersion, version }) =>
      withClient(writeFail, async (c, s) => toWrite(await c.restoreRevision(interventionId, { baseVersion, version }), s)),
    'review:undo': ({ interventionId, baseVersion }) =>
      withClient(writeFail, async (c, s) => toUndoWrite(await c.undoStructure(interventionId, { baseVersion }), s)),
    'export:download': ({ dialogueId, format, include }) =>
      withClient(readFail, async (c, s) => toRead(await c.getExport(dialogueId, format, include), s)),
    'share:list': ({ dialogueId }) => withClient(readFail, async (c, s) => toRead(await c.listShareLinks(dialogueId), s)),
    'share:create': ({ dialogueId, format }) => withClient(readFail, async (c, s) => toRead(await c.createShareLink(dialogueId, format), s)),
    'share:revoke': ({ id }) => withClient(readFail, async (c, s) => toRead(await c.revokeShareLink(id), s)),
    'player:open': ({ url, seconds }) => openWebcastAt(url, seconds, playerOptions),
    'clock:set-offset': ({ dialogueId, memberId, offset }) =>
      withClient(readFail, async (c, s) => toRead(await c.setLiveOffset(dialogueId, memberId, offset), s)),
    'clock:clear-offset': ({ dialogueId, memberId }) =>
      withClient(readFail, async (c, s) => toRead(await c.clearLiveOffset(dialogueId, memberId), s)),
    'clock:set-recording-start': ({ dialogueId, recordingStartedAt }) =>
      withClient(readFail, async (c, s) => toRead(await c.setRecordingStart(dialogueId, recordingStartedAt), s)),
  };
}
