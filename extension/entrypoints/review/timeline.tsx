/** One dialogue's record as a timeline, driven by keyboard or pointer. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatClock } from '../../lib/clock';
import { sendToBackground, type ReviewTeam } from '../../lib/protocol';
import { INTERVENTION_STATUSES, type ReviewDialogue, type ReviewIntervention } from '../../lib/review-schemas';
import { webcastOf } from '../../lib/webcast';
import { InterventionCard, type CardContext } from './intervention-card';
import { STATUS_LABELS, memberLabeller } from './labels';
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
  const { record, loadError, load, run, stale, reapply, discard } = useRecord(dialogueId, announce);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const interventions = record?.interventions ?? [];
  const index = Math.max(0, interventions.findIndex((iv) => iv.id === currentId));
  const canEdit = team !== null && team.me.member.role !== 'observer';
  const webcast = dialogue ? webcastOf(dialogue) : null;
  const noWebcast = dialogue && !webcast ? 'This dialogue has no webcast URL, so Play cannot open it. An admin can add one.' : null;

  const focusCard = useCallback((id: string) => {
    setCurrentId(id);
    document.getElementById(`iv-${id}`)?.focus();
  }, []);

  const play = useCallback(
    async (iv: ReviewIntervention) => {
      if (!webcast || iv.start === null) return;
      announce(`Opening the webcast at ${formatClock(iv.start)}…`);
      try {
        const res = await sendToBackground('player:open', { url: webcast, seconds: iv.start });
        if (!res.ok) return announce(res.message, 'error');
        const where = res.reused ? 'in the webcast tab that was open' : 'in a new tab';
        const seek = res.seeked ? '' : ' The player did not answer yet; it starts where the page puts it.';
        announce(`Playing ${label(iv)} from ${formatClock(iv.start)} ${where}.${seek}`);
      } catch {
        announce('The extension background did not answer.', 'error');
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
        if (!may) announce('Your role can read this record but not change it.', 'error');
        else if (e.key === 'e') setEditingId(iv.id);
        else if (iv.status === 'approved') announce(`${label(iv)} is already approved.`);
        else void runRef.current(iv, { kind: 'edit', patch: { status: 'approved' } });
      } else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [focusCard, announce]);

  useEffect(() => {
    document.title = `${dialogue?.title ?? 'Dialogue'} · Review`;
  }, [dialogue?.title]);

  const counts = INTERVENTION_STATUSES.map((s) => [s, interventions.filter((iv) => iv.status === s).length] as const).filter(([, n]) => n > 0);
  const conflicted = interventions.filter((iv) => iv.conflicts.length > 0).length;

  return (
    <>
      <nav aria-label="Review">
        <a
          href="?"
          onClick={(e) => {
            e.preventDefault();
            onBack();
          }}
        >
          All dialogues
        </a>
      </nav>
      <h1 tabIndex={-1} id="page-heading">
        {dialogue?.title ?? 'Dialogue'}
      </h1>
      <p class="muted">
        {dialogue?.date}
        {webcast ? (
          <>
            {' '}
            · Webcast:{' '}
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
        <p class="status">You are an observer in this team: you can read the record; reviewers edit and approve it.</p>
      )}
      {record && (
        <p class="summary-row">
          <span data-testid="record-summary">
            {interventions.length} {interventions.length === 1 ? 'intervention' : 'interventions'}
            {counts.map(([s, n]) => ` · ${n} ${STATUS_LABELS[s].toLowerCase()}`).join('')}
            {conflicted > 0 ? ` · ${conflicted} with conflicts` : ''}
          </span>{' '}
          {/* Observers keep sending clips while a reviewer works; this fetches what arrived. */}
          <button type="button" class="small" onClick={() => void load().then(() => announce('The record is up to date.'))}>
            Reload the record
          </button>
        </p>
      )}
      <p class="muted keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous (or arrow keys in the list), <kbd>a</kbd> approve, <kbd>e</kbd> edit, <kbd>Esc</kbd> close the
        editor.
      </p>
      {loadError && (
        <p class="status error">
          Could not load the record: {loadError}{' '}
          <button type="button" class="small" onClick={() => void load()}>
            Try again
          </button>
        </p>
      )}
      {!record && !loadError && <p class="muted">Loading the record…</p>}
      {record && interventions.length === 0 && <p>No interventions yet: clips appear here once observers send them.</p>}
      <ol class="timeline" aria-label="Interventions" ref={listRef}>
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
