import { describe, expect, it } from 'vitest';
import {
  ClipBatchSchema,
  ClipInputSchema,
  DialogueCreateSchema,
  MAX_CLIPS_PER_BATCH,
  toProblems,
} from '../../shared/schemas';

const webcastClip = {
  id: '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b',
  dialogueId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  kind: 'webcast',
  clock: 'recording',
  start: 12.5,
  end: 19,
  speaker: 'France',
  capturedAt: '2026-06-01T10:00:00Z',
};

function problemsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return toProblems(result.error as never).map((p) => p.path);
}

describe('ClipInputSchema', () => {
  it('accepts a webcast clip and fills defaults', () => {
    const parsed = ClipInputSchema.parse(webcastClip);
    expect(parsed).toMatchObject({ tags: [], note: '', channel: 'floor' });
  });

  it('accepts a page quote with selectors', () => {
    const { clock: _clock, start: _start, end: _end, ...common } = webcastClip;
    const parsed = ClipInputSchema.parse({
      ...common,
      kind: 'page',
      url: 'https://www.unodc.org/unodc/en/organized-crime/constructive-dialogues.html',
      quote: { exact: 'We call on States', prefix: 'Chair: ', suffix: ' to act.' },
      position: { start: 10, end: 27 },
    });
    expect(parsed.kind).toBe('page');
  });

  it.each([
    ['a negative start', { start: -1 }, 'start'],
    ['an end before the start', { start: 20, end: 10 }, 'end'],
    ['an infinite start', { start: Infinity }, 'start'],
    ['a start given as text', { start: '12' }, 'start'],
    ['an empty speaker', { speaker: '   ' }, 'speaker'],
    ['an id that is not a UUID', { id: 'clip-1' }, 'id'],
    ['an unknown clock', { clock: 'sundial' }, 'clock'],
    ['a capture time without a zone', { capturedAt: '2026-06-01 10:00' }, 'capturedAt'],
    ['an over-long note', { note: 'x'.repeat(10_001) }, 'note'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
  ])('refuses %s, naming the field', (_label, change, path) => {
    expect(problemsOf(ClipInputSchema, { ...webcastClip, ...change })).toContain(path);
  });

  it('refuses unknown fields', () => {
    expect(problemsOf(ClipInputSchema, { ...webcastClip, speakr: 'France' }).length).toBeGreaterThan(0);
  });

  it('refuses an unknown kind', () => {
    expect(problemsOf(ClipInputSchema, { ...webcastClip, kind: 'audio' })).toContain('kind');
  });
});

describe('ClipBatchSchema', () => {
  it(`holds 1 to ${MAX_CLIPS_PER_BATCH} clips`, () => {
    expect(ClipBatchSchema.safeParse({ clips: [] }).success).toBe(false);
    expect(ClipBatchSchema.safeParse({ clips: Array(MAX_CLIPS_PER_BATCH).fill({}) }).success).toBe(true);
    expect(problemsOf(ClipBatchSchema, { clips: Array(MAX_CLIPS_PER_BATCH + 1).fill({}) })).toContain('clips');
  });
});

describe('DialogueCreateSchema', () => {
  const dialogue = { title: 'Constructive Dialogue on Firearms', theme: 'firearms', date: '2026-06-03' };

  it('accepts the minimum and optional webcast and recording start', () => {
    expect(DialogueCreateSchema.parse(dialogue).title).toBe(dialogue.title);
    expect(
      DialogueCreateSchema.parse({
        ...dialogue,
        webcastUrl: 'https://webtv.un.org/en/asset/k1o/k1o7stmi6p',
        recordingStartedAt: '2026-06-03T13:00:00+02:00',
      }).webcastUrl,
    ).toContain('k1o7stmi6p');
  });

  it.each([
    ['an unknown theme', { theme: 'piracy' }, 'theme'],
    ['an impossible date', { date: '2026-02-30' }, 'date'],
    ['an empty title', { title: ' ' }, 'title'],
  ])('refuses %s', (_label, change, path) => {
    expect(problemsOf(DialogueCreateSchema, { ...dialogue, ...change })).toContain(path);
  });
});
