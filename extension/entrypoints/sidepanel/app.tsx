import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/protocol';
import { capturePrefsItem, EMPTY_SYNC, outboxItem, settingsItem, syncStatusItem, type OutboxEntry } from '../../lib/storage';
import { editEdge } from '../../lib/clock-marks';
import { CaptureForm } from './capture-form';
import { ClockMode } from './clock-mode';
import { MachineSuggestion } from './machine-suggestion';
import { OutboxPanel } from './outbox-panel';
import { QuotesPanel } from './quotes-panel';
import { useCapture } from './use-capture';
import { useDialogues } from './use-dialogues';
import { useDraft } from './use-draft';
import { useStored } from './use-stored';
import './capture.css';

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

export function SidePanelApp() {
  const controls = useDraft();
  const { draft, update } = controls;
  const tabId = useRef(tabIdFromUrl());
  const capture = useCapture(controls, tabId.current);
  const dialogues = useDialogues();
  const entries = useStored<OutboxEntry[]>(outboxItem, []);
  const sync = useStored(syncStatusItem, EMPTY_SYNC);
  const settings = useStored(settingsItem, null);
  const [sending, setSending] = useState(false);

  const chooseDialogue = (id: string) => {
    dialogues.choose(id);
    capture.clearError('dialogueId');
    // A clip not begun yet starts with the dialogue's default tag.
    const chosen = dialogues.dialogues.find((d) => d.id === id);
    const current = controls.latest();
    if (chosen?.defaultTag && current.tags.trim() === '' && current.start === '' && current.speaker === '') update({ tags: chosen.defaultTag });
  };

  const chooseChannel = (channel: string) => {
    update({ channel });
    void capturePrefsItem.getValue().then((prefs) => capturePrefsItem.setValue({ ...prefs, channel }));
  };

  const sendNow = async () => {
    setSending(true);
    try {
      await sendToBackground('outbox:flush', { force: true });
    } finally {
      setSending(false);
    }
  };

  const notice = capture.message ?? (draft.notice ? { tone: 'warn' as const, text: draft.notice } : null);

  return (
    <main>
      <div class="title-row">
        <h1>{t('capture.title')}</h1>
        <button type="button" class="small" onClick={() => void openReview(dialogues.dialogueId)} title={t('capture.reviewTitle')}>
          {t('capture.review')}
        </button>
      </div>
      {settings && !settings.token && (
        <p class="status warn">
          {t('capture.noToken')}{' '}
          <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
            {t('capture.openSettings')}
          </a>
        </p>
      )}
      <ClockMode />
      <CaptureForm
        draft={draft}
        errors={capture.errors}
        dialogues={dialogues}
        onDialogue={chooseDialogue}
        onChange={(field, value) => {
          // A typed live time moves its wall-clock mark with it (clock-marks.ts).
          update(field === 'start' || field === 'end' ? editEdge(controls.latest(), field, value) : { [field]: value });
          if (capture.errors[field]) capture.clearError(field);
        }}
        onChannel={chooseChannel}
        run={(command) => void capture.run(command)}
      />
      <MachineSuggestion draft={draft} update={update} />
      <div role="status" aria-live="polite" class={`status ${notice?.tone ?? ''}`} data-testid="capture-message">
        {notice?.text ?? ''}
      </div>
      <OutboxPanel entries={entries} sync={sync} sending={sending} onSendNow={() => void sendNow()} />
      <QuotesPanel />
    </main>
  );
}
