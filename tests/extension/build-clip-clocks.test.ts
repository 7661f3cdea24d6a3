import { describe, expect, it } from 'vitest';
import { buildClip } from '../../extension/lib/build-clip';
import { EMPTY_DRAFT, type Draft } from '../../extension/lib/storage';
import { DIALOGUE } from './helpers/fixtures';

const at = (h: number, m: number, s = 0, day = 1) => new Date(2026, 6, day, h, m, s).getTime();
const build = (draft: Partial<Draft>, capturedAtMs = at(16, 0)) =>
  buildClip({
    draft: { ...EMPTY_DRAFT, speaker: 'France', ...draft },
    dialogueId: DIALOGUE.id,
    id: '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b',
    capturedAt: new Date(capturedAtMs).toISOString(),
  });

describe('building a clip on its clock', () => {
  it("keeps a live player's seconds on the live clock, with the wall clock of both marks", () => {
    const built = build({ clock: 'live', start: '1100', end: '1160.5', startMarkedAt: at(14, 1, 40), endMarkedAt: at(14, 2, 40) });
    expect(built).toMatchObject({
      ok: true,
      clip: {
        clock: 'live',
        start: 1100,
        end: 1160.5,
        markedAt: { start: new Date(at(14, 1, 40)).toISOString(), end: new Date(at(14, 2, 40)).toISOString() },
      },
    });
  });

  it('leaves out an End mark that pairs with no End, or that came before Start was taken again', () => {
    expect(build({ clock: 'live', start: '1100', end: '', startMarkedAt: at(14, 1), endMarkedAt: at(14, 2) })).toMatchObject({
      ok: true,
      clip: { end: null, markedAt: { start: new Date(at(14, 1)).toISOString(), end: null } },
    });
    expect(build({ clock: 'live', start: '1100', end: '1160', startMarkedAt: at(14, 3), endMarkedAt: at(14, 2) })).toMatchObject({
      ok: true,
      clip: { markedAt: { end: null } },
    });
  });

  it('sends recording-clock clips as before, without marks (their content hash is unchanged)', () => {
    const built = build({ clock: 'recording', start: '75.5', end: '95', startMarkedAt: at(14, 0), endMarkedAt: at(14, 1) });
    expect(built.ok && built.clip).toMatchObject({ clock: 'recording', start: 75.5, end: 95 });
    expect(built.ok && 'markedAt' in built.clip).toBe(false);
  });

  it('sends wall-clock clips as Unix seconds, on the date they were marked', () => {
    const built = build({ clock: 'wall', start: '14:00:05', end: '14:02:00', startMarkedAt: at(14, 0, 5, 3), endMarkedAt: at(14, 2, 0, 3) }, at(9, 0, 0, 4));
    expect(built).toMatchObject({ ok: true, clip: { clock: 'wall', start: at(14, 0, 5, 3) / 1000, end: at(14, 2, 0, 3) / 1000 } });
  });

  it('takes a typed wall time on the day of capture, and an End after midnight on the next day', () => {
    expect(build({ clock: 'wall', start: '10:15', end: '' }, at(16, 0, 0, 2))).toMatchObject({ ok: true, clip: { start: at(10, 15, 0, 2) / 1000, end: null } });
    expect(build({ clock: 'wall', start: '23:59:30', end: '00:01:10' }, at(0, 2, 0, 2))).toMatchObject({ ok: true, clip: { start: at(23, 59, 30, 2) / 1000, end: at(0, 1, 10, 3) / 1000 } });
  });

  it('refuses wall times that are not times of day, or an End well before Start, with the clock message', () => {
    expect(build({ clock: 'wall', start: '75.5' })).toEqual({ ok: false, errors: { start: { key: 'clock.error.wallFormat' } } });
    expect(build({ clock: 'wall', start: '14:00', end: '13:00' })).toEqual({ ok: false, errors: { end: { key: 'clock.error.endBeforeStart' } } });
    expect(build({ clock: 'wall', start: '', end: '' })).toEqual({ ok: false, errors: { start: { key: 'capture.error.startMissing' } } });
  });
});
