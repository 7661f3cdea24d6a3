/**
 * How the outbox and the recent clips show an entry: its state (a sent clip's queued edit is named
 * as an edit), the server's reason when it refused it, and what the observer may still do with it.
 */
import { t } from '../../lib/i18n';
import type { OutboxEntry } from '../../lib/storage';
import { problemText } from './clip-words';

export type EntryState = 'waiting' | 'sending' | 'failed';
export const stateOf = (e: OutboxEntry): EntryState => (e.state === 'failed' ? 'failed' : e.sending ? 'sending' : 'waiting');

/** The server's reason for refusing a clip, each field named in plain words. */
export function Reason({ entry }: { entry: OutboxEntry }) {
  // A sent clip's edit refused for good: why, in the observer's words (the server's are English).
  const why = entry.refusal && <p class="reasons">{t(`outbox.refusal.${entry.refusal}`)}</p>;
  if (entry.problems?.length) {
    return (
      <>
        {why}
        <ul class="reasons">
          {entry.problems.map((p, i) => (
            <li key={i}>{problemText(p)}</li>
          ))}
        </ul>
      </>
    );
  }
  return why || (entry.lastError ? <p class="reasons">{entry.lastError}</p> : null);
}

/** What a list names an entry's state: a sent clip's queued edit is not a clip waiting to be sent. */
export const stateText = (e: OutboxEntry, state: EntryState) => t(e.onServer ? `outbox.editState.${state}` : `outbox.state.${state}`);

/** Only an edit the server refused for its values may be edited again; the others would be refused again. */
export const mayEdit = (e: OutboxEntry) => !e.refusal || e.refusal === 'invalid';
