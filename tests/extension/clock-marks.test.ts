import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCommandRunner } from '../../extension/lib/commands';
import { editEdge, formatWallTime, markEdge, parseWallTime, resolveWallRange, type MarkSource } from '../../extension/lib/clock-marks';
import { capturePrefsItem, draftItem, EMPTY_DRAFT, type Draft } from '../../extension/lib/storage';

const player = (currentTime: number, live: boolean): MarkSource => ({
  kind: 'player',
  lookup: { ok: true, tabId: 1, url: 'https://webtv.un.org/en/asset/k1x', time: { currentTime, duration: live ? null : 3600, paused: false, live } },
});
const wall: MarkSource = { kind: 'wall' };
/** Local time on 1 July 2026, as the observer's computer reads it. */
const at = (h: number, m: number, s = 0, day = 1) => new Date(2026, 6, day, h, m, s).getTime();

describe('markEdge', () => {
  it('takes the player time on the recording or the live clock, with the wall clock beside it', () => {
    const recorded = markEdge(EMPTY_DRAFT, 'start', player(75.46, false), at(14, 0));
    expect(recorded).toMatchObject({ clock: 'recording', start: '75.5', startMarkedAt: at(14, 0), url: 'https://webtv.un.org/en/asset/k1x', notice: null });
    const live = markEdge(markEdge(EMPTY_DRAFT, 'start', player(1100, true), at(14, 0)), 'end', player(1160, true), at(14, 1));
    expect(live).toMatchObject({ clock: 'live', start: '1100', end: '1160', startMarkedAt: at(14, 0), endMarkedAt: at(14, 1), notice: null });
  });

  it('takes the local time of day in wall-clock mode', () => {
    expect(markEdge(EMPTY_DRAFT, 'end', wall, at(9, 5, 7))).toMatchObject({ clock: 'wall', end: '09:05:07', endMarkedAt: at(9, 5, 7) });
  });

  it('clears the other edge, with a notice naming both clocks, when the clock changed between Start and End', () => {
    const liveStart = markEdge(EMPTY_DRAFT, 'start', player(1100, true), at(14, 0));
    // The player went from the live stream to the archive before End.
    const ended = markEdge(liveStart, 'end', player(260, false), at(14, 2));
    expect(ended).toMatchObject({ clock: 'recording', start: '', startMarkedAt: null, end: '260' });
    expect(ended.notice).toMatch(/Start was taken on the live player's clock.*recording/);
    // The observer switched to wall-clock mode after End.
    const restarted = markEdge(ended, 'start', wall, at(14, 3));
    expect(restarted).toMatchObject({ clock: 'wall', start: '14:03:00', end: '', endMarkedAt: null });
    expect(restarted.notice).toMatch(/End was taken on the recording.*wall clock/);
  });

  it('keeps both edges on one clock, and leaves the times alone when there is no player', () => {
    const start = markEdge(EMPTY_DRAFT, 'start', player(10, false), at(14, 0));
    expect(markEdge(start, 'end', player(20, false), at(14, 0, 10))).toMatchObject({ start: '10', end: '20', notice: null });
    const failed = markEdge(start, 'end', { kind: 'player', lookup: { ok: false, reason: 'no-video', message: 'No video in this tab.' } }, at(14, 1));
    expect(failed).toEqual({ ...start, notice: 'No video in this tab.' });
  });
});

describe('editEdge', () => {
  const live: Draft = { ...EMPTY_DRAFT, clock: 'live', start: '1100', startMarkedAt: at(14, 0) };

  it("moves a live edge's wall-clock mark with a typed correction", () => {
    expect(editEdge(live, 'start', '1095')).toMatchObject({ start: '1095', startMarkedAt: at(14, 0) - 5000 });
    // Half-typed text leaves the mark where it was.
    expect(editEdge(live, 'start', '11')).toMatchObject({ startMarkedAt: at(14, 0) - 1089_000 });
    expect(editEdge(live, 'start', '1100.')).toMatchObject({ startMarkedAt: at(14, 0) });
    expect(editEdge(live, 'start', '')).toMatchObject({ start: '', startMarkedAt: at(14, 0) });
  });

  it('leaves the mark alone on the recording and the wall clock', () => {
    const walled: Draft = { ...live, clock: 'wall', start: '14:00:00' };
    expect(editEdge(walled, 'start', '13:59:30')).toMatchObject({ start: '13:59:30', startMarkedAt: at(14, 0) });
  });
});

describe('wall-clock times', () => {
  it('show as local HH:MM:SS and parse back, typed with or without seconds', () => {
    expect(formatWallTime(at(9, 5, 7))).toBe('09:05:07');
    expect(parseWallTime('09:05:07')).toBe(9 * 3600 + 5 * 60 + 7);
    expect(parseWallTime(' 9:05 ')).toBe(9 * 3600 + 5 * 60);
    expect(parseWallTime('23:59:59.5')).toBe(86_399.5);
    for (const bad of ['24:00', '12:60', '12:00:61', '1205', '12.05', '', 'noon']) expect(parseWallTime(bad), bad).toBeUndefined();
  });

  it('resolve against the date of the mark, else of the Start mark, else today', () => {
    const marked: Draft = { ...EMPTY_DRAFT, clock: 'wall', start: '14:00:05', end: '14:02:00', startMarkedAt: at(14, 0, 5, 3), endMarkedAt: null };
    expect(resolveWallRange(marked, at(8, 0, 0, 9))).toEqual({ ok: true, start: at(14, 0, 5, 3) / 1000, end: at(14, 2, 0, 3) / 1000 });
    const typed: Draft = { ...EMPTY_DRAFT, clock: 'wall', start: '10:00', end: '' };
    expect(resolveWallRange(typed, at(8, 0, 0, 9))).toEqual({ ok: true, start: at(10, 0, 0, 9) / 1000, end: null });
  });

  it('run past midnight into the next day, and refuse an End that is simply before Start', () => {
    const late: Draft = { ...EMPTY_DRAFT, clock: 'wall', start: '23:58:00', end: '00:03:00', startMarkedAt: at(23, 58) };
    expect(resolveWallRange(late, at(9, 0))).toEqual({ ok: true, start: at(23, 58) / 1000, end: at(0, 3, 0, 2) / 1000 });
    const backwards: Draft = { ...EMPTY_DRAFT, clock: 'wall', start: '14:00', end: '13:00' };
    expect(resolveWallRange(backwards, at(9, 0))).toEqual({ ok: false, field: 'end', key: 'clock.error.endBeforeStart' });
    expect(resolveWallRange({ ...backwards, end: '1300' }, at(9, 0))).toEqual({ ok: false, field: 'end', key: 'clock.error.wallFormat' });
    expect(resolveWallRange({ ...backwards, start: '75.5' }, at(9, 0))).toEqual({ ok: false, field: 'start', key: 'clock.error.wallFormat' });
  });
});

describe('the keyboard commands mark by the same rule', () => {
  it('End by the wall clock after Start on the player clears Start and stores the notice in words', async () => {
    fakeBrowser.reset();
    await capturePrefsItem.setValue({ mode: 'wall', channel: 'floor' });
    const start = markEdge(EMPTY_DRAFT, 'start', player(75, false), at(14, 0));
    await draftItem.setValue(start);
    const runner = createCommandRunner({ add: async () => undefined, now: () => at(14, 1, 5) });
    const result = await runner.run('clip-end');
    expect(result.draft).toMatchObject({ clock: 'wall', start: '', end: '14:01:05' });
    expect(result.draft.notice).toMatch(/^Start was taken on the recording's clock; End is now on the wall clock/);
    expect(await draftItem.getValue()).toEqual(result.draft);
  });
});
