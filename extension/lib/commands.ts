/**
 * The capture commands: Start, End, Save and Next speaker. The keyboard shortcuts (commands API)
 * and the side panel's buttons and keys all run them here, in the background, so a clip is
 * marked, built and queued one way whichever key was pressed. Runs are queued one after another:
 * each reads the draft, changes it and writes it back, and two at once would lose a change.
 */
import type { Browser } from 'wxt/browser';
import type { ClipInput } from '../../shared/schemas';
import { buildClip, FIELDS, freshDraft, type FieldErrors } from './build-clip';
import { markEdge, type MarkSource } from './clock-marks';
import { loadMessages, pickLanguage, t } from './i18n';
import { isHttpUrl, lookupPlayerTime } from './player';
import type { PlayerLookup } from './protocol';
import {
  capturePrefsItem,
  dialoguesCacheItem,
  draftItem,
  selectedDialogueIdItem,
  uiLanguageItem,
  type CapturePrefs,
  type Draft,
} from './storage';

export const CAPTURE_COMMANDS = ['clip-start', 'clip-end', 'clip-save', 'next-speaker'] as const;
export type CaptureCommand = (typeof CAPTURE_COMMANDS)[number];

export function isCaptureCommand(name: string): name is CaptureCommand {
  return (CAPTURE_COMMANDS as readonly string[]).includes(name);
}

/** What a command left: the draft as now stored, the clip queued if any, or why nothing was. */
export type CommandResult =
  | { ok: true; draft: Draft; savedId: string | null }
  | { ok: false; draft: Draft; errors: FieldErrors; message: string };

export interface CommandOptions {
  /** The player tab (the panel's `?tabId=`, or the tab the shortcut was pressed in). */
  tabId?: number;
  /** The panel's draft, newer than storage while its last keystrokes are being written. */
  draft?: Draft;
}

export interface CommandDeps {
  /** The outbox's add: the same path as the `outbox:add` message. */
  add(clip: ClipInput): Promise<unknown>;
  lookup?(tabId?: number): Promise<PlayerLookup>;
  now?(): number;
  newId?(): string;
}

export interface CommandRunner {
  run(command: CaptureCommand, opts?: CommandOptions): Promise<CommandResult>;
  /** The commands API listener. */
  onCommand(command: string, tab?: Browser.tabs.Tab): void;
  /** Stops following the capture preferences. */
  stop(): void;
}

/** The words of a notice, in the observer's language (read again: the options may have changed it). */
async function loadWords(): Promise<void> {
  const languages = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  await loadMessages(pickLanguage(await uiLanguageItem.getValue(), languages.filter(Boolean)), ['common', 'capture', 'clock']);
}

export function createCommandRunner(deps: CommandDeps): CommandRunner {
  const lookup = deps.lookup ?? lookupPlayerTime;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let queue: Promise<unknown> = Promise.resolve();
  // The clock mode decides whether the player is asked. The last one known (kept current by the
  // watch) lets a key press ask the player at once, beside the storage reads; the mode read now
  // still decides, so a switch whose storage event has not reached us yet is not missed.
  let lastPrefs: CapturePrefs | null = null;
  const unwatch = capturePrefsItem.watch((prefs) => {
    lastPrefs = prefs;
  });

  async function context(command: CaptureCommand, opts: CommandOptions) {
    const needsTime = command !== 'clip-save';
    const early = needsTime && lastPrefs && lastPrefs.mode !== 'wall' ? lookup(opts.tabId) : null;
    early?.catch(() => undefined); // not unhandled when the mode read now does not want it
    const [prefs, stored, dialogueId, dialogues] = await Promise.all([
      capturePrefsItem.getValue(),
      opts.draft ? Promise.resolve(opts.draft) : draftItem.getValue(),
      selectedDialogueIdItem.getValue(),
      dialoguesCacheItem.getValue(),
    ]);
    lastPrefs = prefs;
    const source = async (): Promise<MarkSource> =>
      prefs.mode === 'wall' ? { kind: 'wall' } : { kind: 'player', lookup: await (early ?? lookup(opts.tabId)) };
    return { draft: stored, prefs, dialogueId, dialogue: dialogues.find((d) => d.id === dialogueId), source };
  }
  type Context = Awaited<ReturnType<typeof context>>;

  async function write(draft: Draft): Promise<Draft> {
    await draftItem.setValue(draft);
    return draft;
  }

  async function fail(draft: Draft, errors: FieldErrors, message: string): Promise<CommandResult> {
    return { ok: false, draft: await write({ ...draft, notice: message }), errors, message };
  }

  async function mark(ctx: Context, edge: 'start' | 'end'): Promise<CommandResult> {
    const source = await ctx.source();
    const at = now();
    let next = markEdge(ctx.draft, edge, source, at);
    // A mark on another clock clears the other edge with a notice: word it in the loaded language.
    if (next.notice && next.clock !== ctx.draft.clock) {
      await loadWords();
      next = markEdge(ctx.draft, edge, source, at);
    }
    if (next.notice) return fail(next, {}, next.notice);
    return { ok: true, draft: await write(next), savedId: null };
  }

  /** Queues the draft's clip and starts a new draft (which `after` may mark). */
  async function save(ctx: Context, draft: Draft, after?: (fresh: Draft) => Draft): Promise<CommandResult> {
    const built = buildClip({ draft, dialogueId: ctx.dialogueId, id: newId(), capturedAt: new Date(now()).toISOString() });
    if (!built.ok) {
      await loadWords();
      const first = FIELDS.map((f) => built.errors[f]).find(Boolean)!;
      return fail(draft, built.errors, t('capture.notSavedBecause', { reason: t(first.key, first.params) }));
    }
    try {
      await deps.add(built.clip);
    } catch (err) {
      console.error('[commands] outbox add failed', err);
      await loadWords();
      return fail(draft, {}, t('capture.notQueued'));
    }
    const fresh = freshDraft({ channel: ctx.prefs.channel, dialogue: ctx.dialogue, clock: draft.clock });
    return { ok: true, draft: await write(after ? after(fresh) : fresh), savedId: built.clip.id };
  }

  /**
   * A statement ends when the next begins: the current clip ends now (unless End was already
   * taken) and is saved, and the new draft starts at that same instant with no speaker. With
   * nothing captured yet, it only starts.
   */
  async function nextSpeaker(ctx: Context): Promise<CommandResult> {
    const source = await ctx.source();
    const at = now();
    if (source.kind === 'player' && !source.lookup.ok) return fail(ctx.draft, {}, source.lookup.message);
    const blank = ctx.draft.start.trim() === '' && ctx.draft.speaker.trim() === '';
    if (blank) return { ok: true, draft: await write(markEdge(ctx.draft, 'start', source, at)), savedId: null };
    const ended = ctx.draft.end.trim() === '' ? markEdge(ctx.draft, 'end', source, at) : ctx.draft;
    return save(ctx, ended, (fresh) => markEdge(fresh, 'start', source, at));
  }

  async function runNow(command: CaptureCommand, opts: CommandOptions): Promise<CommandResult> {
    const ctx = await context(command, opts);
    if (command === 'clip-start') return mark(ctx, 'start');
    if (command === 'clip-end') return mark(ctx, 'end');
    if (command === 'clip-save') return save(ctx, ctx.draft);
    return nextSpeaker(ctx);
  }

  function run(command: CaptureCommand, opts: CommandOptions = {}): Promise<CommandResult> {
    const result = queue.then(() => runNow(command, opts));
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    run,
    stop: unwatch,
    onCommand(command, tab) {
      if (!isCaptureCommand(command)) return;
      // The shortcut was pressed in this tab: its player, unless it is no web page (the panel's own tab).
      const tabId = isHttpUrl(tab?.url) ? tab?.id : undefined;
      run(command, { tabId }).catch((err) => console.error(`[commands] ${command} failed`, err));
    },
  };
}
