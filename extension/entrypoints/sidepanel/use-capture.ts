import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors, Field } from '../../lib/build-clip';
import type { CaptureCommand } from '../../lib/commands';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import type { Draft } from '../../lib/storage';
import type { DraftControls } from './use-draft';

export type Message = { tone: 'ok' | 'error' | 'warn'; text: string } | null;

/** The form's fields in page order, with their elements' ids (the first wrong one gets the focus). */
export const FIELD_IDS: Record<Field, string> = {
  dialogueId: 'dialogue',
  start: 'start',
  end: 'end',
  speaker: 'speaker',
  tags: 'tags',
  note: 'note',
};

const focus = (id: string) => document.getElementById(id)?.focus();

/**
 * Runs Start, End, Save and Next speaker in the background (the same commands as the keyboard
 * shortcuts), with the panel's newest draft, and shows what came of it.
 */
export function useCapture(controls: DraftControls, tabId: number | undefined) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<Message>(null);

  const run = useCallback(
    async (command: CaptureCommand) => {
      setMessage(null);
      controls.begin();
      let answer: Draft | undefined;
      try {
        const res = await sendToBackground('capture:command', { command, draft: controls.latest(), ...(tabId === undefined ? {} : { tabId }) });
        answer = res.draft;
        // Where the next key belongs, unless the observer is already typing on.
        const typed = controls.done(answer);
        const moveOn = (id: string) => typed || focus(id);
        if (!res.ok) {
          setErrors(res.errors);
          const first = (Object.keys(FIELD_IDS) as Field[]).find((f) => res.errors[f]);
          setMessage({ tone: 'error', text: first ? t('capture.notSavedCheck') : res.message });
          if (first) focus(FIELD_IDS[first]);
          return;
        }
        if (command === 'clip-start' || command === 'clip-end') {
          const edge = command === 'clip-start' ? 'start' : 'end';
          setErrors(({ [edge]: _, ...rest }) => rest);
        } else if (res.savedId) {
          setErrors({});
          setMessage({ tone: 'ok', text: command === 'next-speaker' ? t('capture.savedNext', { time: res.draft.start }) : t('capture.saved') });
          moveOn(command === 'next-speaker' ? 'speaker' : 'start-button');
        } else if (command === 'next-speaker') {
          moveOn('speaker');
        }
      } catch {
        if (answer === undefined) controls.done(undefined);
        const saving = command === 'clip-save' || command === 'next-speaker';
        setMessage({ tone: 'error', text: saving ? t('capture.notQueuedSilent') : t('common.backgroundSilent') });
      }
    },
    [controls, tabId],
  );

  // Registered once, reading the newest `run`: effects run after paint, so a re-registered
  // listener could still hold the previous render's.
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const plainAlt = e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
      let command: CaptureCommand | null = null;
      if (plainAlt && e.code === 'KeyS') command = 'clip-start';
      else if (plainAlt && e.code === 'KeyE') command = 'clip-end';
      else if (plainAlt && e.code === 'KeyN') command = 'next-speaker';
      else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') command = 'clip-save';
      if (!command) return;
      e.preventDefault();
      void latest.current(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const clearError = useCallback((field: Field) => setErrors(({ [field]: _, ...rest }) => rest), []);
  return { errors, message, setMessage, run, clearError };
}
