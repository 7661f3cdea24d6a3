/** Small pieces the review page repeats: badges that say in words what their colour shows. */
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { InterventionStatus } from '../../lib/review-schemas';
import { statusLabel } from './labels';

export function LockMark({ field }: { field: string }) {
  return (
    <span class="lock" title={t('review.lockedTitle', { field })}>
      <svg viewBox="0 0 12 14" width="11" height="13" aria-hidden="true" focusable="false">
        <path d="M3 6V4a3 3 0 0 1 6 0v2h1v8H2V6h1zm1.5 0h3V4a1.5 1.5 0 0 0-3 0v2z" fill="currentColor" />
      </svg>
      <span class="sr-only">{t('review.locked')}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: InterventionStatus }) {
  return (
    <span class={`badge status-${status}`} data-testid="status">
      <span class="sr-only">{t('review.statusPrefix')} </span>
      {statusLabel(status)}
    </span>
  );
}

export function Badge({ tone, children, testId }: { tone: 'conflict' | 'new' | 'unknown' | 'dissent'; children: ComponentChildren; testId?: string }) {
  const icon = tone === 'conflict' || tone === 'dissent' ? '!' : tone === 'new' ? '+' : '?';
  return (
    <span class={`badge badge-${tone}`} data-testid={testId}>
      <span aria-hidden="true" class="badge-icon">
        {icon}
      </span>
      {children}
    </span>
  );
}
