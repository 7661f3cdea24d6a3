/**
 * The one message protocol of the extension. Pages and content scripts never talk to the server;
 * they ask the background with these messages. Envelope: `{ type, payload }`.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ClipInput, ClipPatch, Dialogue, Me, MemberSummary } from '../../shared/schemas';
import type { ExportFormat } from '../../shared/export/types';
import type { LiveOffset } from '../../shared/schemas/record';
import type { ExportQuery, ShareFormat, ShareLink, ShareLinkCreated } from '../../shared/schemas/export';
import type { ApiError, ExportFile } from './api-client';
import type { ClipEditResult } from './clip-edit';
import type { RecentClip } from './storage';
import type { MachinePrefill } from './storage';
import type { PageSelection, QuoteCaptureResult, SavedQuote } from './quote-types';
import type { CaptureCommand, CommandResult } from './commands';
import type { Draft } from './storage';
import type {
  InterventionPatch,
  MergeRequest,
  ReadResult,
  RestoreRequest,
  UndoRequest,
  UndoResult,
  ReviewDialogue,
  ReviewIntervention,
  ReviewRecord,
  Revision,
  SplitRequest,
  WriteResult,
} from './review-schemas';

/** What a frame with a <video> reports. */
export interface PlayerTime {
  currentTime: number;
  /** null while unknown, and for live streams. */
  duration: number | null;
  paused: boolean;
  /** A live stream: `currentTime` has no fixed zero. */
  live: boolean;
}

export type PlayerLookup =
  | { ok: true; tabId: number; url: string | null; time: PlayerTime }
  | { ok: false; reason: 'no-tab' | 'no-video'; message: string };

export interface OutboxSummary {
  waiting: number;
  failed: number;
}

/** `message` says why the review status could not be refreshed; the clips are the last known. */
export interface RecentClipsResult {
  clips: RecentClip[];
  message: string | null;
}

export type CheckResult =
  | { ok: true; me: Me }
  | { ok: false; error: ApiError | { kind: 'settings'; message: string }; message: string };

export type DialoguesResult =
  | { ok: true; dialogues: Dialogue[] }
  | { ok: false; message: string; dialogues: Dialogue[] };

export type PlayerOpenResult =
  | { ok: true; tabId: number; reused: boolean; seeked: boolean }
  | { ok: false; message: string };

/** Who reviews, and the team's members when the caller may list them (admins; else null). */
export interface ReviewTeam {
  me: Me;
  members: MemberSummary[] | null;
}

/** Messages to the background (runtime.sendMessage). */
export interface ProtocolMap {
  /** The player time of the target tab (`tabId` from `?tabId=`, else the rule in player-tab.ts). */
  'player:time': { req: { tabId?: number }; res: PlayerLookup };
  'outbox:add': { req: { clip: ClipInput }; res: OutboxSummary };
  /** Start, End, Save or Next speaker, as the keyboard shortcuts run them (commands.ts). */
  'capture:command': { req: { command: CaptureCommand; tabId?: number; draft?: Draft }; res: CommandResult };
  /** `force` sends every waiting clip now, ignoring backoff (the "Send now" button). */
  'outbox:flush': { req: { force?: boolean }; res: OutboxSummary };
  'outbox:state': { req: Record<string, never>; res: OutboxSummary };
  /** Sends a failed clip again, now. */
  'outbox:retry': { req: { id: string }; res: OutboxSummary };
  /** Edits a waiting or failed clip (or, when it was sent meanwhile, the clip on the server). */
  'outbox:edit': { req: { id: string; patch: ClipPatch }; res: ClipEditResult };
  /** Drops a sent clip's edit the server refused for good (the clip on the server stays as it is). */
  'outbox:discard': { req: { id: string }; res: OutboxSummary };
  /** The recent sent clips; with `refresh`, after asking the server where each stands in review. */
  'clips:recent': { req: { refresh?: boolean }; res: RecentClipsResult };
  /** Edits a sent clip on the server (PATCH /clips/{id}) while no reviewer has reviewed it. */
  'clips:edit': { req: { id: string; patch: ClipPatch }; res: ClipEditResult };
  'dialogues:list': { req: Record<string, never>; res: DialoguesResult };
  /** GET /me with the saved settings. */
  'settings:check': { req: Record<string, never>; res: CheckResult };
  /** The review page: dialogues with their counts of interventions by status. */
  'review:dialogues': { req: Record<string, never>; res: ReadResult<ReviewDialogue[]> };
  'review:record': { req: { dialogueId: string }; res: ReadResult<ReviewRecord> };
  'review:team': { req: Record<string, never>; res: ReadResult<ReviewTeam> };
  'review:edit': { req: { interventionId: string; patch: InterventionPatch }; res: WriteResult<ReviewIntervention> };
  'review:split': { req: { interventionId: string } & SplitRequest; res: WriteResult<[ReviewIntervention, ReviewIntervention]> };
  'review:merge': { req: MergeRequest; res: WriteResult<ReviewIntervention> };
  'review:revisions': { req: { interventionId: string }; res: ReadResult<Revision[]> };
  'review:restore': { req: { interventionId: string } & RestoreRequest; res: WriteResult<ReviewIntervention> };
  /** Undoes the intervention's latest merge or split; a refusal other than stale comes back with its code. */
  'review:undo': { req: { interventionId: string } & UndoRequest; res: WriteResult<UndoResult> };
  /** The background fetches the export; the page saves the text it answers as a file. */
  'export:download': { req: { dialogueId: string; format: ExportFormat; include: ExportQuery['include'] }; res: ReadResult<ExportFile> };
  'share:list': { req: { dialogueId: string }; res: ReadResult<ShareLink[]> };
  /** The answer holds the link's URL, which the server shows only this once. */
  'share:create': { req: { dialogueId: string; format: ShareFormat }; res: ReadResult<ShareLinkCreated> };
  'share:revoke': { req: { id: string }; res: ReadResult<null> };
  /** The review page's clock settings: a live observer's offset (reviewers and admins). */
  'clock:set-offset': { req: { dialogueId: string; memberId: string; offset: number }; res: ReadResult<LiveOffset> };
  /** Back to the estimate. */
  'clock:clear-offset': { req: { dialogueId: string; memberId: string }; res: ReadResult<null> };
  /** The wall clock of the recording's second 0, or null (admins: PATCH /dialogues/{id}). */
  'clock:set-recording-start': { req: { dialogueId: string; recordingStartedAt: string | null }; res: ReadResult<Dialogue> };
  /** Shows the webcast at `seconds`: seeks a tab already showing it, else opens it in a new tab. */
  'player:open': { req: { url: string; seconds: number }; res: PlayerOpenResult };
  /** What the UN's machine transcript says at `seconds` of the webcast at `url`; null when it cannot say. */
  'transcript:suggest': { req: { url: string; seconds: number }; res: MachinePrefill | null };
  /** A page's content script: the quotes saved on this URL, to find and highlight again. */
  'quotes:page': { req: { url: string }; res: { quotes: SavedQuote[] } };
  /** A page's content script: which quotes it highlighted and which it could not find. */
  'quotes:report': { req: { url: string; highlighted: string[]; missing: string[] }; res: { ok: true } };
  /** The in-page shortcut: quote this selection (the sender's tab). */
  'quotes:capture': { req: { selection: PageSelection }; res: QuoteCaptureResult };
  /** The side panel: save a quote that waited for a speaker. */
  'quotes:assign': { req: { id: string; speaker: string }; res: QuoteCaptureResult };
}

/** Messages from the background to content scripts in every frame (tabs.sendMessage). */
export interface FrameProtocolMap {
  /** Only a frame with a <video> answers. */
  'player:time': { req: Record<string, never>; res: PlayerTime };
  /** Only a frame with a <video> answers, once it has sought (and started playing when it may). */
  'player:seek': { req: { seconds: number }; res: PlayerTime };
  /** The frame's selection as selectors; with `always`, a frame without one answers null. */
  'quote:selectors': { req: { always: boolean }; res: PageSelection | null };
  /** The top frame finds and highlights its page's saved quotes again. */
  'quotes:refresh': { req: Record<string, never>; res: { ok: true } };
}

export type MessageType = keyof ProtocolMap;
export type Req<T extends MessageType> = ProtocolMap[T]['req'];
export type Res<T extends MessageType> = ProtocolMap[T]['res'];
export interface Envelope<T extends string = string, P = unknown> {
  type: T;
  payload: P;
}

export async function sendToBackground<T extends MessageType>(type: T, payload: Req<T>): Promise<Res<T>> {
  const res = (await browser.runtime.sendMessage({ type, payload } satisfies Envelope)) as Res<T> | undefined;
  if (res === undefined) throw new Error(`No answer from the background to ${type}`);
  return res;
}

/** Every message's handler; the background must have them all. */
export type AllHandlers = {
  [T in MessageType]: (payload: Req<T>, sender: Browser.runtime.MessageSender) => Promise<Res<T>>;
};
/** What `onMessage` takes: a test's stand-in background may answer only the messages it needs. */
export type Handlers = Partial<AllHandlers>;

/**
 * Registers the background's handlers; returns the remover. Answers through `sendResponse` and
 * `return true` because that is the form every browser (and the test fake) delivers.
 */
export function onMessage(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return false;
    const handler = handlers[message.type as MessageType] as (p: unknown, s: typeof sender) => Promise<unknown>;
    handler(message.payload ?? {}, sender).then(sendResponse, (err: unknown) => {
      console.error(`[background] ${message.type} failed`, err);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}
