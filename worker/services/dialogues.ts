import type { Dialogue, DialogueCreate } from '../../shared/schemas';
import type { Db } from '../db/client';
import type { Caller } from '../env';
import { invalid, notFound } from '../errors';
import { findDialogue, insertDialogue, listDialogues } from '../repositories/dialogues';
import { toParticipants } from './speakers';

export function createDialogue(db: Db, caller: Caller, input: DialogueCreate): Promise<Dialogue> {
  const { participants, problems } = toParticipants(input.participants ?? []);
  if (problems.length > 0) throw invalid(problems);
  return insertDialogue(db, caller.team.id, crypto.randomUUID(), input, participants);
}

export function teamDialogues(db: Db, caller: Caller): Promise<Dialogue[]> {
  return listDialogues(db, caller.team.id);
}

/** The caller's team's dialogue; any other id, another team's included, is simply not found. */
export async function getDialogue(db: Db, caller: Caller, id: string): Promise<Dialogue> {
  const dialogue = await findDialogue(db, caller.team.id, id);
  if (!dialogue) throw notFound('dialogue');
  return dialogue;
}
