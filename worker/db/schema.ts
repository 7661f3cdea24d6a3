import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { REVISION_ACTIONS } from '../../shared/schemas/intervention';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const members = sqliteTable(
  'members',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull().references(() => teams.id),
    name: text('name').notNull(),
    role: text('role', { enum: ['observer', 'reviewer', 'admin'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('members_team_idx').on(t.teamId)],
);

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull().references(() => teams.id),
    memberId: text('member_id').notNull().references(() => members.id),
    role: text('role', { enum: ['observer', 'reviewer', 'admin'] }).notNull(),
    /** Hex SHA-256 of the token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    /** First characters of the token, so a person can tell their tokens apart. */
    prefix: text('prefix').notNull(),
    /** The owner's label for the token ("laptop", "phone"); null for unnamed ones. */
    name: text('name'),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)],
);

export const dialogues = sqliteTable(
  'dialogues',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull().references(() => teams.id),
    title: text('title').notNull(),
    theme: text('theme').notNull(),
    date: text('date').notNull(),
    webcastUrl: text('webcast_url'),
    venue: text('venue'),
    /** All webcast URLs of the dialogue; webcast_url stays as the first of them for older clients. */
    webcastUrls: text('webcast_urls', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    meetingPageUrls: text('meeting_page_urls', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    tagVocabulary: text('tag_vocabulary', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Must be one of tag_vocabulary; the service checks it, since SQLite can't. */
    defaultTag: text('default_tag'),
    recordingStartedAt: text('recording_started_at'),
    /** The dialogue's expected participants, as stored participants (see DialogueParticipant). */
    participants: text('participants', { mode: 'json' }).$type<unknown[]>().notNull().default(sql`'[]'`),
    /** Bumped whenever assembly input changes: a clip stored (by trigger), a live offset set or cleared. */
    clipsRevision: integer('clips_revision').notNull().default(0),
    /** The clips_revision the stored draft interventions were assembled from. */
    assembledRevision: integer('assembled_revision').notNull().default(0),
    /** Live-clock offsets per member the last assembly used: { memberId: { offset, source, support } }. */
    assembledOffsets: text('assembled_offsets', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    /** Bumped by every reviewer write; an assembly that read an older value writes nothing. */
    reviewRevision: integer('review_revision').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('dialogues_team_idx').on(t.teamId, t.date)],
);

export const clips = sqliteTable(
  'clips',
  {
    /** Made on the observer's device; the key that makes re-sending harmless. */
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull().references(() => teams.id),
    dialogueId: text('dialogue_id').notNull().references(() => dialogues.id),
    memberId: text('member_id').notNull().references(() => members.id),
    kind: text('kind', { enum: ['webcast', 'page'] }).notNull(),
    clock: text('clock', { enum: ['recording', 'live', 'wall'] }),
    start: real('start'),
    end: real('end'),
    url: text('url'),
    speaker: text('speaker').notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    note: text('note').notNull(),
    channel: text('channel').notNull(),
    quoteExact: text('quote_exact'),
    quotePrefix: text('quote_prefix'),
    quoteSuffix: text('quote_suffix'),
    positionStart: integer('position_start'),
    positionEnd: integer('position_end'),
    capturedAt: text('captured_at').notNull(),
    /** Wall-clock instants of Start and End beside a live player's time (optional; null for older clips). */
    markedStart: text('marked_start'),
    markedEnd: text('marked_end'),
    /** SHA-256 of the clip as sent, to tell a harmless re-send from a different clip under the same id. */
    contentHash: text('content_hash').notNull(),
    receivedAt: createdAt(),
  },
  (t) => [index('clips_dialogue_idx').on(t.dialogueId)],
);

export const interventions = sqliteTable(
  'interventions',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull().references(() => teams.id),
    dialogueId: text('dialogue_id').notNull().references(() => dialogues.id),
    position: integer('position').notNull(),
    /** The display name: the entity's, or the spelling observers typed for an unknown speaker. */
    speaker: text('speaker').notNull(),
    speakerEntityId: text('speaker_entity_id'),
    speakerKind: text('speaker_kind'),
    speakerKnown: integer('speaker_known', { mode: 'boolean' }).notNull().default(false),
    start: real('start'),
    end: real('end'),
    /** No observer marked the end; assembly inferred it. */
    openEnd: integer('open_end', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ['draft', 'needs-review', 'reviewed', 'approved', 'rejected'] })
      .notNull()
      .default('draft'),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    notes: text('notes', { mode: 'json' }).$type<string[]>().notNull(),
    quotes: text('quotes', { mode: 'json' }).$type<string[]>().notNull(),
    conflicts: text('conflicts', { mode: 'json' }).$type<unknown[]>().notNull().default(sql`'[]'`),
    /** +1 per revision; a draft's also whenever assembly changes it, so a stale edit is caught. */
    version: integer('version').notNull().default(1),
    /** When the row was first written (for a draft: its last assembly). */
    createdAt: createdAt(),
    /** A reviewer's text; assembly never writes it. */
    summary: text('summary').notNull().default(''),
    /** Fields a reviewer set (speaker, start, end, summary, tags, status): assembly keeps their values. */
    locked: text('locked', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** The clips the row held when a reviewer last wrote it; the others are shown as new. */
    seenClipIds: text('seen_clip_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** When a reviewer first wrote the row; null for a pure draft, which the next assembly replaces. */
    touchedAt: text('touched_at'),
    updatedAt: text('updated_at'),
    /** Who wrote the last revision; null for assembly. */
    updatedBy: text('updated_by').references(() => members.id),
    /** Set when a reviewer merged this intervention into another: it holds no clips and leaves the record. */
    mergedInto: text('merged_into'),
    /** The intervention a reviewer split this one off; the halves share new clips by their start. */
    splitFrom: text('split_from'),
  },
  (t) => [index('interventions_dialogue_idx').on(t.dialogueId, t.position)],
);

export const interventionClips = sqliteTable(
  'intervention_clips',
  {
    interventionId: text('intervention_id').notNull().references(() => interventions.id, { onDelete: 'cascade' }),
    clipId: text('clip_id').notNull().references(() => clips.id),
    /** `dissent`: the clip named another speaker for this stretch and was outweighed. */
    role: text('role', { enum: ['support', 'dissent'] }).notNull().default('support'),
  },
  (t) => [primaryKey({ columns: [t.interventionId, t.clipId] }), index('intervention_clips_clip_idx').on(t.clipId)],
);

/** A reviewer's manual live-clock offset for one observer in one dialogue; wins over estimates. */
export const liveOffsets = sqliteTable(
  'live_offsets',
  {
    dialogueId: text('dialogue_id').notNull().references(() => dialogues.id),
    memberId: text('member_id').notNull().references(() => members.id),
    /** Seconds to subtract from the member's live-clock times to reach the recording clock. */
    offset: real('offset').notNull(),
    setBy: text('set_by').notNull().references(() => members.id),
    setAt: text('set_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [primaryKey({ columns: [t.dialogueId, t.memberId] })],
);

/** One step in an intervention's history: who changed what, and the fields as they were after it. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: text('id').primaryKey(),
    interventionId: text('intervention_id').notNull().references(() => interventions.id),
    version: integer('version').notNull(),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    /** The member who made it; null when assembly did. */
    by: text('by').references(() => members.id),
    action: text('action', { enum: REVISION_ACTIONS }).notNull(),
    /** { field: { from, to } } */
    changes: text('changes', { mode: 'json' }).$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    /** The intervention's reviewable fields after this revision; restore copies them back. */
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
  },
  // Unique: two writers that both read version N can never both store version N + 1.
  (t) => [uniqueIndex('revisions_intervention_version_idx').on(t.interventionId, t.version)],
);

/**
 * A read-only link to a dialogue's summary. The secret is in the link only; the table keeps its
 * SHA-256, so a leaked database opens no summary.
 */
export const shareLinks = sqliteTable(
  'share_links',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull().references(() => teams.id),
    dialogueId: text('dialogue_id').notNull().references(() => dialogues.id),
    format: text('format', { enum: ['html', 'md'] }).notNull(),
    /** Hex SHA-256 of the secret. */
    secretHash: text('secret_hash').notNull(),
    /** First characters of the secret, so a person can tell which listed link a URL is. */
    prefix: text('prefix').notNull(),
    createdBy: text('created_by').notNull().references(() => members.id),
    createdAt: createdAt(),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('share_links_hash_idx').on(t.secretHash), index('share_links_dialogue_idx').on(t.dialogueId)],
);

/**
 * The first answer to a POST /clips sent with an Idempotency-Key, per team, so a retry of the
 * same body gets that answer replayed. A row is 'in-flight' while its request runs; created_at
 * doubles as the claim's token, so a request whose stale claim was taken over cannot finish it.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    teamId: text('team_id').notNull().references(() => teams.id),
    key: text('key').notNull(),
    /** Hex SHA-256 of the raw request body. */
    bodyHash: text('body_hash').notNull(),
    state: text('state', { enum: ['in-flight', 'done'] }).notNull(),
    /** The stored answer's HTTP status and JSON text; null while in flight. */
    status: integer('status'),
    response: text('response'),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.key] }), index('idempotency_keys_expiry_idx').on(t.teamId, t.expiresAt)],
);

/**
 * The built-in speaker table (States, IGOs, UN entities, civil society), kept here rather than in the
 * Worker's bundle. Written only by migrations (scripts/speaker-table-sql.ts); the Worker only reads it.
 */
export const speakerEntities = sqliteTable('speaker_entities', {
  /** The entity's place in the table: its order is the order the index is built in. */
  position: integer('position').primaryKey(),
  id: text('id').notNull().unique(),
  kind: text('kind').notNull(),
  /** The whole SpeakerEntity as JSON text; parsed (and checked) by the repository, not by drizzle. */
  entity: text('entity').notNull(),
});
