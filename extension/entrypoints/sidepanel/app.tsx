import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import type { Dialogue } from '../../../shared/schemas';
import { formatSeconds } from '../../lib/player';
import { sendToBackground } from '../../lib/protocol';
import {
  dialoguesCacheItem,
  EMPTY_SYNC,
  outboxItem,
  selectedDialogueIdItem,
  settingsItem,
  syncStatusItem,
  type OutboxEntry,
} from '../../lib/storage';
import { buildClip, type Field, type FieldErrors } from '../../lib/build-clip';
import { ClockMode } from './clock-mode';
import { DialoguePicker } from './dialogue-picker';
import { OutboxPanel } from './outbox-panel';
import { QuotesPanel } from './quotes-panel';
import { useDraft } from './use-draft';
import { useStored } from './use-stored';

type Message = { tone: 'ok' | 'error' | 'warn'; text: string } | null;

/** `?tabId=N` when the panel is opened as a tab for a given player tab. */
function tabIdFromUrl(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) ? n : undefined;
}

/** The review page in a tab, on the chosen dialogue when there is one. */
function openReview(dialogueId: string) {
  const query = dialogueId ? `?dialogue=${encodeURIComponent(dialogueId)}` : '';
  return browser.tabs.create({ url: browser.runtime.getURL('/review.html') + query });
}

const FIELD_IDS: Record<Field, string> = {
  dialogueId: 'dialogue',
  start: 'start',
  end: 'end',
  speaker: 'speaker',
  tags: 'tags',
  note: 'note',
};

export function SidePanelApp() {
  const [draft, updateDraft, clearDraft] = useDraft();
  const entries = useStored<OutboxEntry[]>(outboxItem, []);
  const sync = useStored(syncStatusItem, EMPTY_SYNC);
  const settings = useStored(settingsItem, null);
  const [dialogueId, setDialogueId] = useState('');
  const [dialogues, setDialogues] = useState<Dialogue[]>([]);
  const [loadMessage, setLoadMessage] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<Message>(null);
  const [sending, setSending] = useState(false);
  const tabId = useRef(tabIdFromUrl());

  const loadDialogues = useCallback(async () => {
    setLoading(true);
    try {
      const res = await sendToBackground('dialogues:list', {});
      setDialogues(res.dialogues);
      setLoadMessage(res.ok ? null : `Could not load dialogues: ${res.message}`);
    } catch {
      setLoadMessage('Could not load dialogues: the extension background did not answer.');
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void selectedDialogueIdItem.getValue().then(setDialogueId);
    void dialoguesCacheItem.getValue().then((cached) => setDialogues((d) => (d.length ? d : cached)));
    void loadDialogues();
  }, [loadDialogues]);

  const chooseDialogue = (id: string) => {
    setDialogueId(id);
    setErrors(({ dialogueId: _, ...rest }) => rest);
    void selectedDialogueIdItem.setValue(id);
  };

  const mark = useCallback(
    async (edge: 'start' | 'end') => {
      setMessage(null);
      try {
        const res = await sendToBackground('player:time', tabId.current === undefined ? {} : { tabId: tabId.current });
        if (!res.ok) {
          setMessage({ tone: 'error', text: res.message });
          return;
        }
        updateDraft({ [edge]: formatSeconds(res.time.currentTime), ...(res.url ? { url: res.url } : {}), notice: null });
        setErrors(({ [edge]: _, ...rest }) => rest);
        if (res.time.live) setMessage({ tone: 'warn', text: 'This is a live stream: its times are not yet on the recording clock.' });
      } catch {
        setMessage({ tone: 'error', text: 'The extension background did not answer. Try again.' });
      }
    },
    [updateDraft],
  );

  const save = useCallback(async () => {
    const built = buildClip({ draft, dialogueId, id: crypto.randomUUID(), capturedAt: new Date().toISOString() });
    if (!built.ok) {
      setErrors(built.errors);
      setMessage({ tone: 'error', text: 'The clip was not saved: check the fields marked below.' });
      const first = (Object.keys(FIELD_IDS) as Field[]).find((f) => built.errors[f]);
      if (first) document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    setErrors({});
    try {
      await sendToBackground('outbox:add', { clip: built.clip });
      clearDraft();
      setMessage({ tone: 'ok', text: 'Clip saved to the outbox.' });
      document.getElementById('start-button')?.focus();
    } catch {
      setMessage({ tone: 'error', text: 'The clip could not be queued: the extension background did not answer. Your draft is kept.' });
    }
  }, [draft, dialogueId, clearDraft]);

  const sendNow = async () => {
    setSending(true);
    try {
      await sendToBackground('outbox:flush', { force: true });
    } finally {
      setSending(false);
    }
  };

  // The listener is registered once and reads the latest callbacks: effects run after paint, so
  // a re-registered listener could still see the draft of the previous render.
  const latest = useRef({ mark, save });
  latest.current = { mark, save };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const plainAlt = e.altKey && !e.ctrlKey && !e.metaKey;
      if (plainAlt && (e.code === 'KeyS' || e.key === 's')) void latest.current.mark('start');
      else if (plainAlt && (e.code === 'KeyE' || e.key === 'e')) void latest.current.mark('end');
      else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') void latest.current.save();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onSubmit = (e: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    void save();
  };

  const field = (name: Field) => ({
    id: FIELD_IDS[name],
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `${FIELD_IDS[name]}-error` : undefined,
  });
  const fieldError = (name: Field) =>
    errors[name] ? (
      <p id={`${FIELD_IDS[name]}-error`} class="field-error">
        {errors[name]}
      </p>
    ) : null;
  const notice = message ?? (draft.notice ? { tone: 'warn' as const, text: draft.notice } : null);

  return (
    <main>
      <div class="title-row">
        <h1>Capture a clip</h1>
        <button type="button" class="small" onClick={() => void openReview(dialogueId)} title="Open the team's record in a tab">
          Review
        </button>
      </div>
      {settings && !settings.token && (
        <p class="status warn">
          No API token yet.{' '}
          <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
            Open the settings
          </a>
        </p>
      )}
      <ClockMode />
      <form onSubmit={onSubmit} noValidate>
        <DialoguePicker
          dialogues={dialogues}
          value={dialogueId}
          error={errors.dialogueId}
          loadMessage={loadMessage}
          loading={loading}
          onChange={chooseDialogue}
          onReload={() => void loadDialogues()}
        />
        <div class="row">
          <div>
            <label for="start">Start (s)</label>
            <input {...field('start')} inputMode="decimal" value={draft.start} onInput={(e) => updateDraft({ start: e.currentTarget.value })} />
          </div>
          <button type="button" id="start-button" title="Alt+S" aria-keyshortcuts="Alt+S" onClick={() => void mark('start')}>
            Start
          </button>
        </div>
        {fieldError('start')}
        <div class="row">
          <div>
            <label for="end">End (s)</label>
            <input {...field('end')} inputMode="decimal" value={draft.end} onInput={(e) => updateDraft({ end: e.currentTarget.value })} />
          </div>
          <button type="button" title="Alt+E" aria-keyshortcuts="Alt+E" onClick={() => void mark('end')}>
            End
          </button>
        </div>
        {fieldError('end')}
        {/* Speakers, tags and notes may be typed in Arabic: dir="auto" gives each field its text's direction. */}
        <label for="speaker">Speaker</label>
        <input {...field('speaker')} dir="auto" autoComplete="off" value={draft.speaker} onInput={(e) => updateDraft({ speaker: e.currentTarget.value })} />
        {fieldError('speaker')}
        <label for="tags">Tags</label>
        <input {...field('tags')} dir="auto" autoComplete="off" value={draft.tags} onInput={(e) => updateDraft({ tags: e.currentTarget.value })} aria-describedby={errors.tags ? 'tags-error' : 'tags-hint'} />
        <p id="tags-hint" class="hint">Separate tags with commas.</p>
        {fieldError('tags')}
        <label for="note">Note</label>
        <textarea {...field('note')} dir="auto" value={draft.note} onInput={(e) => updateDraft({ note: e.currentTarget.value })} />
        {fieldError('note')}
        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
        </div>
        <p class="muted">
          Keys: <kbd>Alt</kbd>+<kbd>S</kbd> start, <kbd>Alt</kbd>+<kbd>E</kbd> end, <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save.
        </p>
      </form>
      <div role="status" aria-live="polite" class={`status ${notice?.tone ?? ''}`} data-testid="capture-message">
        {notice?.text ?? ''}
      </div>
      <OutboxPanel entries={entries} sync={sync} sending={sending} onSendNow={() => void sendNow()} />
      <QuotesPanel />
    </main>
  );
}
