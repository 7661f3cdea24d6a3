/** One dialogue's record as a timeline, driven by keyboard or pointer. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatClock } from '../../lib/clock';
import { t, tn } from '../../lib/i18n';
import { sendToBackground, type ReviewTeam } from '../../lib/protocol';
import { INTERVENTION_STATUSES, type ReviewDialogue, type ReviewIntervention } from '../../lib/review-schemas';
import { webcastOf } from '../../lib/webcast';
import { InterventionCard, type CardContext } from './intervention-card';
import { formatDay, memberLabeller } from './labels';
import { label, useRecord, type Announce } from './use-record';

interface Props {
  dialogueId: string;
  dialogue: ReviewDialogue | null;
  team: ReviewTeam | null;
  announce: Announce;
  onBack(): void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function RecordView({ dialogueId, dialogue, team, announce, onBack }: Props) {
  const { record, loadError, load, run, stale, reapply, discard, undoable } = useRecord(dialogueId, announce);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const interventions = record?.interventions ?? [];
  const index = Math.max(0, interventions.findIndex((iv) => iv.id === currentId));
  const canEdit = team !== null && team.me.member.role !== 'observer';
  const webcast = dialogue ? webcastOf(dialogue) : null;
  const noWebcast = dialogue && !webcast ? t('review.noWebcast') : null;

  const focusCard = useCallback((id: string) => {
    setCurrentId(id);
    document.getElementById(`iv-${id}`)?.focus();
  }, []);

  const play = useCallback(
    async (iv: ReviewIntervention) => {
      if (!webcast || iv.start === null) return;
      announce(t('review.opening', { time: formatClock(iv.start) }));
      try {
        const res = await sendToBackground('player:open', { url: webcast, seconds: iv.start });
        if (!res.ok) return announce(res.message, 'error');
        const playing = t(res.reused ? 'review.playingReused' : 'review.playingNew', { label: label(iv), time: formatClock(iv.start) });
        announce(res.seeked ? playing : `${playing} ${t('review.playerSilent')}`);
      } catch {
        announce(t('common.backgroundSilent'), 'error');
      }
    },
    [webcast, announce],
  );

  const ctx: CardContext = {
    canEdit,
    noWebcast,
    memberLabel: memberLabeller(team?.members ?? null, team?.me.member ?? null),
    run,
    stale,
    reapply,
    discard,
    undoable,
    play: (iv) => void play(iv),
    announce,
  };

  // The keydown listener is registered once and reads the newest state through this ref.
  const latest = useRef({ interventions, index, editingId, canEdit });
  latest.current = { interventions, index, editingId, canEdit };
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const { interventions: list, index: i, editingId: editing, canEdit: may } = latest.current;
      if (e.key === 'Escape' && editing) {
        setEditingId(null);
        focusCard(editing);
        e.preventDefault();
        return;
      }
      if (isTyping(e.target) || list.length === 0) return;
      const inList = listRef.current?.contains(document.activeElement) ?? false;
      const iv = list[i]!;
      if (e.key === 'j' || (e.key === 'ArrowDown' && inList)) focusCard(list[Math.min(list.length - 1, i + 1)]!.id);
      else if (e.key === 'k' || (e.key === 'ArrowUp' && inList)) focusCard(list[Math.max(0, i - 1)]!.id);
      else if (e.key === 'a' || e.key === 'e') {
        if (!may) announce(t('review.readOnlyRole'), 'error');
        else if (e.key === 'e') setEditingId(iv.id);
        else if (iv.status === 'approved') announce(t('review.alreadyApproved', { label: label(iv) }));
        else void runRef.current(iv, { kind: 'edit', patch: { status: 'approved' } });
      } else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [focusCard, announce]);

  useEffect(() => {
    document.title = t('review.recordTitle', { title: dialogue?.title ?? t('review.dialogue') });
  }, [dialogue?.title]);

  const counts = INTERVENTION_STATUSES.map((s) => [s, interventions.filter((iv) => iv.status === s).length] as const).filter(([, n]) => n > 0);
  const conflicted = interventions.filter((iv) => iv.conflicts.length > 0).length;

  return (
    <>
      <nav aria-label={t('review.nav')}>
        <a
          href="?"
          onClick={(e) => {
            e.preventDefault();
            onBack();
          }}
        >
          {t('review.allDialogues')}
        </a>
      </nav>
      <h1 tabIndex={-1} id="page-heading">
        <bdi>{dialogue?.title ?? t('review.dialogue')}</bdi>
      </h1>
      <p class="muted">
        {dialogue?.date ? <time dateTime={dialogue.date}>{formatDay(dialogue.date)}</time> : null}
        {webcast ? (
          <>
            {' '}
            · {t('review.webcast')}{' '}
            <a href={webcast} target="_blank" rel="noreferrer">
              {webcast}
            </a>
          </>
        ) : null}
      </p>
      {noWebcast && (
        <p class="status warn" id="no-webcast">
          {noWebcast}
        </p>
      )}
      {team && !canEdit && (
        <p class="status">{t('review.observerNote')}</p>
      )}
      {record && (
        <p class="summary-row">
          <span data-testid="record-summary">
            {[
              tn('review.interventionCount', interventions.length),
              ...counts.map(([s, n]) => tn(`review.countStatus.${s}`, n)),
              ...(conflicted > 0 ? [tn('review.countConflicted', conflicted)] : []),
            ].join(' · ')}
          </span>{' '}
          {/* Observers keep sending clips while a reviewer works; this fetches what arrived. */}
          <button type="button" class="small" onClick={() => void load().then(() => announce(t('review.upToDate')))}>
            {t('review.reload')}
          </button>
        </p>
      )}
      <p class="muted keys">
        {t('review.keys')} <kbd>j</kbd>/<kbd>k</kbd> {t('review.keyNextPrevious')}
        {t('review.keySeparator')}
        <kbd>a</kbd> {t('review.keyApprove')}
        {t('review.keySeparator')}
        <kbd>e</kbd> {t('review.keyEdit')}
        {t('review.keySeparator')}
        <kbd>Esc</kbd> {t('review.keyClose')}
      </p>
      {loadError && (
        <p class="status error">
          {t('review.recordError', { error: loadError })}{' '}
          <button type="button" class="small" onClick={() => void load()}>
            {t('review.tryAgain')}
          </button>
        </p>
      )}
      {!record && !loadError && <p class="muted">{t('review.recordLoading')}</p>}
      {record && interventions.length === 0 && <p>{t('review.recordEmpty')}</p>}
      {/* Cards are h3: this keeps the outline h1 > h2 > h3 for screen readers' heading lists. */}
      <h2 class="sr-only">{t('review.interventions')}</h2>
      <ol class="timeline" aria-label={t('review.interventions')} ref={listRef}>
        {interventions.map((iv, i) => (
          <li key={iv.id}>
            <InterventionCard
              iv={iv}
              next={interventions[i + 1]}
              current={i === index}
              editing={editingId === iv.id}
              ctx={ctx}
              onFocusCard={setCurrentId}
              onEdit={setEditingId}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
