import type { FieldMessage } from '../../lib/build-clip';
import { t } from '../../lib/i18n';

/** What each of the form's fields takes. */
export interface FieldProps {
  value: string;
  onChange(value: string): void;
  error?: FieldMessage;
}

export function fieldErrorText(error: FieldMessage): string {
  return t(error.key, error.params);
}

export function FieldError({ id, error }: { id: string; error?: FieldMessage }) {
  if (!error) return null;
  return (
    <p id={id} class="field-error">
      {fieldErrorText(error)}
    </p>
  );
}
