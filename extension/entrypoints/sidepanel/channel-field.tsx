import { currentLanguage, t } from '../../lib/i18n';

/** The floor, or the interpretation into one of the six UN languages. */
export const CHANNELS = ['floor', 'ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

function channelName(code: string): string {
  if (code === 'floor') return t('capture.channelFloor');
  let language = code;
  try {
    language = new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    // An engine without DisplayNames shows the code.
  }
  return t('capture.channelInterpretation', { language });
}

interface Props {
  value: string;
  /** Remembered for the next clips too. */
  onChange(channel: string): void;
}

/** Which audio the observer listens to: the floor or an interpretation. */
export function ChannelField({ value, onChange }: Props) {
  const known = (CHANNELS as readonly string[]).includes(value);
  return (
    <div>
      <label for="channel">{t('capture.channel')}</label>
      <select id="channel" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {!known && <option value={value}>{value}</option>}
        {CHANNELS.map((code) => (
          <option key={code} value={code}>
            {channelName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
