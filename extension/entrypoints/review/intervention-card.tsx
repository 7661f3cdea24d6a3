/** One intervention of the timeline: what it says, why, and what a reviewer can do with it. */
import { useState } from 'preact/hooks';
import { formatClock } from '../../lib/clock';
import { t, tn } from '../../lib/i18n';
import type { ReviewIntervention } from '../../lib/review-schemas';
import { Badge, LockMark, StatusBadge } from './bits';
import { ClipGroups } from './clip-groups';
import { Conflicts } from './conflicts';
import { EditForm } from './edit-form';
import { History } from './history';
import { spokenTime } from './labels';
import { SplitForm } from './split-form';
import { StaleNotice } from './stale-notice';
import { UndoButton } from './undo-button';
import type { Attempt, Outcome, Stale, Undoable } from './use-record';

export interface CardContext {
  canEdit: boolean;
  /** Why Play is disabled for the whole dialogue, or null when it has a webcast. */
  noWebcast: string | null;
  memberLabel(memberId: string): string;
  run(iv: ReviewIntervention, attempt: Attempt): Promise<Outcome>;
  stale: Record<string, Stale>;
  /** What each card's undo would take back: as the record says, or as this page just merged or split. */
  undoable: Record<string, Undoable>;
  reapply(id: string): Promise<Outcome>;
  discard(id: string): Promise<void>;
  play(iv: ReviewIntervention): void;
  announce(text: string, tone?: 'ok' | 'error'): void;
}

interface Props {
  iv: ReviewIntervention;
  next: ReviewIntervention | undefined;
  current: boolean;
  editing: boolean;
  ctx: CardContext;
  onFocusCard(id: string): void;
  onEdit(id: string | null): void;
}

export function InterventionCard({ iv, next, current, editing, ctx, onFocusCard, onEdit }: Props) {
  const [splitting, setSplitting] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const heading = `iv-${iv.id}-h`;
  const locked = (field: string) => (iv.locked as readonly string[]).includes(field) && <LockMark field={field} />;
  const stale = ctx.stale[iv.id];
  const newCount = iv.clips.filter((c) => c.new || iv.newClipIds.includes(c.id)).length;
  const setStatus = (status: ReviewIntervention['status']) => void ctx.run(iv, { kind: 'edit', patch: { status } });
  const closeEditor = () => {
    onEdit(null);
    document.getElementById(`iv-${iv.id}-edit`)?.focus();
  };
  const canSplit = iv.start !== null && iv.end !== null && iv.end > iv.start;
  const undo = async (undoing: Undoable) => (await ctx.run(iv, { kind: 'undo', undoing })).ok;
  const playBlocked = ctx.noWebcast ?? (iv.start === null ? t('review.noStartTime') : null);

  return (
    <article
      id={`iv-${iv.id}`}
      class={`card${current ? ' current' : ''}${iv.conflicts.length ? ' has-conflict' : ''}`}
      aria-labelledby={heading}
      tabIndex={current ? 0 : -1}
      data-testid="intervention"
      onFocusIn={() => onFocusCard(iv.id)}
    >
      <header class="card-head">
        <h3 id={heading}>
          <span class="position">{iv.position + 1}.</span> <bdi>{iv.speaker.name}</bdi>
          {iv.speaker.code && <span class="code"> ({iv.speaker.code})</span>}
          {locked('speaker')}
        </h3>
        <p class="times">
          {/* A time range reads left to right in every script. */}
          <span dir="ltr" aria-hidden="true">
            {formatClock(iv.start)}–{formatClock(iv.end)}
          </span>
          <span class="sr-only">{t('review.timeRange', { start: spokenTime(iv.start), end: spokenTime(iv.end) })}</span>
          {locked('start') || locked('end')}
          {iv.openEnd && <span class="muted"> {t('review.endInferred')}</span>}
        </p>
        <p class="badges">
          <StatusBadge status={iv.status} />
          {locked('status')}
          {!iv.speaker.known && (
            <Badge tone="unknown" testId="unknown-speaker">
              {t('review.unknownSpeaker')}
            </Badge>
          )}
          {iv.conflicts.length > 0 && (
            <Badge tone="conflict" testId="conflict-badge">
              {iv.conflicts.length === 1 ? t('review.conflict') : tn('review.conflictCount', iv.conflicts.length)}
            </Badge>
          )}
          {newCount > 0 && (
            <Badge tone="new" testId="new-badge">
              {tn('review.newClips', newCount)}
            </Badge>
          )}
        </p>
      </header>

      <Conflicts iv={iv} canEdit={ctx.canEdit} onUseSpeaker={(name) => void ctx.run(iv, { kind: 'edit', patch: { speaker: { name } } })} />

      <dl class="facts">
        <dt>
          {t('review.field.summary')} {locked('summary')}
        </dt>
        <dd data-testid="summary">{iv.summary ? <bdi>{iv.summary}</bdi> : <span class="muted">{t('review.noSummary')}</span>}</dd>
        <dt>
          {t('review.field.tags')} {locked('tags')}
        </dt>
        <dd>{iv.tags.length ? <bdi>{iv.tags.join(', ')}</bdi> : <span class="muted">{t('review.noTags')}</span>}</dd>
        {iv.notes.length > 0 && (
          <>
            <dt>{t('review.field.notes')}</dt>
            <dd>
              <ul class="notes">
                {iv.notes.map((note, i) => (
                  <li key={i}>
                    <bdi>{note}</bdi>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {iv.quotes.length > 0 && (
          <>
            <dt>{t('review.field.quotes')}</dt>
            <dd>
              {iv.quotes.map((quote, i) => (
                <blockquote key={i} dir="auto">
                  {quote}
                </blockquote>
              ))}
            </dd>
          </>
        )}
        <dt>{t('review.field.clipIds')}</dt>
        <dd>
          <ClipGroups iv={iv} memberLabel={ctx.memberLabel} />
        </dd>
      </dl>

      {stale && (
        <StaleNotice
          attempt={stale.attempt}
          current={stale.current}
          onReapply={async () => {
            const res = await ctx.reapply(iv.id);
            if (res.ok && editing) closeEditor();
          }}
          onDiscard={async () => {
            await ctx.discard(iv.id);
            if (editing) closeEditor();
          }}
        />
      )}

      <div class="toolbar" role="group" aria-label={t('review.actionsFor', { n: iv.position + 1 })}>
        {/* aria-disabled keeps it focusable, so keyboard users reach it and hear why it cannot play. */}
        <button
          type="button"
          class="play"
          aria-disabled={playBlocked ? 'true' : undefined}
          aria-describedby={playBlocked ? `iv-${iv.id}-noplay` : undefined}
          onClick={() => (playBlocked ? ctx.announce(playBlocked, 'error') : ctx.play(iv))}
        >
          {t('review.playFrom', { time: formatClock(iv.start) })}
        </button>
        {ctx.canEdit && (
          <>
            <button type="button" id={`iv-${iv.id}-edit`} aria-expanded={editing} onClick={() => (editing ? closeEditor() : onEdit(iv.id))}>
              {t('review.edit')}
            </button>
            <button type="button" class="approve" disabled={iv.status === 'approved'} onClick={() => setStatus('approved')}>
              {t('review.approve')}
            </button>
            <button type="button" disabled={iv.status === 'reviewed'} onClick={() => setStatus('reviewed')}>
              {t('review.markReviewed')}
            </button>
            <button type="button" disabled={iv.status === 'rejected'} onClick={() => setStatus('rejected')}>
              {t('review.reject')}
            </button>
            <button type="button" disabled={!next} onClick={() => next && void ctx.run(iv, { kind: 'merge', nextId: next.id })}>
              {t('review.mergeNext')}
            </button>
            <button type="button" disabled={!canSplit} aria-expanded={splitting} onClick={() => setSplitting((s) => !s)}>
              {t('review.split')}
            </button>
            {ctx.undoable[iv.id] && <UndoButton iv={iv} undoing={ctx.undoable[iv.id]!} onUndo={undo} />}
          </>
        )}
        <button type="button" aria-expanded={showHistory} onClick={() => setShowHistory((s) => !s)}>
          {t('review.history')}
        </button>
      </div>
      {playBlocked && (
        <p id={`iv-${iv.id}-noplay`} class="muted" hidden={ctx.noWebcast !== null}>
          {playBlocked}
        </p>
      )}

      {editing && ctx.canEdit && (
        <EditForm iv={iv} onClose={closeEditor} onSave={(patch) => ctx.run(iv, { kind: 'edit', patch })} />
      )}
      {splitting && canSplit && (
        <SplitForm
          iv={iv as ReviewIntervention & { start: number; end: number }}
          onClose={() => setSplitting(false)}
          onSplit={async (at) => (await ctx.run(iv, { kind: 'split', at })).ok}
        />
      )}
      {showHistory && (
        <History
          iv={iv}
          canEdit={ctx.canEdit}
          onRestore={async (version) => (await ctx.run(iv, { kind: 'restore', version })).ok}
          onUndo={undo}
        />
      )}
    </article>
  );
}
