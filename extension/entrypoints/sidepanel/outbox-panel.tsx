import type { OutboxEntry, SyncStatus } from '../../lib/storage';
import { summarize } from '../../lib/outbox';

interface Props {
  entries: OutboxEntry[];
  sync: SyncStatus;
  sending: boolean;
  onSendNow(): void;
}

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function outboxText(entries: OutboxEntry[]): string {
  const { waiting, failed } = summarize(entries);
  const main = waiting > 0 ? `${waiting} waiting` : 'All sent';
  return failed > 0 ? `${main}, ${failed} failed` : main;
}

export function OutboxPanel({ entries, sync, sending, onSendNow }: Props) {
  const waiting = entries.filter((e) => e.state === 'waiting');
  const failed = entries.filter((e) => e.state === 'failed');
  const nextTry = Math.min(...waiting.map((e) => e.nextAttemptAt));
  return (
    <section class="box" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Outbox</h2>
      <p data-testid="outbox-status" role="status" aria-live="polite">
        {outboxText(entries)}
      </p>
      {waiting.length > 0 && sync.lastError && (
        <p class="muted" data-testid="outbox-detail">
          {sentence(sync.lastError)}
          {Number.isFinite(nextTry) && nextTry > Date.now() ? ` Next try at ${clock(nextTry)}.` : ''}
        </p>
      )}
      {failed.length > 0 && (
        <>
          <p class="muted">The server refused these clips; they stay here so nothing is lost:</p>
          <ul class="failed-list" data-testid="outbox-failed">
            {failed.map((e) => (
              <li key={e.clip.id}>
                {e.clip.speaker}
                {e.clip.kind === 'webcast' ? ` at ${e.clip.start} s` : ''}: {e.lastError}
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="actions">
        <button type="button" onClick={onSendNow} aria-busy={sending ? 'true' : undefined}>
          Send now
        </button>
      </div>
    </section>
  );
}
