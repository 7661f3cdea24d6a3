/** Who can hold the floor at a dialogue. */
export const SPEAKER_KINDS = [
  'state',
  'observer-state',
  'igo',
  'un-entity',
  'ngo',
  'academia',
  'private-sector',
  'chair',
] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** The six official languages of the United Nations. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];
export type UnNames = Readonly<Record<UnLanguage, string>>;

export interface SpeakerEntity {
  /** ISO 3166-1 alpha-3 for States; a short upper-case mnemonic for everyone else (e.g. `UNODC`). */
  readonly id: string;
  readonly kind: SpeakerKind;
  /** The name the record shows: for States, the UN short name in English. */
  readonly display: string;
  readonly iso2?: string;
  readonly names?: Readonly<Partial<Record<UnLanguage, string>>>;
  /** Other spellings observers type: short forms, acronyms, names in other languages. */
  readonly aliases?: readonly string[];
}

/** A Member or observer State: both codes and all six UN names are required. */
export interface StateEntity extends SpeakerEntity {
  readonly kind: 'state' | 'observer-state';
  readonly iso2: string;
  readonly names: UnNames;
}

export type MatchKind = 'exact' | 'alias' | 'code' | 'folded' | 'fuzzy' | 'unknown';

export interface CanonicalSpeaker {
  /** What the observer typed, untouched. */
  readonly typed: string;
  readonly entityId: string | null;
  /** The entity's display name, or the typed text (trimmed, spaces collapsed) when unknown. */
  readonly display: string;
  readonly kind: SpeakerKind | null;
  readonly match: MatchKind;
  /** Edit distance of a fuzzy match. */
  readonly distance?: number;
  /** When unknown because several entities fit equally well: their ids, for a reviewer to choose. */
  readonly candidates?: readonly string[];
  /** "France (on behalf of the European Union)": the group spoken for. */
  readonly onBehalfOf?: CanonicalSpeaker;
}

/** What a team or dialogue adds to the built-in table; it takes precedence over the table. */
export interface SpeakerExtras {
  /** New participants, or replacements for built-in entities with the same id. */
  readonly entities?: readonly SpeakerEntity[];
  /** More spellings for any entity: alias → entity id. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Ids of the dialogue's expected participants; they win fuzzy ties. Extra entities are always preferred. */
  readonly participants?: readonly string[];
}
