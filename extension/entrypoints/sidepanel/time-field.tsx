import { t } from '../../lib/i18n';
import { FieldError, type FieldProps } from './field-error';

interface Props extends FieldProps {
  edge: 'start' | 'end';
  /** The wall clock: the inputs hold local times rather than player seconds. */
  wall: boolean;
  onMark(): void;
}

/** Start or End: the time typed, or taken now with the button (Alt+S / Alt+E). */
export function TimeField({ edge, value, onChange, error, wall, onMark }: Props) {
  const key = edge === 'start' ? 'S' : 'E';
  return (
    <>
      <div class="row">
        <div>
          <label for={edge}>{t(wall ? `capture.${edge}Wall` : `capture.${edge}Seconds`)}</label>
          <input
            id={edge}
            inputMode={wall ? 'text' : 'decimal'}
            value={value}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${edge}-error` : undefined}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
        </div>
        <button type="button" id={`${edge}-button`} title={`Alt+${key}`} aria-keyshortcuts={`Alt+${key}`} onClick={onMark}>
          {t(edge === 'start' ? 'capture.startButton' : 'capture.endButton')}
        </button>
      </div>
      <FieldError id={`${edge}-error`} error={error} />
    </>
  );
}
