import type { JSX } from 'preact';
import type { Dialogue } from '../../../shared/schemas';
import type { Field, FieldErrors } from '../../lib/build-clip';
import type { CaptureCommand } from '../../lib/commands';
import { t } from '../../lib/i18n';
import type { Draft } from '../../lib/storage';
import { ChannelField } from './channel-field';
import { DialoguePicker } from './dialogue-picker';
import { FieldError } from './field-error';
import { KeyHints } from './key-hints';
import { SpeakerField } from './speaker-field';
import { TagField } from './tag-field';
import { TimeField } from './time-field';
import type { useDialogues } from './use-dialogues';

interface Props {
  draft: Draft;
  errors: FieldErrors;
  dialogues: ReturnType<typeof useDialogues>;
  onDialogue(id: string): void;
  onChange(field: Exclude<Field, 'dialogueId'>, value: string): void;
  onChannel(channel: string): void;
  run(command: CaptureCommand): void;
}

/** The clip being captured: dialogue, times, speaker, tags, channel and note. */
export function CaptureForm({ draft, errors, dialogues: d, onDialogue, onChange, onChannel, run }: Props) {
  const onSubmit = (e: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    run('clip-save');
  };
  const dialogue: Dialogue | undefined = d.dialogue;
  const wall = draft.clock === 'wall';
  return (
    <form onSubmit={onSubmit} noValidate>
      <DialoguePicker
        dialogues={d.dialogues}
        value={d.dialogueId}
        error={errors.dialogueId}
        loadMessage={d.loadMessage}
        loading={d.loading}
        onChange={onDialogue}
        onReload={() => void d.reload()}
      />
      <TimeField edge="start" wall={wall} value={draft.start} error={errors.start} onChange={(v) => onChange('start', v)} onMark={() => run('clip-start')} />
      <TimeField edge="end" wall={wall} value={draft.end} error={errors.end} onChange={(v) => onChange('end', v)} onMark={() => run('clip-end')} />
      {/* Speakers, tags and notes may be typed in Arabic: dir="auto" gives each field its text's direction. */}
      <SpeakerField value={draft.speaker} error={errors.speaker} dialogue={dialogue} onChange={(v) => onChange('speaker', v)} />
      <TagField value={draft.tags} error={errors.tags} dialogue={dialogue} onChange={(v) => onChange('tags', v)} />
      <ChannelField value={draft.channel} onChange={onChannel} />
      <label for="note">{t('capture.note')}</label>
      <textarea
        id="note"
        dir="auto"
        value={draft.note}
        aria-invalid={errors.note ? 'true' : undefined}
        aria-describedby={errors.note ? 'note-error' : undefined}
        onInput={(e) => onChange('note', e.currentTarget.value)}
      />
      <FieldError id="note-error" error={errors.note} />
      <div class="actions">
        <button type="submit" class="primary" aria-keyshortcuts="Control+Enter">
          {t('capture.save')}
        </button>
        <button type="button" aria-keyshortcuts="Alt+N" title="Alt+N" onClick={() => run('next-speaker')}>
          {t('capture.nextSpeaker')}
        </button>
      </div>
      <KeyHints />
    </form>
  );
}
