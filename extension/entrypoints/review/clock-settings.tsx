/**
 * The dialogue's clocks on the review page: the wall-clock time of the recording's second 0 (which
 * places wall-clock clips and anchors live ones; admins set it) and, for each observer who clipped
 * on a live player, the offset assembly uses, where it came from, and a reviewer's correction.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { LIVE_OFFSET_LIMIT_S, type DialogueRecord } from '../../../shared/schemas/record';
import { formatNumber, t } from '../../lib/i18n';
import { sendToBackground, type ReviewTeam } from '../../lib/protocol';
import type { ReviewDialogue } from '../../lib/review-schemas';
import './clock-settings.css';
import { memberLabeller } from './labels';

interface Props {
  dialogueId: string;
  dialogue: ReviewDialogue | null;
  team: ReviewTeam | null;
  announce(text: string, tone?: 'ok' | 'error'): void;
}

type Offsets = DialogueRecord['offsets'];

/** An ISO instant as a datetime-local value (local time, to the second). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** A datetime-local value (read as local time) as an ISO instant; null when it is not one. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

export function ClockSettings({ dialogueId, dialogue, team, announce }: Props) {
  const [offsets, setOffsets] = useState<Offsets | null>(null);
  const [startedAt, setStartedAt] = useState<string | null>(dialogue?.recordingStartedAt ?? null);
  const [startText, setStartText] = useState('');
  const [startError, setStartError] = useState<string | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [offsetErrors, setOffsetErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const role = team?.me.member.role;
  const canSetOffsets = role === 'reviewer' || role === 'admin';
  const canSetStart = role === 'admin';
  const label = memberLabeller(team?.members ?? null, team?.me.member ?? null);

  const loadOffsets = useCallback(async () => {
    const res = await sendToBackground('review:record', { dialogueId }).catch(() => null);
    if (res?.ok) setOffsets(res.value.offsets);
  }, [dialogueId]);
  useEffect(() => void loadOffsets(), [loadOffsets]);
  // The dialogue list may arrive after the first render; only a real change of the start resets the field.
  const knownStart = dialogue?.recordingStartedAt ?? null;
  useEffect(() => {
    setStartedAt(knownStart);
    setStartText(knownStart ? toLocalInput(knownStart) : '');
  }, [knownStart]);

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>, done: string): Promise<T | null> {
    setBusy(true);
    try {
      const res = await work();
      if (!res.ok) {
        announce(res.message, 'error');
        return null;
      }
      announce(done);
      return res.value;
    } catch {
      announce(t('common.backgroundSilent'), 'error');
      return null;
    } finally {
      setBusy(false);
    }
  }

  const saveStart = async (iso: string | null) => {
    const value = await run(
      () => sendToBackground('clock:set-recording-start', { dialogueId, recordingStartedAt: iso }),
      t(iso ? 'clock.review.startSaved' : 'clock.review.startCleared'),
    );
    if (value) {
      setStartedAt(value.recordingStartedAt);
      setStartText(value.recordingStartedAt ? toLocalInput(value.recordingStartedAt) : '');
      void loadOffsets();
    }
  };
  const onStartSubmit = (e: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const iso = fromLocalInput(startText);
    setStartError(iso ? null : t('clock.review.invalidStart'));
    if (iso) void saveStart(iso);
  };

  const setOffset = async (memberId: string, e: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = (typed[memberId] ?? String(offsets?.[memberId]?.offset ?? '')).trim().replace(',', '.');
    const offset = Number(text);
    const bad = text === '' || !Number.isFinite(offset) || Math.abs(offset) > LIVE_OFFSET_LIMIT_S;
    setOffsetErrors((all) => ({ ...all, [memberId]: bad ? t('clock.review.invalidOffset') : '' }));
    if (bad) return;
    const saved = await run(() => sendToBackground('clock:set-offset', { dialogueId, memberId, offset }), t('clock.review.offsetSaved'));
    if (saved) {
      setOffsets((all) => ({ ...all, [memberId]: { offset: saved.offset, source: 'manual', support: all?.[memberId]?.support ?? 0 } }));
      void loadOffsets();
    }
  };
  const clearOffset = async (memberId: string) => {
    const done = await run(() => sendToBackground('clock:clear-offset', { dialogueId, memberId }), t('clock.review.offsetCleared'));
    if (done !== null) {
      setTyped(({ [memberId]: _, ...rest }) => rest);
      void loadOffsets();
    }
  };

  const live = Object.entries(offsets ?? {}).sort(([a], [b]) => label(a).localeCompare(label(b)));
  return (
    <details class="box clock-settings" open={!startedAt || live.length > 0} data-testid="clock-settings">
      <summary>
        <h2>{t('clock.review.heading')}</h2>
      </summary>
      <form onSubmit={onStartSubmit} noValidate>
        <label for="recording-start">{t('clock.review.recordingStart')}</label>
        <p id="recording-start-hint" class="hint">
          {t('clock.review.recordingStartHint')} {startedAt ? '' : t('clock.review.recordingStartNone')}
        </p>
        <div class="row">
          <input
            id="recording-start"
            aria-label={t('clock.review.recordingStart')}
            type="datetime-local"
            step="1"
            value={startText}
            readOnly={!canSetStart}
            aria-describedby={startError ? 'recording-start-hint recording-start-error' : 'recording-start-hint'}
            aria-invalid={startError ? 'true' : undefined}
            onInput={(e) => setStartText(e.currentTarget.value)}
          />
          {canSetStart && (
            <button type="submit" disabled={busy}>
              {t('clock.review.saveStart')}
            </button>
          )}
          {canSetStart && startedAt && (
            <button type="button" disabled={busy} onClick={() => void saveStart(null)}>
              {t('clock.review.clearStart')}
            </button>
          )}
        </div>
        {startError && (
          <p id="recording-start-error" class="field-error">
            {startError}
          </p>
        )}
      </form>
      <h3>{t('clock.review.liveHeading')}</h3>
      {live.length === 0 && <p class="muted">{t('clock.review.noLive')}</p>}
      {live.map(([memberId, estimate]) => {
        const id = `offset-${memberId}`;
        const error = offsetErrors[memberId];
        return (
          <form key={memberId} class="live-offset" data-member={memberId} onSubmit={(e) => void setOffset(memberId, e)} noValidate>
            <label for={id}>{t('clock.review.offsetLabel', { name: label(memberId) })}</label>
            <p id={`${id}-now`} class="hint" data-testid="offset-now">
              {t('clock.review.now', { offset: formatNumber(estimate.offset), source: t(`clock.review.source.${estimate.source}`) })}{' '}
              {t('clock.review.offsetHint')}
            </p>
            <div class="row">
              <input
                id={id}
                aria-label={t('clock.review.offsetLabel', { name: label(memberId) })}
                inputMode="decimal"
                value={typed[memberId] ?? String(estimate.offset)}
                readOnly={!canSetOffsets}
                aria-describedby={error ? `${id}-now ${id}-error` : `${id}-now`}
                aria-invalid={error ? 'true' : undefined}
                onInput={(e) => setTyped((all) => ({ ...all, [memberId]: e.currentTarget.value }))}
              />
              {canSetOffsets && (
                <button type="submit" disabled={busy}>
                  {t('clock.review.setOffset')}
                </button>
              )}
              {canSetOffsets && estimate.source === 'manual' && (
                <button type="button" disabled={busy} onClick={() => void clearOffset(memberId)}>
                  {t('clock.review.clearOffset')}
                </button>
              )}
            </div>
            {error && (
              <p id={`${id}-error`} class="field-error">
                {error}
              </p>
            )}
          </form>
        );
      })}
    </details>
  );
}
