/**
 * The review page: the team's dialogues, then one dialogue's record. The dialogue is in the URL
 * (`?dialogue=<id>`) so that a reviewer can reload or bookmark it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { sendToBackground, type ReviewTeam } from '../../lib/protocol';
import type { ReviewDialogue } from '../../lib/review-schemas';
import { DialogueList, dialogueHref } from './dialogue-list';
import { ClockSettings } from './clock-settings';
import { ExportsPanel } from './exports-panel';
import { RecordView } from './timeline';

function dialogueFromUrl(): string | null {
  return new URLSearchParams(location.search).get('dialogue') || null;
}

const OK_MESSAGE_MS = 12_000;
/**
 * What the page asks once on opening (the team: the reviewer's actions; the dialogues: title,
 * webcast, recording start) is asked again if it fails, then after these waits.
 */
const RETRY_MS = [1_000, 3_000, 10_000, 30_000];

interface Live {
  text: string;
  tone: 'ok' | 'error';
}

export function ReviewApp() {
  const [dialogueId, setDialogueId] = useState(dialogueFromUrl);
  const [dialogues, setDialogues] = useState<ReviewDialogue[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [team, setTeam] = useState<ReviewTeam | null>(null);
  const [live, setLive] = useState<Live | null>(null);
  const flip = useRef(false);

  // The same words twice must still be heard: alternate an invisible character to change the text.
  const clearTimer = useRef<ReturnType<typeof setTimeout>>();
  const announce = useCallback((text: string, tone: 'ok' | 'error' = 'ok') => {
    flip.current = !flip.current;
    setLive({ text: flip.current ? text : `${text}\u200b`, tone });
    // It floats over the page: a confirmation goes after a while, an error stays until the next message.
    clearTimeout(clearTimer.current);
    if (tone === 'ok') clearTimer.current = setTimeout(() => setLive(null), OK_MESSAGE_MS);
  }, []);
  useEffect(() => () => clearTimeout(clearTimer.current), []);

  /** Resolves true once the dialogues arrived. */
  const loadDialogues = useCallback(async () => {
    try {
      const res = await sendToBackground('review:dialogues', {});
      if (res.ok) {
        setDialogues(res.value);
        setListError(null);
      } else setListError(res.message);
      return res.ok;
    } catch {
      setListError(t('common.backgroundSilent'));
      return false;
    }
  }, []);

  // A team once known is never dropped: a later failed ask keeps the reviewer's actions.
  const loadTeam = useCallback(async () => {
    const res = await sendToBackground('review:team', {}).catch(() => null);
    if (res?.ok) setTeam(res.value);
    return res?.ok === true;
  }, []);

  useEffect(() => {
    // A busy or just-woken background may fail the first ask.
    const timers: ReturnType<typeof setTimeout>[] = [];
    let closed = false;
    const askUntilAnswered = (ask: () => Promise<boolean>, attempt = 0) =>
      void ask().then((ok) => {
        const wait = RETRY_MS[attempt];
        if (!ok && !closed && wait !== undefined) timers.push(setTimeout(() => askUntilAnswered(ask, attempt + 1), wait));
      });
    askUntilAnswered(loadDialogues);
    askUntilAnswered(loadTeam);
    const onPop = () => setDialogueId(dialogueFromUrl());
    addEventListener('popstate', onPop);
    return () => {
      removeEventListener('popstate', onPop);
      closed = true;
      timers.forEach(clearTimeout);
    };
  }, [loadDialogues, loadTeam]);

  // A new view starts at its heading, so screen readers hear where they are.
  useEffect(() => {
    document.getElementById('page-heading')?.focus();
    if (!dialogueId) document.title = t('review.listTitle');
  }, [dialogueId]);

  const go = (id: string | null) => {
    history.pushState(null, '', id ? dialogueHref(id) : location.pathname);
    setDialogueId(id);
    setLive(null);
    // Counts change while reviewing; the list shows them fresh.
    if (!id) void loadDialogues();
  };

  return (
    <main class="review">
      {dialogueId ? (
        <>
          <RecordView
            key={dialogueId}
            dialogueId={dialogueId}
            dialogue={dialogues?.find((d) => d.id === dialogueId) ?? null}
            team={team}
            announce={announce}
            onBack={() => go(null)}
          />
          <ExportsPanel key={`exports-${dialogueId}`} dialogueId={dialogueId} team={team} announce={announce} />
          <ClockSettings key={`clock-${dialogueId}`} dialogueId={dialogueId} dialogue={dialogues?.find((d) => d.id === dialogueId) ?? null} team={team} announce={announce} />
        </>
      ) : (
        <DialogueList dialogues={dialogues} error={listError} onOpen={go} onReload={() => void loadDialogues()} />
      )}
      <div role="status" aria-live="polite" class={`status live ${live?.tone ?? ''}`} data-testid="review-live">
        {live?.text ?? ''}
      </div>
    </main>
  );
}
