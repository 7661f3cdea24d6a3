import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ClipInput, ClipPatch, Problem } from '../../../shared/schemas';
import { splitTags } from '../../lib/draft-text';
import type { ClipEditResult } from '../../lib/clip-edit';
import { t } from '../../lib/i18n';
import { parseTimeText, problemText, timeText } from './clip-words';

type Field = 'speaker' | 'tags' | 'note' | 'start' | 'end';
const FIELDS: readonly Field[] = ['speaker', 'tags', 'note', 'start', 'end'];
type Errors = Partial<Record<Field | 'form', string>>;

interface Props {
  clip: ClipInput;
  /** Sends the edit; the editor shows what came of it. */
  onSave(patch: ClipPatch): Promise<ClipEditResult>;
  /** After a saved edit or Cancel; `saved` says which. */
  onClose(saved: boolean): void;
}

/** The schema's reason in the UI's words where we know it; else the field and its English reason. */
function fieldMessage(field: Field | 'form', p: Problem): string {
  if (field === 'speaker' && /empty/.test(p.message)) return t('outbox.error.speaker');
  if (field === 'end' && /before start/.test(p.message)) return t('outbox.error.endBeforeStart');
  if (field === 'tags') return t('outbox.error.tag');
  return problemText(p);
}

/**
 * Why the edit was not saved, in the observer's words: a server's refusal as the outbox words a
 * refused queued edit (the server's own message is English), else what the outbox said of it.
 */
function refusedText(res: Extract<ClipEditResult, { ok: false }>): string {
  // Refused as invalid without naming a field: nothing to mark, so the general refusal.
  if (res.refusal) return t(`outbox.refusal.${res.refusal === 'invalid' ? 'refused' : res.refusal}`);
  if (res.reason === 'locked') return t('outbox.editLocked');
  if (res.reason === 'gone') return t('outbox.editGone');
  return t('outbox.editFailed', { reason: res.message ?? '' });
}

function errorsOf(problems: readonly Problem[]): Errors {
  const errors: Errors = {};
  for (const p of problems) {
    const head = p.path.split('.')[0] as Field;
    const field = FIELDS.includes(head) ? head : 'form';
    errors[field] ??= fieldMessage(field, p);
  }
  return errors;
}

/**
 * Edits a clip's speaker, tags, note and (for a webcast clip) times. Checked by the shared schema
 * in the background; a refused field is marked, described and focused. Escape cancels, Ctrl+Enter saves.
 */
export function ClipEditor({ clip, onSave, onClose }: Props) {
  const webcast = clip.kind === 'webcast';
  const [values, setValues] = useState(() => ({
    speaker: clip.speaker,
    tags: clip.tags.join(', '),
    note: clip.note,
    start: webcast ? timeText(clip, clip.start) : '',
    end: webcast ? timeText(clip, clip.end) : '',
  }));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = (f: string) => `edit-${clip.id}-${f}`;

  // Before the first paint, and only if focus is not already in the form: focusing after paint
  // (useEffect) moved the caret to Speaker while a quick click or keystroke was filling Note,
  // appending that text to the speaker.
  useLayoutEffect(() => {
    const f = form.current;
    if (f && !f.contains(document.activeElement)) f.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const focusFirst = (e: Errors) => {
    const first = FIELDS.find((f) => e[f]);
    if (first) document.getElementById(id(first))?.focus();
  };

  const submit = async (ev: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const patch: ClipPatch = { speaker: values.speaker, tags: splitTags(values.tags), note: values.note };
    const local: Errors = {};
    if (webcast) {
      const wall = clip.clock === 'wall';
      const start = parseTimeText(clip, values.start, 'start');
      const end = values.end.trim() === '' ? null : parseTimeText(clip, values.end, 'end', start);
      if (start === undefined) local.start = t(wall ? 'outbox.error.wallFormat' : 'outbox.error.timeFormat');
      if (end === undefined) local.end = t(wall ? 'outbox.error.wallFormat' : 'outbox.error.timeFormat');
      Object.assign(patch, { start, end });
    }
    if (Object.keys(local).length > 0) return setErrors(local), focusFirst(local);
    setBusy(true);
    try {
      const res = await onSave(patch);
      if (res.ok) return onClose(true);
      const next: Errors = res.reason === 'invalid' ? errorsOf(res.problems ?? []) : { form: refusedText(res) };
      setErrors(next);
      focusFirst(next);
    } catch {
      setErrors({ form: t('common.backgroundSilent') });
    } finally {
      setBusy(false);
    }
  };

  // Escape cancels; Ctrl+Enter saves this edit, not the capture form's draft (the panel's shortcut).
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose(false);
    else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') form.current?.requestSubmit();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const field = (f: Field) => ({
    id: id(f),
    value: values[f],
    'aria-invalid': errors[f] ? ('true' as const) : undefined,
    'aria-describedby': errors[f] ? id(`${f}-error`) : f === 'tags' ? id('tags-hint') : undefined,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [f]: value }));
    },
  });
  const fieldError = (f: Field) =>
    errors[f] ? (
      <p id={id(`${f}-error`)} class="field-error">
        {errors[f]}
      </p>
    ) : null;
  const timeHint = clip.kind === 'webcast' && clip.clock === 'wall' ? t('outbox.editor.wallHint') : t('outbox.editor.secondsHint');

  return (
    <form
      ref={form}
      class="clip-editor"
      aria-label={t('outbox.editor.label', { clip: clip.speaker })}
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKey}
      noValidate
    >
      <label for={id('speaker')}>{t('outbox.field.speaker')}</label>
      <input {...field('speaker')} dir="auto" autoComplete="off" />
      {fieldError('speaker')}
      {webcast && (
        <div class="row">
          <div>
            <label for={id('start')}>{t('outbox.field.start')}</label>
            <input {...field('start')} inputMode={clip.clock === 'wall' ? 'text' : 'decimal'} title={timeHint} />
            {fieldError('start')}
          </div>
          <div>
            <label for={id('end')}>{t('outbox.field.end')}</label>
            <input {...field('end')} inputMode={clip.clock === 'wall' ? 'text' : 'decimal'} title={timeHint} />
            {fieldError('end')}
          </div>
        </div>
      )}
      <label for={id('tags')}>{t('outbox.field.tags')}</label>
      <input {...field('tags')} dir="auto" autoComplete="off" />
      <p id={id('tags-hint')} class="hint">
        {t('outbox.editor.tagsHint')}
      </p>
      {fieldError('tags')}
      <label for={id('note')}>{t('outbox.field.note')}</label>
      <textarea {...field('note')} dir="auto" />
      {fieldError('note')}
      <p role="alert" class="field-error" data-testid="editor-error">
        {errors.form ?? ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" aria-keyshortcuts="Control+Enter" aria-busy={busy ? 'true' : undefined} disabled={busy}>
          {t('outbox.editor.save')}
        </button>
        <button type="button" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
