/**
 * The UN's machine transcript beside the capture form: once Start is on the recording clock of a
 * UN webcast, the background is asked what transcripts.un.org says at that second. The speaker and
 * note are filled only while empty; the note's text carries MACHINE_MARKER so the saved clip shows it
 * is machine-made. A field the observer edits is theirs: no later suggestion, Use aside, touches it.
 */
import { useEffect, useRef } from 'preact/hooks';
// The modules themselves: the transcripts index (its parser) and build-clip would bring zod along.
import { markMachineText } from '../../../shared/transcripts/prefill';
import { clockStamp } from '../../../shared/transcripts/urls';
import { parseTime } from '../../lib/draft-text';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import type { Draft, MachinePrefill } from '../../lib/storage';
import './machine-suggestion.css';

/** What a suggestion would put in each field. */
function filledSpeaker(m: MachinePrefill | null): string | null {
  return m?.speaker ?? null;
}
function filledNote(m: MachinePrefill | null): string | null {
  return m?.text ? markMachineText(m.text) : null;
}

/** The fields still exactly as `m` filled them (not edited by the observer). */
function untouched(d: Draft, m: MachinePrefill | null) {
  return {
    speaker: m !== null && filledSpeaker(m) !== null && d.speaker === filledSpeaker(m),
    note: m !== null && filledNote(m) !== null && d.note === filledNote(m),
  };
}

/**
 * The draft once the transcript has answered `next` for its start. The same statement changes
 * nothing (so a dismissed suggestion stays dismissed); another one replaces the old suggestion in
 * the fields that are empty or still as it filled them; none clears those fields.
 */
export function withSuggestion(d: Draft, next: MachinePrefill | null): Draft {
  const old = d.machine;
  if (old && next && old.source === next.source && old.at === next.at) return d;
  const own = untouched(d, old);
  const speaker = d.speaker.trim() === '' || own.speaker ? (filledSpeaker(next) ?? '') : d.speaker;
  const note = d.note.trim() === '' || own.note ? (filledNote(next) ?? '') : d.note;
  return { ...d, speaker, note, machine: next };
}

/** Use: the suggestion replaces what is in the fields, the observer's text included. */
export function takeSuggestion(d: Draft): Partial<Draft> {
  const m = d.machine;
  return { speaker: filledSpeaker(m) ?? d.speaker, note: filledNote(m) ?? d.note };
}

/**
 * Dismiss: the fields it filled are emptied, the observer's are kept; the suggestion stays, with
 * nothing left to offer, so the same statement is not suggested again.
 */
export function dismissSuggestion(d: Draft): Partial<Draft> {
  const m = d.machine;
  if (!m) return {};
  const own = untouched(d, m);
  return {
    ...(own.speaker ? { speaker: '' } : {}),
    ...(own.note ? { note: '' } : {}),
    machine: { ...m, speaker: null, text: null },
  };
}

/** The first words of a long statement: the whole text is in the note, or a click away. */
function preview(text: string, max = 280): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()} …`;
}

/**
 * What to ask the transcript for, when the draft allows: a webcast page and a start on the recording
 * clock. Whether the page is a UN webcast is the background's call (it answers null otherwise).
 */
function question(d: Draft): { url: string; seconds: number } | null {
  if (d.clock !== 'recording' || !d.url || !/^https?:\/\//i.test(d.url)) return null;
  const seconds = parseTime(d.start);
  return seconds === undefined ? null : { url: d.url, seconds };
}

interface Props {
  draft: Draft;
  update(patch: Partial<Draft>): void;
}

export function MachineSuggestion({ draft, update }: Props) {
  const latest = useRef(draft);
  latest.current = draft;
  const asked = question(draft);
  const key = asked ? `${asked.url}\n${asked.seconds}` : null;
  /** The last question asked in this panel: a first one may only find the draft as it was left. */
  const lastAsked = useRef<string | null>(null);

  useEffect(() => {
    if (!asked) return;
    const moved = lastAsked.current !== null;
    lastAsked.current = key;
    let live = true;
    sendToBackground('transcript:suggest', asked)
      .then((next) => {
        // Opening the panel offline must not throw away what an earlier answer filled in: "nothing"
        // clears a suggestion only once Start has moved while the panel is open.
        if (!live || (next === null && !moved)) return;
        const d = latest.current;
        const after = withSuggestion(d, next);
        // Only the fields the answer changes: `d` is the last render, and the observer may have
        // typed since (e.g. the next speaker's name right after Alt+N); the rest must stay theirs.
        const patch: Partial<Draft> = {};
        if (after.speaker !== d.speaker) patch.speaker = after.speaker;
        if (after.note !== d.note) patch.note = after.note;
        if (after.machine !== d.machine) patch.machine = after.machine;
        if (Object.keys(patch).length > 0) update(patch);
      })
      .catch(() => undefined); // no background answer: capture goes on without a suggestion
    return () => {
      live = false;
    };
  }, [key]);

  const m = draft.machine;
  if (!m || (m.speaker === null && m.text === null)) return null;
  const own = untouched(draft, m);
  const canUse = (m.speaker !== null && !own.speaker) || (m.text !== null && !own.note);
  return (
    <section class="machine" aria-labelledby="machine-title" data-testid="machine-suggestion">
      <h2 id="machine-title">{t('transcripts.title')}</h2>
      <p class="machine-lead">{own.speaker || own.note ? t('transcripts.filled') : t('transcripts.suggests')}</p>
      <dl>
        {m.speaker !== null && (
          <div>
            <dt>{t('transcripts.speaker')}</dt>
            <dd dir="auto">
              {m.speaker} {own.speaker && <span class="machine-state">{t('transcripts.inField')}</span>}
            </dd>
          </div>
        )}
        {m.text !== null && (
          <div>
            <dt>{t('transcripts.text')}</dt>
            <dd dir="auto" class="machine-text">
              {preview(m.text)} {own.note && <span class="machine-state">{t('transcripts.inField')}</span>}
            </dd>
          </div>
        )}
      </dl>
      <div class="actions">
        {canUse && (
          <button type="button" aria-describedby="machine-title" onClick={() => update(takeSuggestion(latest.current))}>
            {t('transcripts.use')}
          </button>
        )}
        <button type="button" aria-describedby="machine-title" onClick={() => update(dismissSuggestion(latest.current))}>
          {t('transcripts.dismiss')}
        </button>
        <a href={m.source} target="_blank" rel="noreferrer">
          {t('transcripts.open', { time: clockStamp(m.at) })}
        </a>
      </div>
    </section>
  );
}
