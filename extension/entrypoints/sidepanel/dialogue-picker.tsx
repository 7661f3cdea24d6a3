import type { Dialogue } from '../../../shared/schemas';
import type { FieldMessage } from '../../lib/build-clip';
import { t } from '../../lib/i18n';
import { FieldError } from './field-error';

interface Props {
  dialogues: Dialogue[];
  value: string;
  error?: FieldMessage;
  loadMessage: string | null;
  loading: boolean;
  onChange(id: string): void;
  onReload(): void;
}

export function DialoguePicker({ dialogues, value, error, loadMessage, loading, onChange, onReload }: Props) {
  const known = value === '' || dialogues.some((d) => d.id === value);
  const describedBy = [error ? 'dialogue-error' : '', loadMessage ? 'dialogue-load' : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label for="dialogue">{t('capture.dialogue')}</label>
      <div class="row">
        <select
          id="dialogue"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">{dialogues.length ? t('capture.dialogueChoose') : t('capture.dialogueNone')}</option>
          {!known && <option value={value}>{t('capture.dialogueSaved')}</option>}
          {dialogues.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title} · {d.date}
            </option>
          ))}
        </select>
        <button type="button" onClick={onReload} disabled={loading}>
          {loading ? t('common.loading') : t('capture.reload')}
        </button>
      </div>
      <FieldError id="dialogue-error" error={error} />
      {loadMessage && (
        <p id="dialogue-load" class="muted" data-testid="dialogue-load-message">
          {loadMessage}
        </p>
      )}
    </div>
  );
}
