import * as z from '../zod';
import { RoleSchema, UuidSchema } from './common';
import { REVISION_ACTIONS } from './intervention';
import { INTERVENTION_STATUSES } from './status';
import { MemberSchema, TeamSchema } from './team';

export const BACKUP_FORMAT = 'un-dialogue-capture/team-backup';
export const BACKUP_VERSION = 1;

// Rows as the database holds them (camelCase columns, JSON columns parsed), so a restore writes
// back exactly what was read. Strict: an unknown field is a sign of a file from another version.
const text = z.string();
const id = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200));
const json = z.unknown();

const TeamRow = z.strictObject({ id: UuidSchema, name: text, createdAt: text });
const MemberRow = z.strictObject({ id: UuidSchema, teamId: UuidSchema, name: text, role: RoleSchema, createdAt: text });
const DialogueRow = z.strictObject({
  id: UuidSchema,
  teamId: UuidSchema,
  title: text,
  theme: text,
  date: text,
  webcastUrl: z.nullable(text),
  venue: z.nullable(text),
  webcastUrls: z.array(text),
  meetingPageUrls: z.array(text),
  tagVocabulary: z.array(text),
  defaultTag: z.nullable(text),
  recordingStartedAt: z.nullable(text),
  participants: z.array(json),
  clipsRevision: z.int(),
  assembledRevision: z.int(),
  assembledOffsets: z.record(z.string(), json),
  reviewRevision: z.int(),
  createdAt: text,
});
const ClipRow = z.strictObject({
  id: UuidSchema,
  teamId: UuidSchema,
  dialogueId: UuidSchema,
  memberId: UuidSchema,
  kind: z.enum(['webcast', 'page']),
  clock: z.nullable(z.enum(['recording', 'live', 'wall'])),
  start: z.nullable(z.number()),
  end: z.nullable(z.number()),
  url: z.nullable(text),
  speaker: text,
  tags: z.array(text),
  note: text,
  channel: text,
  quoteExact: z.nullable(text),
  quotePrefix: z.nullable(text),
  quoteSuffix: z.nullable(text),
  positionStart: z.nullable(z.int()),
  positionEnd: z.nullable(z.int()),
  capturedAt: text,
  // Added after version 1 files were first written: an older file has no marks, which is null.
  markedStart: z._default(z.nullable(text), null),
  markedEnd: z._default(z.nullable(text), null),
  contentHash: text,
  receivedAt: text,
});
const InterventionRow = z.strictObject({
  id,
  teamId: UuidSchema,
  dialogueId: UuidSchema,
  position: z.int(),
  speaker: text,
  speakerEntityId: z.nullable(text),
  speakerKind: z.nullable(text),
  speakerKnown: z.boolean(),
  start: z.nullable(z.number()),
  end: z.nullable(z.number()),
  openEnd: z.boolean(),
  status: z.enum(INTERVENTION_STATUSES),
  tags: z.array(text),
  notes: z.array(text),
  quotes: z.array(text),
  conflicts: z.array(json),
  version: z.int(),
  createdAt: text,
  summary: text,
  locked: z.array(text),
  seenClipIds: z.array(text),
  touchedAt: z.nullable(text),
  updatedAt: z.nullable(text),
  updatedBy: z.nullable(UuidSchema),
  mergedInto: z.nullable(text),
  splitFrom: z.nullable(text),
});
const InterventionClipRow = z.strictObject({ interventionId: id, clipId: UuidSchema, role: z.enum(['support', 'dissent']) });
const RevisionRow = z.strictObject({
  id,
  interventionId: id,
  version: z.int(),
  at: text,
  by: z.nullable(UuidSchema),
  action: z.enum(REVISION_ACTIONS),
  changes: z.record(z.string(), z.object({ from: json, to: json })),
  snapshot: z.record(z.string(), json),
  reason: z.nullable(text),
});
const LiveOffsetRow = z.strictObject({ dialogueId: UuidSchema, memberId: UuidSchema, offset: z.number(), setBy: UuidSchema, setAt: text });

const BackupShape = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { message: `must be '${BACKUP_FORMAT}'` }),
  version: z.literal(BACKUP_VERSION, { message: `must be ${BACKUP_VERSION}` }),
  exportedAt: text,
  notes: z.optional(text),
  team: TeamRow,
  members: z.array(MemberRow),
  dialogues: z.array(DialogueRow),
  clips: z.array(ClipRow),
  interventions: z.array(InterventionRow),
  interventionClips: z.array(InterventionClipRow),
  revisions: z.array(RevisionRow),
  liveOffsets: z.array(LiveOffsetRow),
});
export type TeamBackup = z.infer<typeof BackupShape>;

type Issue = { path: (string | number)[]; message: string };

/** Every id a row names must be in the file (and of its team), and every row's own id unique in it. */
function referenceProblems(b: TeamBackup): Issue[] {
  const issues: Issue[] = [];
  const ids = (rows: { id: string }[], table: string) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) issues.push({ path: [table, i, 'id'], message: 'is repeated' });
      seen.add(r.id);
    });
    return seen;
  };
  const members = ids(b.members, 'members');
  const dialogues = ids(b.dialogues, 'dialogues');
  const clips = ids(b.clips, 'clips');
  const interventions = ids(b.interventions, 'interventions');
  ids(b.revisions, 'revisions');
  const check = (known: Set<string> | null, value: string | null, path: (string | number)[], what: string) => {
    if (value !== null && known && !known.has(value)) issues.push({ path, message: `names no ${what} in the file` });
  };
  const team = (rows: { teamId: string }[], table: string) =>
    rows.forEach((r, i) => {
      if (r.teamId !== b.team.id) issues.push({ path: [table, i, 'teamId'], message: 'is not the team of the file' });
    });
  team(b.members, 'members');
  team(b.dialogues, 'dialogues');
  team(b.clips, 'clips');
  team(b.interventions, 'interventions');
  if (!b.members.some((m) => m.role === 'admin')) issues.push({ path: ['members'], message: 'must hold at least one admin' });
  b.clips.forEach((c, i) => {
    check(dialogues, c.dialogueId, ['clips', i, 'dialogueId'], 'dialogue');
    check(members, c.memberId, ['clips', i, 'memberId'], 'member');
  });
  b.interventions.forEach((v, i) => {
    check(dialogues, v.dialogueId, ['interventions', i, 'dialogueId'], 'dialogue');
    check(members, v.updatedBy, ['interventions', i, 'updatedBy'], 'member');
  });
  const links = new Set<string>();
  b.interventionClips.forEach((l, i) => {
    check(interventions, l.interventionId, ['interventionClips', i, 'interventionId'], 'intervention');
    check(clips, l.clipId, ['interventionClips', i, 'clipId'], 'clip');
    const key = `${l.interventionId} ${l.clipId}`;
    if (links.has(key)) issues.push({ path: ['interventionClips', i], message: 'is repeated' });
    links.add(key);
  });
  const versions = new Set<string>();
  b.revisions.forEach((r, i) => {
    check(interventions, r.interventionId, ['revisions', i, 'interventionId'], 'intervention');
    check(members, r.by, ['revisions', i, 'by'], 'member');
    const key = `${r.interventionId} ${r.version}`;
    if (versions.has(key)) issues.push({ path: ['revisions', i, 'version'], message: 'is repeated for its intervention' });
    versions.add(key);
  });
  const offsets = new Set<string>();
  b.liveOffsets.forEach((o, i) => {
    check(dialogues, o.dialogueId, ['liveOffsets', i, 'dialogueId'], 'dialogue');
    check(members, o.memberId, ['liveOffsets', i, 'memberId'], 'member');
    check(members, o.setBy, ['liveOffsets', i, 'setBy'], 'member');
    const key = `${o.dialogueId} ${o.memberId}`;
    if (offsets.has(key)) issues.push({ path: ['liveOffsets', i], message: 'is repeated' });
    offsets.add(key);
  });
  return issues;
}

/** A whole team as one JSON document: what GET /backup answers and POST /backup/restore takes. */
export const TeamBackupSchema = BackupShape.check(
  z.superRefine((b, ctx) => {
    for (const issue of referenceProblems(b)) ctx.addIssue({ code: 'custom', ...issue });
  }),
).register(z.globalRegistry, { id: 'TeamBackup' });

export const RestoreCountsSchema = z.object({
  members: z.int(),
  dialogues: z.int(),
  clips: z.int(),
  interventions: z.int(),
  interventionClips: z.int(),
  revisions: z.int(),
  liveOffsets: z.int(),
});

export const BackupRestoreResultSchema = z
  .object({
    team: TeamSchema,
    /** The admin the new token belongs to: the first admin of the file. */
    member: MemberSchema,
    /** Shown once; tokens are not in backups, so the restored team starts with this one. */
    token: z.string(),
    restored: RestoreCountsSchema,
  })
  .register(z.globalRegistry, { id: 'BackupRestoreResult' });
export type BackupRestoreResult = z.infer<typeof BackupRestoreResultSchema>;
