/**
 * Which clock the observer's times are on (the recording, a live player, or the wall clock), the
 * switch between the webcast player and the wall clock, and in wall-clock mode the dialogue's
 * start time that places the clips. Reads and writes only storage, so it mounts with one line.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Clock, Dialogue } from '../../../shared/schemas';
import { currentLanguage, t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import {
  capturePrefsItem,
  DEFAULT_CAPTURE_PREFS,
  dialoguesCacheItem,
  draftItem,
  EMPTY_DRAFT,
  selectedDialogueIdItem,
  type CaptureMode,
} from '../../lib/storage';
import './clock-mode.css';
import { useStored } from './use-stored';

/** How often the panel asks the player whether it is live, so Live shows before Start is pressed. */
const PROBE_MS = 5_000;

function tabIdFromUrl(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) ? n : undefined;
}

/** The player's clock as last seen, or null while no player answered. */
function usePlayerClock(enabled: boolean): Clock | null {
  const [clock, setClock] = useState<Clock | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const tabId = tabIdFromUrl();
    const probe = async () => {
      if (document.visibilityState === 'hidden') return;
      try {
        const res = await sendToBackground('player:time', tabId === undefined ? {} : { tabId });
        if (live) setClock(res.ok ? (res.time.live ? 'live' : 'recording') : null);
      } catch {
        // The background did not answer; the marks still say which clock they are on.
      }
    };
    void probe();
    const timer = setInterval(() => void probe(), PROBE_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [enabled]);
  return clock;
}

/** A wall-clock mode change carries the empty draft's clock with it, so the inputs take the right times. */
async function switchMode(mode: CaptureMode): Promise<void> {
  const prefs = await capturePrefsItem.getValue();
  await capturePrefsItem.setValue({ ...prefs, mode });
  const draft = await draftItem.getValue();
  const clock: Clock = mode === 'wall' ? 'wall' : 'recording';
  // A draft with times keeps them: its next mark clears the edge on the other clock, with a notice.
  if (draft.start.trim() === '' && draft.end.trim() === '' && draft.clock !== clock) await draftItem.setValue({ ...draft, clock });
}

function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString(currentLanguage(), { dateStyle: 'medium', timeStyle: 'medium' });
}

export function ClockMode() {
  const prefs = useStored(capturePrefsItem, DEFAULT_CAPTURE_PREFS);
  const draft = useStored(draftItem, EMPTY_DRAFT);
  const dialogueId = useStored(selectedDialogueIdItem, '');
  const dialogues = useStored<Dialogue[]>(dialoguesCacheItem, []);
  const wallMode = prefs.mode === 'wall';
  const probed = usePlayerClock(!wallMode);

  const marked = draft.start.trim() !== '' || draft.end.trim() !== '';
  // The marks know best; before any, the player's answer; in wall mode, the wall clock.
  const clock: Clock = wallMode ? 'wall' : marked && draft.clock !== 'wall' ? draft.clock : (probed ?? 'recording');
  const dialogue = dialogues.find((d) => d.id === dialogueId);
  const names: Record<Clock, [string, string]> = {
    recording: [t('clock.mode.recording'), t('clock.mode.recordingHint')],
    live: [t('clock.mode.live'), t('clock.mode.liveHint')],
    wall: [t('clock.mode.wall'), t('clock.mode.wallHint')],
  };

  return (
    <section class="clock-mode" aria-label={t('clock.mode.heading')}>
      <p class="clock-now" role="status">
        <span class={`clock-badge ${clock}`} data-testid="clock-mode" data-clock={clock}>
          {names[clock][0]}
        </span>
        <span class="hint">{names[clock][1]}</span>
      </p>
      <fieldset>
        <legend>{t('clock.mode.switchLabel')}</legend>
        {(['player', 'wall'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="clock-mode"
              value={mode}
              data-testid={`clock-mode-${mode}`}
              checked={prefs.mode === mode}
              onChange={() => void switchMode(mode)}
            />
            {t(mode === 'wall' ? 'clock.mode.wallOption' : 'clock.mode.player')}
          </label>
        ))}
      </fieldset>
      {wallMode && (
        <p class={`clock-start ${dialogue?.recordingStartedAt ? '' : 'warn'}`} data-testid="clock-recording-start">
          {!dialogue
            ? t('clock.wall.noDialogue')
            : dialogue.recordingStartedAt
              ? t('clock.wall.recordingStart', { time: formatInstant(dialogue.recordingStartedAt) })
              : t('clock.wall.noRecordingStart')}
        </p>
      )}
    </section>
  );
}
