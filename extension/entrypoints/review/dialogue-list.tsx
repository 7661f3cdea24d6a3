/** Finding a dialogue: each with its counts of interventions by status. */
import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { formatNumber, t } from '../../lib/i18n';
import { INTERVENTION_STATUSES, type ReviewDialogue } from '../../lib/review-schemas';
import { formatDay, statusLabel } from './labels';

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
        {t('review.listHeading')}
      </h1>
      <p class="muted">{t('review.listIntro')}</p>
      {error && (
        <p class="status error" data-testid="list-error">
          {t('review.listError', { error })}{' '}
          <button type="button" class="small" onClick={onReload}>
            {t('review.tryAgain')}
          </button>{' '}
          <button type="button" class="small" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('review.openSettings')}
          </button>
        </p>
      )}
      {!dialogues && !error && <p class="muted">{t('review.listLoading')}</p>}
      {dialogues && dialogues.length === 0 && <p>{t('review.listEmpty')}</p>}
      {dialogues && dialogues.length > 0 && (
        <div class="table-wrap">
          <table class="dialogues">
            <caption class="sr-only">{t('review.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.colDialogue')}</th>
                <th scope="col">{t('review.colDate')}</th>
                {INTERVENTION_STATUSES.map((s) => (
                  <th scope="col" key={s} class="num">
                    {statusLabel(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dialogues.map((d) => (
                <tr key={d.id} data-testid="dialogue-row">
                  <th scope="row">
                    <a href={dialogueHref(d.id)} onClick={open(d.id)}>
                      <bdi>{d.title}</bdi>
                    </a>
                  </th>
                  <td>
                    <time dateTime={d.date}>{formatDay(d.date)}</time>
                  </td>
                  {INTERVENTION_STATUSES.map((s) => (
                    <td key={s} class={`num${d.counts?.[s] ? '' : ' zero'}`} data-status={s}>
                      {d.counts ? formatNumber(d.counts[s]) : '–'}
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
