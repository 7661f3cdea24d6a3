import type { Dialogue } from '../../../shared/schemas';

interface Props {
  dialogues: Dialogue[];
  value: string;
  error?: string;
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
      <label for="dialogue">Dialogue</label>
      <div class="row">
        <select
          id="dialogue"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">{dialogues.length ? 'Choose a dialogue…' : 'No dialogues yet'}</option>
          {!known && <option value={value}>(saved dialogue, not in the list)</option>}
          {dialogues.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title} · {d.date}
            </option>
          ))}
        </select>
        <button type="button" onClick={onReload} disabled={loading}>
          {loading ? 'Loading…' : 'Reload'}
        </button>
      </div>
      {error && (
        <p id="dialogue-error" class="field-error">
          {error}
        </p>
      )}
      {loadMessage && (
        <p id="dialogue-load" class="muted" data-testid="dialogue-load-message">
          {loadMessage}
        </p>
      )}
    </div>
  );
}
