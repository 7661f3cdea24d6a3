import { useMemo } from 'preact/hooks';
import type { Dialogue } from '../../../shared/schemas';
import { fold } from '../../../shared/speakers/fold';
import { t } from '../../lib/i18n';
import { Combobox, type ComboOption } from './combobox';
import { FieldError, type FieldProps } from './field-error';

interface Props extends FieldProps {
  dialogue: Dialogue | undefined;
}

/** The tags typed so far, and the one being typed (after the last comma). */
function split(value: string): { done: string[]; typing: string } {
  const parts = value.split(',');
  return { done: parts.slice(0, -1).map((p) => p.trim()).filter(Boolean), typing: parts.at(-1)!.trim() };
}

/** The dialogue's vocabulary matching the tag being typed, leaving out the tags already there. */
export function tagOptions(value: string, vocabulary: readonly string[]): string[] {
  const { done, typing } = split(value);
  const q = fold(typing);
  const chosen = new Set(done.map(fold));
  return vocabulary.filter((tag) => !chosen.has(fold(tag)) && (q === '' || fold(tag).includes(q)) && fold(tag) !== q);
}

/** Tags, comma-separated, with the dialogue's vocabulary offered; a new draft starts with its default tag. */
export function TagField({ value, onChange, error, dialogue }: Props) {
  const vocabulary = dialogue?.tagVocabulary ?? [];
  const options: ComboOption[] = useMemo(() => tagOptions(value, vocabulary).map((tag) => ({ key: tag, label: tag })), [value, vocabulary]);
  const defaultTag = dialogue?.defaultTag;
  const hint = defaultTag ? t('capture.tagsHintDefault', { tag: defaultTag }) : t('capture.tagsHint');

  const pick = (tag: string) => {
    const { done } = split(value);
    onChange([...done, tag].join(', ') + ', ');
  };

  return (
    <div>
      <label for="tags">{t('capture.tags')}</label>
      <Combobox
        id="tags"
        value={value}
        options={options}
        listLabel={t('capture.tagSuggestions')}
        invalid={Boolean(error)}
        describedBy={error ? 'tags-error' : 'tags-hint'}
        onInput={onChange}
        onPick={(o) => pick(o.label)}
      />
      <p id="tags-hint" class="hint">
        {hint}
      </p>
      <FieldError id="tags-error" error={error} />
    </div>
  );
}
