/** Words the review page shows for the API's values. */
import type { MemberSummary } from '../../../shared/schemas';
import { formatClock } from '../../lib/clock';
import type { InterventionStatus } from '../../lib/review-schemas';

export const STATUS_LABELS: Record<InterventionStatus, string> = {
  draft: 'Draft',
  'needs-review': 'Needs review',
  reviewed: 'Reviewed',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const FIELD_LABELS: Record<string, string> = {
  speaker: 'Speaker',
  start: 'Start',
  end: 'End',
  summary: 'Summary',
  tags: 'Tags',
  status: 'Status',
  clipIds: 'Clips',
  notes: 'Notes',
  quotes: 'Quotes',
};

export const ACTION_LABELS: Record<string, string> = {
  assembled: 'assembled',
  edit: 'edited',
  status: 'status changed',
  split: 'split',
  merge: 'merged',
  restore: 'restored',
};

/** A member's name when the team list is known, else a short label that still tells them apart. */
export function memberLabeller(members: MemberSummary[] | null, me: { id: string; name: string } | null) {
  const names = new Map((members ?? []).map((m) => [m.id, m.name]));
  return (memberId: string): string => {
    const name = names.get(memberId);
    if (name) return me?.id === memberId ? `${name} (you)` : name;
    if (me?.id === memberId) return `${me.name} (you)`;
    return `Observer ${memberId.slice(0, 6)}`;
  };
}

/** A value of a revision's change, in words. */
export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if ((field === 'start' || field === 'end') && typeof value === 'number') return formatClock(value, { precise: true });
  if (field === 'status' && typeof value === 'string') return STATUS_LABELS[value as InterventionStatus] ?? value;
  if (typeof value === 'object' && !Array.isArray(value) && 'name' in value) {
    const { name, code } = value as { name: unknown; code?: unknown };
    return code ? `${String(name)} (${String(code)})` : String(name);
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => describeValue(field, v)).join(', ') : '(none)';
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value);
}

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}
