/**
 * Editing one intervention. Only changed fields are sent, because every field a reviewer sends
 * becomes locked against re-assembly. Server problems appear next to their field.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Problem } from '../../../shared/schemas';
import { formatClock, parseClock } from '../../lib/clock';
import { t } from '../../lib/i18n';
import type { InterventionPatch, ReviewIntervention } from '../../lib/review-schemas';
import { LockMark } from './bits';
import { fieldLabel } from './labels';
import type { Outcome } from './use-record';

type Field = 'speaker' | 'start' | 'end' | 'summary' | 'tags';
type Values = Record<Field, string>;
type Errors = Partial<Record<Field | 'form', string>>;

const FIELDS: readonly Field[] = ['speaker', 'start', 'end', 'summary', 'tags'];

export function initialValues(iv: ReviewIntervention): Values {
  return {
    speaker: iv.speaker.name,
    start: iv.start === null ? '' : formatClock(iv.start, { precise: true }),
    end: iv.end === null ? '' : formatClock(iv.end, { precise: true }),
    summary: iv.summary,
    tags: iv.tags.join(', '),
  };
}

export function splitTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** The patch of what changed, or the errors that keep it from being sent. */
export function buildPatch(iv: ReviewIntervention, values: Values): { patch: Omit<InterventionPatch, 'baseVersion'> } | { errors: Errors } {
  const before = initialValues(iv);
  const patch: Omit<InterventionPatch, 'baseVersion'> = {};
  const errors: Errors = {};
  const speaker = values.speaker.trim();
  if (speaker !== before.speaker) {
    if (!speaker) errors.speaker = t('review.errorSpeaker');
    else patch.speaker = { name: speaker };
  }
  for (const edge of ['start', 'end'] as const) {
    if (values[edge].trim() === before[edge]) continue;
    const seconds = parseClock(values[edge]);
    if (seconds === undefined) errors[edge] = t('review.errorTime');
    else patch[edge] = seconds;
  }
  const start = patch.start ?? iv.start;
  const end = patch.end ?? iv.end;
  if (!errors.start && !errors.end && start !== null && end !== null && start > end) errors.end = t('review.errorEndBeforeStart');
  if (values.summary !== before.summary) patch.summary = values.summary;
  const tags = splitTags(values.tags);
  if (tags.join('\n') !== iv.tags.join('\n')) patch.tags = tags;
  if (Object.keys(errors).length) return { errors };
  if (Object.keys(patch).length === 0) return { errors: { form: t('review.errorNothingChanged') } };
  return { patch };
}

/** `speaker.name` -> speaker, `tags.2` -> tags; anything else is about the whole form. */
export function problemsToErrors(problems: Problem[]): Errors {
  const errors: Errors = {};
  for (const p of problems) {
    const head = p.path.split('.')[0] as Field;
    const key = FIELDS.includes(head) ? head : 'form';
    errors[key] = errors[key] ? `${errors[key]} ${p.message}` : key === 'form' ? `${p.path}: ${p.message}` : p.message;
  }
  return errors;
}

interface Props {
  iv: ReviewIntervention;
  onSave(patch: Omit<InterventionPatch, 'baseVersion'>): Promise<Outcome>;
  onClose(): void;
}

export function EditForm({ iv, onSave, onClose }: Props) {
  const [values, setValues] = useState<Values>(() => initialValues(iv));
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const id = (f: string) => `${iv.id}-${f}`;

  useEffect(() => first.current?.focus(), []);

  async function onSubmit(e: JSX.TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const built = buildPatch(iv, values);
    if ('errors' in built) {
      setErrors(built.errors);
      const field = FIELDS.find((f) => built.errors[f]);
      if (field) document.getElementById(id(field))?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    const outcome = await onSave(built.patch);
    setSaving(false);
    if (outcome.ok) return onClose();
    if (outcome.problems?.length) setErrors(problemsToErrors(outcome.problems));
    else if (!outcome.stale) setErrors({ form: outcome.message });
  }

  const input = (field: Field) => ({
    id: id(field),
    value: values[field],
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': errors[field] ? id(`${field}-error`) : field === 'tags' ? id('tags-hint') : undefined,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [field]: e.currentTarget.value })),
  });
  const labelRow = (field: Field) => (
    <div class="label-row">
      <label for={id(field)}>{fieldLabel(field)}</label>
      {iv.locked.includes(field) && <LockMark field={fieldLabel(field)} />}
    </div>
  );
  const error = (field: Field) =>
    errors[field] ? (
      <p id={id(`${field}-error`)} class="field-error" data-testid={`error-${field}`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form
      class="editor"
      aria-label={t('review.editFormLabel', { n: iv.position + 1 })}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {labelRow('speaker')}
      <input ref={first} {...input('speaker')} autoComplete="off" />
      <p class="hint">{t('review.speakerHint')}</p>
      {error('speaker')}
      <div class="row">
        <div>
          {labelRow('start')}
          <input {...input('start')} inputMode="decimal" autoComplete="off" />
          {error('start')}
        </div>
        <div>
          {labelRow('end')}
          <input {...input('end')} inputMode="decimal" autoComplete="off" />
          {error('end')}
        </div>
      </div>
      {labelRow('summary')}
      <textarea {...input('summary')} rows={3} />
      {error('summary')}
      {labelRow('tags')}
      <input {...input('tags')} autoComplete="off" />
      <p id={id('tags-hint')} class="hint">
        {t('review.tagsHint')}
      </p>
      {error('tags')}
      {errors.form && (
        <p class="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('review.saving') : t('review.saveChanges')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <span class="muted">
          <kbd>Esc</kbd> {t('review.escCloses')}
        </span>
      </div>
    </form>
  );
}
