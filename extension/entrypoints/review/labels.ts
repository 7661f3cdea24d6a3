/** Words the review page shows for the API's values, in the UI's language. */
import type { MemberSummary } from '../../../shared/schemas';
import { formatClock } from '../../lib/clock';
import { currentLanguage, t } from '../../lib/i18n';
import { INTERVENTION_STATUSES, type InterventionStatus } from '../../lib/review-schemas';

export function statusLabel(status: InterventionStatus): string {
  return t(`review.status.${status}`);
}

const FIELDS = ['speaker', 'start', 'end', 'summary', 'tags', 'status', 'clipIds', 'notes', 'quotes'];
/** What a merge, a split or their undo records: the time split at, and the other intervention. */
const STRUCTURE = ['splitAt', 'splitFrom', 'splitInto', 'mergedFrom', 'mergedInto'];

/** A record field's name; an unknown one (a newer server) shows as it is. */
export function fieldLabel(field: string): string {
  if (STRUCTURE.includes(field)) return t(`review.structure.${field}`);
  return FIELDS.includes(field) ? t(`review.field.${field}`) : field;
}

const ACTIONS = ['assembled', 'edit', 'status', 'split', 'merge', 'restore', 'undo-merge', 'undo-split'];

export function actionLabel(action: string): string {
  return ACTIONS.includes(action) ? t(`review.action.${action}`) : action;
}

/** A member's name when the team list is known, else a short label that still tells them apart. */
export function memberLabeller(members: MemberSummary[] | null, me: { id: string; name: string } | null) {
  const names = new Map((members ?? []).map((m) => [m.id, m.name]));
  return (memberId: string): string => {
    const name = names.get(memberId);
    if (name) return me?.id === memberId ? t('review.memberYou', { name }) : name;
    if (me?.id === memberId) return t('review.memberYou', { name: me.name });
    return t('review.memberUnknown', { id: memberId.slice(0, 6) });
  };
}

/** A list in the UI language's own way ("a, b and c"). */
export function listOf(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(currentLanguage(), { style: 'long', type }).format(items);
}

/** A value of a revision's change, in words. */
export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('review.none');
  if ((field === 'start' || field === 'end' || field === 'splitAt') && typeof value === 'number') return formatClock(value, { precise: true });
  // The other intervention, by the start of its id (the whole id says no more to a reader).
  if (STRUCTURE.includes(field) && typeof value === 'string') return t('review.structure.other', { id: value.slice(0, 8) });
  if (field === 'status' && typeof value === 'string') return (INTERVENTION_STATUSES as readonly string[]).includes(value) ? statusLabel(value as InterventionStatus) : value;
  if (typeof value === 'object' && !Array.isArray(value) && 'name' in value) {
    const { name, code } = value as { name: unknown; code?: unknown };
    return code ? `${String(name)} (${String(code)})` : String(name);
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => describeValue(field, v)).join(', ') : t('review.none');
  if (typeof value === 'string') return t('review.quoted', { text: value });
  return JSON.stringify(value);
}

/** A moment (ISO) as a date and time in the UI language. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar day ("2026-03-04") in the UI language; the day stays the same in every time zone. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(currentLanguage(), { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A duration for screen readers ("1 hr, 2 min, 5 sec"), in the UI language. */
export function spokenTime(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return t('review.timeUnknown');
  const whole = Math.floor(seconds);
  const parts: [number, 'hour' | 'minute' | 'second'][] = [
    [Math.floor(whole / 3600), 'hour'],
    [Math.floor((whole % 3600) / 60), 'minute'],
    [whole % 60, 'second'],
  ];
  const lang = currentLanguage();
  const words = parts
    .filter(([n, unit]) => n > 0 || unit === 'second')
    .map(([n, unit]) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
  return new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' }).format(words);
}
