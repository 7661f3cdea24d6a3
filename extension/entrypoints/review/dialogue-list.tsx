/** Finding a dialogue: each with its counts of interventions by status. */
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { INTERVENTION_STATUSES, type ReviewDialogue } from '../../lib/review-schemas';
import { STATUS_LABELS } from './labels';

interface Props {
  dialogues: ReviewDialogue[] | null;
  error: string | null;
  onOpen(id: string): void;
  onReload(): void;
}

export function dialogueHref(id: string): string {
  return `?dialogue=${encodeURIComponent(id)}`;
}

export function DialogueList({ dialogues, error, onOpen, onReload }: Props) {
  const open = (id: string) => (e: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    // A plain click stays in the page; a middle or modified click opens a tab as links do.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(id);
  };
  return (
    <>
      <h1 tabIndex={-1} id="page-heading">
        Review dialogues
      </h1>
      <p class="muted">Choose a dialogue to review its record.</p>
      {error && (
        <p class="status error" data-testid="list-error">
          Could not load the dialogues: {error}{' '}
          <button type="button" class="small" onClick={onReload}>
            Try again
          </button>{' '}
          <button type="button" class="small" onClick={() => void browser.runtime.openOptionsPage()}>
            Open the settings
          </button>
        </p>
      )}
      {!dialogues && !error && <p class="muted">Loading dialogues…</p>}
      {dialogues && dialogues.length === 0 && <p>No dialogues yet. An admin creates them.</p>}
      {dialogues && dialogues.length > 0 && (
        <div class="table-wrap">
          <table class="dialogues">
            <caption class="sr-only">Dialogues, with their interventions counted by status</caption>
            <thead>
              <tr>
                <th scope="col">Dialogue</th>
                <th scope="col">Date</th>
                {INTERVENTION_STATUSES.map((s) => (
                  <th scope="col" key={s} class="num">
                    {STATUS_LABELS[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dialogues.map((d) => (
                <tr key={d.id} data-testid="dialogue-row">
                  <th scope="row">
                    <a href={dialogueHref(d.id)} onClick={open(d.id)}>
                      {d.title}
                    </a>
                  </th>
                  <td>
                    <time dateTime={d.date}>{d.date}</time>
                  </td>
                  {INTERVENTION_STATUSES.map((s) => (
                    <td key={s} class={`num${d.counts?.[s] ? '' : ' zero'}`} data-status={s}>
                      {d.counts ? d.counts[s] : '–'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
