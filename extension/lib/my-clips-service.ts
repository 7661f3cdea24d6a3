/**
 * The background's side of the side panel's outbox and recent clips: retry and edit in the
 * outbox, and the observer's sent clips with where they stand in review, edited on the server.
 */
import type { ClipPatch } from '../../shared/schemas';
import { describeApiError, type ApiClient, type ApiError } from './api-client';
import { applyEdit, editableFields, editRetryable, refusalOf, type ClipEditResult } from './clip-edit';
import { discardEdit, queueEdit } from './edit-queue';
import * as i18n from './i18n';
import type { Outbox } from './outbox';
import type { AllHandlers } from './protocol';
import { applyServerView, dialoguesOf, markLocked } from './recent-clips';
import { outboxItem, recentClipsItem, type Settings } from './storage';

export type MyClipsMessage = 'outbox:retry' | 'outbox:edit' | 'outbox:discard' | 'clips:recent' | 'clips:edit';

export interface MyClipsDeps {
  outbox: Outbox;
  connect: () => Promise<{ settings: Settings; client: ApiClient }>;
  now?: () => number;
  random?: () => number;
}

export function createMyClipsHandlers({ outbox, connect, now = Date.now, random = Math.random }: MyClipsDeps): Pick<AllHandlers, MyClipsMessage> {
  /**
   * A sent clip's edit goes to the server; the local copy follows what the server answers. When
   * the server cannot be asked now, the edit waits in the outbox and is sent later: never lost.
   */
  async function editOnServer(id: string, patch: ClipPatch): Promise<ClipEditResult> {
    const recent = (await recentClipsItem.getValue()).find((r) => r.clip.id === id);
    if (!recent) return { ok: false, reason: 'gone' };
    const checked = applyEdit(recent.clip, patch);
    if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
    const { settings, client } = await connect();
    const queue = async (error: ApiError | null): Promise<ClipEditResult> => {
      await queueEdit({ outbox, now, random }, checked.clip, error, settings);
      return { ok: true, clip: checked.clip, queued: true };
    };
    if (!settings.token) return queue(null);
    const res = await client.patchClip(id, editableFields(checked.clip));
    const t = now();
    if (res.ok) {
      await applyServerView([res.value], t);
      return { ok: true, clip: res.value.clip };
    }
    const { error } = res;
    if (editRetryable(error)) return queue(error);
    if (error.kind !== 'client') return { ok: false, reason: 'failed', message: describeApiError(error, settings.serverUrl) };
    // Refused for good: why, as the outbox words a refused queued edit (the server's words are English).
    const refusal = refusalOf(error);
    if (error.status === 409) {
      await markLocked(id, refusal === 'locked' ? 'locked' : 'reviewed', t);
      return { ok: false, reason: 'locked', refusal };
    }
    if (error.status === 400 && error.problems?.length) return { ok: false, reason: 'invalid', refusal, problems: error.problems };
    if (error.status === 404) return { ok: false, reason: 'gone', refusal };
    return { ok: false, reason: 'failed', refusal, message: describeApiError(error, settings.serverUrl) };
  }

  return {
    'outbox:retry': ({ id }) => outbox.retry(id),
    'outbox:discard': ({ id }) => discardEdit(outbox, id),
    // Sent while the editor was open: the clip is no longer in the outbox, so its edit goes to the server.
    'outbox:edit': async ({ id, patch }) => (await outbox.edit(id, patch)) ?? editOnServer(id, patch),
    'clips:edit': async ({ id, patch }) => {
      // Still in the outbox (an earlier edit waits to be sent): the newer edit replaces it there.
      if ((await outboxItem.getValue()).some((e) => e.clip.id === id)) {
        const res = await outbox.edit(id, patch);
        if (res) return res.ok ? { ...res, queued: true } : res;
      }
      return editOnServer(id, patch);
    },
    'clips:recent': async ({ refresh }) => {
      const list = await recentClipsItem.getValue();
      if (!refresh || list.length === 0) return { clips: list, message: null };
      const { settings, client } = await connect();
      if (!settings.token) return { clips: list, message: i18n.t('background.noToken') };
      let message: string | null = null;
      for (const dialogueId of dialoguesOf(list)) {
        const res = await client.listMyClips(dialogueId);
        if (res.ok) await applyServerView(res.value, now());
        else message ??= describeApiError(res.error, settings.serverUrl);
      }
      return { clips: await recentClipsItem.getValue(), message };
    },
  };
}
