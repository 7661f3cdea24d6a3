import { createCommandRunner } from '../../../extension/lib/commands';
import { onMessage, type Handlers, type PlayerLookup } from '../../../extension/lib/protocol';
import type { ClipInput } from '../../../shared/schemas';
import { DIALOGUE } from './fixtures';

/** A player at `seconds` on the fixture webcast. */
export function playerAt(seconds: number): PlayerLookup {
  return { ok: true, tabId: 7, url: DIALOGUE.webcastUrl, time: { currentTime: seconds, duration: 3600, paused: false, live: false } };
}

/** The stand-in player's time; while `gate` is pending, the player does not answer. */
export interface PlayerClock {
  seconds: number;
  gate?: Promise<void>;
}

/**
 * A stand-in background for the side panel: the real command runner (it builds and checks the
 * clip) on a player that answers `time.seconds` and an outbox that collects into `added`.
 */
export function captureBackground(opts: { added: ClipInput[]; time?: PlayerClock; overrides?: Handlers }) {
  const time = opts.time ?? { seconds: 75.34 };
  const add = async (clip: ClipInput) => {
    opts.added.push(clip);
    return { waiting: opts.added.length, failed: 0 };
  };
  const commands = createCommandRunner({
    add,
    lookup: async () => {
      await time.gate;
      return playerAt(time.seconds);
    },
  });
  return onMessage({
    'outbox:add': async ({ clip }) => add(clip),
    'capture:command': ({ command, tabId, draft }) => commands.run(command, { tabId, draft }),
    'outbox:flush': async () => ({ waiting: 0, failed: 0 }),
    'outbox:state': async () => ({ waiting: 0, failed: 0 }),
    'dialogues:list': async () => ({ ok: true, dialogues: [DIALOGUE] }),
    ...opts.overrides,
  });
}
