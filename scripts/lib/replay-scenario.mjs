// Pure parts of `npm run replay`: reading and checking a scenario file (tests/scenarios/FORMAT.md),
// turning its clips into the API's ClipInput, planning the observers' outbox flushes, and shaping
// the record into the output the scorer reads.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The server takes at most this many clips per POST /clips (shared/schemas/clip.ts). */
export const MAX_CLIPS_PER_BATCH = 50;

export class ScenarioError extends Error {}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v) => (v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 60));

/** Reads and checks a scenario file; the error names the file and the first bad field. */
export function readScenario(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScenarioError(`cannot read the scenario ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(`the scenario ${file} is not valid JSON: ${error.message}`);
  }
  try {
    return checkScenario(data);
  } catch (error) {
    if (error instanceof ScenarioError) throw new ScenarioError(`the scenario ${file} is invalid: ${error.message}`);
    throw error;
  }
}

/** Checks the fields the replay uses and returns the scenario with defaults filled in. */
export function checkScenario(data) {
  const fail = (path, want, got) => {
    throw new ScenarioError(`${path} must be ${want} (got ${show(got)})`);
  };
  const text = (path, v, { optional = false } = {}) => {
    if (optional && (v === undefined || v === null)) return;
    if (typeof v !== 'string' || !v.trim()) fail(path, 'a non-empty string', v);
  };
  const instant = (path, v) => {
    if (typeof v !== 'string' || !/T.*(Z|[+-]\d\d:?\d\d)$/.test(v) || Number.isNaN(Date.parse(v))) fail(path, 'an ISO date-time with a zone', v);
  };
  const seconds = (path, v, { nullable = false } = {}) => {
    if (nullable && v === null) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(path, `a number of seconds >= 0${nullable ? ' or null' : ''}`, v);
  };

  if (!isObject(data)) fail('the file', 'a JSON object', data);
  const d = data.dialogue;
  if (!isObject(d)) fail('dialogue', 'an object', d);
  text('dialogue.title', d.title);
  text('dialogue.theme', d.theme);
  if (typeof d.date !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(d.date)) fail('dialogue.date', 'a date as YYYY-MM-DD', d.date);
  text('dialogue.webcastUrl', d.webcastUrl, { optional: true });
  if (d.recordingStartedAt !== undefined && d.recordingStartedAt !== null) instant('dialogue.recordingStartedAt', d.recordingStartedAt);

  if (!Array.isArray(data.observers) || data.observers.length === 0) fail('observers', 'a non-empty array', data.observers);
  const observers = new Set();
  data.observers.forEach((o, i) => {
    if (!isObject(o)) fail(`observers[${i}]`, 'an object', o);
    text(`observers[${i}].id`, o.id);
    text(`observers[${i}].name`, o.name, { optional: true });
    if (observers.has(o.id)) fail(`observers[${i}].id`, 'unique', o.id);
    observers.add(o.id);
  });

  if (!Array.isArray(data.clips)) fail('clips', 'an array', data.clips);
  const ids = new Set();
  const clips = data.clips.map((c, i) => {
    const at = `clips[${i}]`;
    if (!isObject(c)) fail(at, 'an object', c);
    text(`${at}.id`, c.id);
    if (ids.has(c.id)) fail(`${at}.id`, 'unique', c.id);
    ids.add(c.id);
    if (!observers.has(c.observer)) fail(`${at}.observer`, `one of the observers' ids (${[...observers].join(', ')})`, c.observer);
    instant(`${at}.capturedAt`, c.capturedAt);
    text(`${at}.speaker`, c.speaker);
    if (c.tags !== undefined && c.tags !== null && (!Array.isArray(c.tags) || c.tags.some((t) => typeof t !== 'string'))) fail(`${at}.tags`, 'an array of strings', c.tags);
    if (c.note !== undefined && c.note !== null && typeof c.note !== 'string') fail(`${at}.note`, 'a string', c.note);
    if (c.kind === 'webcast') {
      if (!['recording', 'live', 'wall'].includes(c.clock)) fail(`${at}.clock`, '"recording", "live" or "wall"', c.clock);
      seconds(`${at}.start`, c.start);
      seconds(`${at}.end`, c.end, { nullable: true });
      if (c.end !== null && c.end < c.start) fail(`${at}.end`, `null or not before start (${c.start})`, c.end);
    } else if (c.kind === 'page') {
      text(`${at}.url`, c.url);
      text(`${at}.quote`, c.quote);
    } else fail(`${at}.kind`, '"webcast" or "page"', c.kind);
    return { ...c, tags: c.tags ?? [], note: c.note ?? '' };
  });
  return {
    ...data,
    name: typeof data.name === 'string' && data.name.trim() ? data.name : 'scenario',
    observers: data.observers.map((o) => ({ ...o, name: o.name ?? o.id })),
    clips,
  };
}

/** A scenario clip as the API's ClipInput (shared/schemas/clip.ts). */
export function toClipInput(clip, dialogueId) {
  const common = {
    id: clip.id,
    dialogueId,
    speaker: clip.speaker,
    tags: clip.tags,
    note: clip.note,
    channel: 'floor',
    capturedAt: clip.capturedAt,
  };
  if (clip.kind === 'page') {
    return { ...common, kind: 'page', url: clip.url, quote: { exact: clip.quote, prefix: '', suffix: '' } };
  }
  return { ...common, kind: 'webcast', url: clip.url ?? null, clock: clip.clock, start: clip.start, end: clip.end };
}

/**
 * The POST /clips requests, in the order the observers' outboxes would send them. Each observer
 * saves clips in capture order; its outbox flushes when it holds `flushEvery` clips or when its
 * oldest waiting clip has waited `flushAfterS` seconds of capture time (the periodic retry of an
 * observer on a poor connection). Flushes of all observers are interleaved by the time they happen.
 */
export function planBatches(clips, { flushEvery = 5, flushAfterS = 300 } = {}) {
  const at = (c) => Date.parse(c.capturedAt) / 1000;
  const ordered = clips.map((clip, index) => ({ clip, index, t: at(clip) })).sort((a, b) => a.t - b.t || a.index - b.index);
  const waiting = new Map();
  const batches = [];
  const flush = (observer) => {
    const entries = waiting.get(observer);
    waiting.delete(observer);
    for (let i = 0; i < entries.length; i += MAX_CLIPS_PER_BATCH) {
      batches.push({ observer, clips: entries.slice(i, i + MAX_CLIPS_PER_BATCH).map((e) => e.clip) });
    }
  };
  // Timer flushes due by time `t`, earliest first (ties by observer id, so the plan is deterministic).
  const flushDue = (t) => {
    const due = [...waiting].filter(([, e]) => e[0].t + flushAfterS <= t);
    due.sort((a, b) => a[1][0].t - b[1][0].t || a[0].localeCompare(b[0]));
    for (const [observer] of due) flush(observer);
  };
  for (const entry of ordered) {
    flushDue(entry.t);
    const observer = entry.clip.observer;
    if (!waiting.has(observer)) waiting.set(observer, []);
    waiting.get(observer).push(entry);
    if (waiting.get(observer).length >= flushEvery) flush(observer);
  }
  flushDue(Infinity);
  return batches;
}

/** The extension's key: the SHA-256 of the request body, so a re-sent batch carries the same key. */
export function idempotencyKey(body) {
  return createHash('sha256').update(body).digest('hex');
}

/** The record's speaker is a display name, or an object {name, code, kind, known}. */
function speakerOf(speaker) {
  if (speaker && typeof speaker === 'object') {
    return { speaker: speaker.name ?? null, code: speaker.code ?? null, kind: speaker.kind ?? null, known: speaker.known ?? null };
  }
  return { speaker: speaker ?? null, code: null };
}

/**
 * OUT.json: the record's interventions on the recording clock, in the shape evaluate.mjs reads.
 * `observerOf` maps member ids to the scenario's observer ids, so offsets read like the scenario's
 * `expected.liveClockOffsets`.
 */
export function toOutput(scenario, record, observerOf = new Map()) {
  return {
    scenario: scenario.name,
    dialogueId: record.dialogueId,
    interventions: record.interventions.map(({ speaker, start, end, clipIds, conflicts, ...rest }) => ({
      ...speakerOf(speaker),
      start,
      end,
      clipIds,
      conflicts: conflicts ?? [],
      ...rest,
    })),
    offsets: Object.fromEntries(
      Object.entries(record.offsets ?? {}).map(([memberId, estimate]) => [observerOf.get(memberId) ?? memberId, { ...estimate, memberId }]),
    ),
  };
}
