// A deterministic generator of capture scenarios in the FORMAT.md format, with the phenomena real
// observers produce: late clicks, missing ends, a statement clipped in two parts, aliases, ISO codes,
// French and Spanish names, typos, stray case and spaces, a live observer with an unknown offset,
// speakers who take the floor twice and, in hard mode, clips naming the wrong speaker.
// The speakers' spellings come from the speaker table's own data, never from the canonicaliser.
import { SPEAKER_TABLE, fold } from '../../shared/speakers';
import type { SpeakerEntity } from '../../shared/speakers';
import type { ExpectedIntervention, Scenario, ScenarioClip } from './scenario';

export interface Phenomena {
  clips: number;
  lateClicks: number;
  openEnds: number;
  splitStatements: number;
  typedVariants: number;
  liveObservers: number;
  secondFloor: number;
  wrongSpeaker: number;
  pageQuotes: number;
}
export type GeneratedScenario = Scenario & { generated: { seed: number; hard: boolean; phenomena: Phenomena } };

type Rng = ReturnType<typeof rng>;

/** mulberry32: small, fast and the same on every platform. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const uniform = (lo: number, hi: number) => lo + next() * (hi - lo);
  const int = (lo: number, hi: number) => Math.floor(uniform(lo, hi + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Math.floor(next() * 4) + 8) as number).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, uniform, int, pick, chance, shuffle, uuid };
}

const THEMES = {
  firearms: 'Firearms',
  'smuggling-of-migrants': 'Smuggling of Migrants',
  'trafficking-in-persons': 'Trafficking in Persons',
  'international-cooperation': 'International Cooperation',
  'technical-assistance': 'Technical Assistance',
} as const;
const TAGS = ['review-mechanism', 'ngo-participation', 'capacity-building', 'data', 'victims', 'tracing', 'marking', 'diversion'];
const VERBS = ['Welcomed', 'Stressed', 'Called for', 'Recommended', 'Raised concerns about'];
const TOPICS = ['the role of civil society', 'victim identification', 'the self-assessment questionnaire', 'data collection and sharing', 'capacity-building needs', 'gender-sensitive approaches'];

// A spelling shared by two entities in the table (e.g. "AU") is ambiguous by design; observers' variants avoid it.
const owners = new Map<string, Set<string>>();
for (const e of SPEAKER_TABLE) {
  for (const s of [e.display, e.id, e.iso2, ...Object.values(e.names ?? {}), ...(e.aliases ?? [])]) {
    if (!s) continue;
    const key = fold(s);
    owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
  }
}
const unambiguous = (s: string) => owners.get(fold(s))?.size === 1;

function typo(r: Rng, name: string): string {
  const letters = [...name].flatMap((c, i) => (/\p{L}/u.test(c) && i > 0 ? [i] : []));
  const i = r.pick(letters);
  const chars = [...name];
  const letter = String.fromCharCode(97 + r.int(0, 25));
  const kind = r.int(0, 3);
  if (kind === 0) chars[i] = chars[i] === letter ? 'x' : letter;
  else if (kind === 1) chars.splice(i, 1);
  else if (kind === 2) chars.splice(i, 0, letter);
  else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  else chars.splice(i, 1);
  return chars.join('');
}

/** How an observer might type this speaker: mostly the display name, else one of the table's other spellings. */
function variant(r: Rng, e: SpeakerEntity): string {
  const names = [e.names?.fr, e.names?.es].filter((s): s is string => !!s && s !== e.display && unambiguous(s));
  const aliases = (e.aliases ?? []).filter(unambiguous);
  const letters = e.display.replace(/[^\p{L}]/gu, '').length;
  const options: [number, () => string][] = [
    [0.45, () => e.display],
    [names.length ? 0.12 : 0, () => r.pick(names)],
    [aliases.length ? 0.15 : 0, () => r.pick(aliases)],
    [e.kind === 'state' || e.kind === 'observer-state' ? 0.08 : 0, () => e.id],
    [letters > 8 ? 0.08 : 0, () => typo(r, e.display)],
    [0.06, () => (r.chance(0.5) ? e.display.toLowerCase() : e.display.toUpperCase())],
    [0.06, () => `${' '.repeat(r.int(1, 2))}${e.display}${' '.repeat(r.int(0, 2))}`],
  ];
  let x = r.uniform(0, options.reduce((sum, [w]) => sum + w, 0));
  for (const [w, make] of options) if ((x -= w) < 0) return make();
  return e.display;
}

interface Turn {
  speaker: SpeakerEntity;
  start: number;
  end: number;
}

function participants(r: Rng): SpeakerEntity[] {
  const of = (...kinds: string[]) => SPEAKER_TABLE.filter((e) => kinds.includes(e.kind));
  const unodc = SPEAKER_TABLE.find((e) => e.id === 'UNODC')!;
  return r.shuffle([
    ...r.shuffle(of('state', 'observer-state')).slice(0, r.int(14, 20)),
    ...r.shuffle(of('igo')).slice(0, r.int(1, 2)),
    r.chance(0.7) ? unodc : r.pick(of('un-entity')),
    ...r.shuffle(of('ngo', 'academia')).slice(0, r.int(2, 4)),
  ]);
}

/** The meeting: an optional opening by the Chair, one turn each, short Chair interjections, a second floor or two. */
function timeline(r: Rng, people: SpeakerEntity[], hard: boolean): Turn[] {
  const chair = SPEAKER_TABLE.find((e) => e.id === 'CHAIR')!;
  const order = [...people];
  for (let k = hard ? 2 : r.int(1, 2); k > 0; k--) {
    const i = r.int(0, Math.floor(order.length / 2));
    const speaker = order[i]!;
    // A second round or a right of reply: later, and never right next to the same speaker.
    let j = r.int(i + 3, order.length);
    while (order[j - 1] === speaker || order[j] === speaker) j = Math.min(order.length, j + 1);
    order.splice(j, 0, speaker);
  }
  const turns: Turn[] = [];
  let t = 0;
  const push = (speaker: SpeakerEntity, length: number) => {
    turns.push({ speaker, start: round(t), end: round(t + length) });
    t += length + (r.chance(0.8) ? r.uniform(2, 25) : r.uniform(25, 55));
  };
  if (r.chance(0.5)) push(chair, r.uniform(120, 300));
  else t = r.uniform(150, 300);
  for (const speaker of order) {
    // Never the Chair twice in a row: with nobody in between, that is one intervention.
    if (turns.length && turns.at(-1)!.speaker !== chair && r.chance(0.12)) push(chair, r.uniform(10, 35));
    push(speaker, r.chance(0.15) ? r.uniform(25, 60) : r.uniform(80, 450));
  }
  return turns;
}

const round = (x: number) => Math.round(x * 10) / 10;

export function generateScenario(seed: number, { hard = false } = {}): GeneratedScenario {
  const r = rng(seed * 7919 + (hard ? 1 : 0));
  const theme = r.pick(Object.keys(THEMES) as (keyof typeof THEMES)[]);
  const asset = `k1${String.fromCharCode(97 + r.int(0, 25))}`;
  const webcastUrl = `https://webtv.un.org/en/asset/${asset}/${asset}${Array.from({ length: 7 }, () => r.int(0, 35).toString(36)).join('')}`;
  const date = new Date(Date.UTC(2023 + r.int(0, 2), r.int(0, 11), r.int(1, 28)));
  const day = date.toISOString().slice(0, 10);
  const t0 = Date.parse(`${day}T13:00:00Z`) / 1000 + r.int(0, 20 * 60);
  const people = participants(r);
  const turns = timeline(r, people, hard);

  const observerCount = r.chance(0.7) ? 3 : 4;
  const observers = Array.from({ length: observerCount }, (_, i) => ({ id: `obs-${i + 1}`, name: `Observer ${i + 1}` }));
  const live = hard || r.chance(0.5) ? r.pick(observers).id : null;
  const liveOffset = round(r.uniform(300, 900));
  const phenomena: Phenomena = { clips: 0, lateClicks: 0, openEnds: 0, splitStatements: 0, typedVariants: 0, liveObservers: live ? 1 : 0, secondFloor: 0, wrongSpeaker: 0, pageQuotes: 0 };
  const habits = new Map<string, string>();
  const typed = (observer: string, e: SpeakerEntity) => {
    const key = `${observer}|${e.id}`;
    if (!habits.has(key)) habits.set(key, variant(r, e));
    return habits.get(key)!;
  };

  const clips: ScenarioClip[] = [];
  const expected: ExpectedIntervention[] = [];
  const spoken = new Set<string>();
  turns.forEach((turn) => {
    const isChair = turn.speaker.id === 'CHAIR';
    const made: ScenarioClip[] = [];
    // Each observer misses some statements; a statement nobody clipped is not in the record at all, and
    // only the Chair's short interjections go wholly unclipped (else X, unclipped Y, X would read as one turn).
    const present = observers.filter(() => r.chance(isChair ? 0.5 : 0.85));
    if (!present.length && !isChair) present.push(r.pick(observers));
    for (const { id: observer } of present) {
      const offset = observer === live ? liveOffset : 0;
      // Archive watchers save the next day; the live observer saves during the meeting.
      const savedAt = (at: number) => new Date((t0 + (observer === live ? 0 : 86_400) + at + r.uniform(1, 20)) * 1000).toISOString();
      const clip = (start: number, end: number | null, savedFor: number): ScenarioClip => ({
        id: r.uuid(), observer, capturedAt: savedAt(savedFor), kind: 'webcast', url: webcastUrl,
        clock: observer === live ? 'live' : 'recording', start: round(start + offset), end: end === null ? null : round(end + offset),
        speaker: typed(observer, turn.speaker), tags: r.shuffle(TAGS).slice(0, r.int(0, 2)), note: r.chance(0.6) ? `${r.pick(VERBS)} ${r.pick(TOPICS)}.` : '',
      });
      const late = hard && r.chance(0.15) ? (r.chance(0.4) ? r.uniform(-3, 0) : r.uniform(8, 18)) : r.uniform(0, 8);
      const start = Math.max(0, turn.start + late);
      const markedEnd = Math.max(turn.end + r.uniform(-8, 10), start + 0.3 * (turn.end - start));
      const open = r.chance(hard ? 0.08 : 0.06);
      if (turn.end - turn.start > 150 && r.chance(0.15)) {
        const cut = turn.start + (turn.end - turn.start) * r.uniform(0.3, 0.7);
        made.push(clip(start, cut - r.uniform(0, 3), cut), clip(cut + r.uniform(0, 6), open ? null : markedEnd, turn.end));
        phenomena.splitStatements++;
      } else made.push(clip(start, open ? null : markedEnd, turn.end));
      if (late > 0) phenomena.lateClicks++;
      if (open) phenomena.openEnds++;
    }
    if (hard) {
      const wrongs = new Set<string>();
      for (const c of made) {
        const others = new Set(made.filter((o) => o.observer !== c.observer && !wrongs.has(o.observer)).map((o) => o.observer));
        // About one clip in twenty where the others can outvote it (the sample files never leave a wrong name alone).
        if (wrongs.has(c.observer) || others.size < 2 || !r.chance(0.07)) continue;
        // Like the sample files: another participant of the dialogue, not the neighbour on the floor.
        const wrong = r.pick(people.filter((p) => p.id !== turn.speaker.id));
        for (const part of made) {
          if (part.observer !== c.observer) continue;
          part.speaker = typed(c.observer, wrong);
          phenomena.wrongSpeaker++;
        }
        wrongs.add(c.observer);
      }
    }
    if (!made.length) return;
    if (!isChair && spoken.has(turn.speaker.id)) phenomena.secondFloor++;
    spoken.add(turn.speaker.id);
    expected.push({ speaker: turn.speaker.display, start: turn.start, end: turn.end });
    clips.push(...made);
  });

  // Quotes from written statements: most from speakers who spoke, sometimes one who only sent a text.
  const quotedOnly: Scenario['expected']['quotedOnly'] = [];
  const quote = (e: SpeakerEntity, at: number, n: number) => {
    const text = `${r.pick(VERBS)} ${r.pick(TOPICS)}`;
    const observer = r.pick(observers).id;
    clips.push({
      id: r.uuid(), observer, capturedAt: new Date((t0 + at + r.uniform(0, 300)) * 1000).toISOString(), kind: 'page',
      url: `https://www.unodc.org/documents/treaties/UNTOC/constructive-dialogues/${theme}/statement-${n}.pdf`,
      clock: null, start: null, end: null, speaker: typed(observer, e), quote: text, tags: r.shuffle(TAGS).slice(0, r.int(0, 1)), note: '',
    });
    phenomena.pageQuotes++;
    return text;
  };
  const dated = turns.filter((t) => t.speaker.id !== 'CHAIR' && expected.some((e) => e.start === t.start));
  for (let k = r.int(2, 6); k > 0; k--) {
    const t = r.pick(dated);
    quote(t.speaker, (t.start + t.end) / 2, turns.indexOf(t) + 1);
  }
  const silent = SPEAKER_TABLE.filter((e) => (e.kind === 'state' || e.kind === 'ngo') && !spoken.has(e.id));
  if (r.chance(0.5)) {
    const e = r.pick(silent);
    quotedOnly.push({ speaker: e.display, quote: quote(e, turns.at(-1)!.end, turns.length + 1) });
  }

  clips.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  phenomena.clips = clips.length;
  phenomena.typedVariants = clips.filter((c) => !SPEAKER_TABLE.some((e) => e.display === c.speaker)).length;
  const name = `synthetic-${seed}${hard ? '-hard' : ''}`;
  return {
    name,
    dialogue: { title: `Constructive Dialogue on ${THEMES[theme]}`, theme, date: day, webcastUrl, recordingStartedAt: new Date(t0 * 1000).toISOString().replace('.000', '') },
    observers,
    clips,
    expected: { interventions: expected, quotedOnly, liveClockOffsets: live ? { [live]: liveOffset } : {} },
    generated: { seed, hard, phenomena },
  };
}
