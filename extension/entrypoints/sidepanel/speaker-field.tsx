import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Dialogue } from '../../../shared/schemas';
import type { SpeakerEntity } from '../../../shared/speakers/types';
import { currentLanguage, t } from '../../lib/i18n';
import { loadSpeakerTable, suggestSpeakers } from '../../lib/speaker-suggest';
import { Combobox, type ComboOption } from './combobox';
import { FieldError, type FieldProps } from './field-error';

interface Props extends FieldProps {
  dialogue: Dialogue | undefined;
}

/** Speaker, with suggestions: the dialogue's expected participants first, then the speaker table. */
export function SpeakerField({ value, onChange, error, dialogue }: Props) {
  const [table, setTable] = useState<readonly SpeakerEntity[] | undefined>(undefined);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (!wanted || table) return;
    let live = true;
    loadSpeakerTable().then(
      (loaded) => live && setTable(loaded),
      (err) => console.warn('[speaker] table not loaded; suggesting participants only', err),
    );
    return () => {
      live = false;
    };
  }, [wanted, table]);

  const options: ComboOption[] = useMemo(
    () =>
      suggestSpeakers(value, { participants: dialogue?.participants, table, lang: currentLanguage() }).map((s) => ({
        key: `${s.source}:${s.entityId ?? s.label}`,
        label: s.label,
        detail: s.matched,
      })),
    [value, dialogue, table],
  );

  return (
    <div>
      <label for="speaker">{t('capture.speaker')}</label>
      <Combobox
        id="speaker"
        value={value}
        options={options}
        listLabel={t('capture.speakerSuggestions')}
        invalid={Boolean(error)}
        describedBy={error ? 'speaker-error' : undefined}
        onFocus={() => setWanted(true)}
        onInput={(v) => {
          setWanted(true);
          onChange(v);
        }}
        onPick={(o) => onChange(o.label)}
      />
      <FieldError id="speaker-error" error={error} />
    </div>
  );
}
