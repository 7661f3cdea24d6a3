// The modules themselves, not '../speakers': its index holds the whole speaker table, which the
// side panel (through markMachineText) must not load up front.
import type { SpeakerIndex } from '../speakers/build-index';
import { canonicaliseSpeaker } from '../speakers/canonicalise';
import type { TranscriptSpeaker } from './model';

// The presiding officer speaks as the Chair whatever their country. "President" alone is left out:
// on UN Web TV it is as often a Head of State speaking for their country.
const PRESIDING = /^(?:the\s+)?(?:co-?\s?|vice-?\s?)?(?:chair(?:person|man|woman)?|moderator|facilitator)\b/iu;

/** The entity's display name when the text is a known speaker, else null (no guessing from transcripts). */
function known(index: SpeakerIndex, text: string | null): string | null {
  if (!text) return null;
  const found = canonicaliseSpeaker(index, text);
  return found.entityId !== null && found.match !== 'fuzzy' ? found.display : null;
}

/** The affiliation's entity: a State by its alpha-3 code, else an entity id or name we know. */
function affiliationOf(index: SpeakerIndex, s: TranscriptSpeaker): string | null {
  const code = s.affiliation?.toUpperCase() ?? null;
  if (code && /^[A-Z]{3}$/.test(code)) {
    const id = index.codes.get(code);
    if (id) return index.entities.get(id)?.display ?? null;
  }
  if (code && index.entities.has(code)) return index.entities.get(code)!.display;
  return known(index, s.affiliationFull) ?? known(index, s.affiliation);
}

/**
 * The speaker as the capture form writes it: the canonical entity for the affiliation ("Mexico"),
 * the Chair for the presiding officer, "Portugal (on behalf of the European Union)" when a group is
 * spoken for. Without a known affiliation the person's name stands in, as the site gave it. Null
 * when the transcript does not say who spoke.
 */
export function speakerFromTranscript(index: SpeakerIndex, s: TranscriptSpeaker): string | null {
  const presiding = s.function !== null && PRESIDING.test(s.function.trim());
  const who = presiding ? (index.entities.get('CHAIR')?.display ?? 'Chair') : (affiliationOf(index, s) ?? s.name ?? s.affiliationFull ?? s.affiliation);
  if (!who) return null;
  if (!s.group || presiding) return who;
  const group = known(index, s.group) ?? s.group;
  return group === who ? who : `${who} (on behalf of ${group})`;
}
