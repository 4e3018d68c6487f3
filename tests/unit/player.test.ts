/** The player's pure parts: timing (clamping, resuming, the end, the current cue), its one state, its shortcuts. */
import { describe, expect, it } from 'vitest';
import {
  AT_END,
  CUE_LEAD,
  CUE_LINGER,
  clamp,
  currentCue,
  resumeFrom,
} from '../../src/lib/player/timing';
import { initial, isPlaying, next, type PlayerEvent, type PlayerState } from '../../src/lib/player/state';
import { shortcut } from '../../src/lib/player/shortcuts';
import { playButtonName, positionText, whatPlays } from '../../src/lib/player/names';

describe('timing', () => {
  it('keeps a position inside the fragment', () => {
    expect(clamp(-3, 60)).toBe(0);
    expect(clamp(12.5, 60)).toBe(12.5);
    expect(clamp(75, 60)).toBe(60);
  });

  it('starts over once (nearly) at the end, else where it was', () => {
    expect(resumeFrom(30, 60)).toBe(30);
    expect(resumeFrom(60 - AT_END - 0.001, 60)).toBeCloseTo(60 - AT_END - 0.001);
    expect(resumeFrom(60 - AT_END, 60)).toBe(0);
    expect(resumeFrom(60, 60)).toBe(0);
  });

  it('marks the last cue that holds the time, a little before its start and a while after its end', () => {
    const cues = [
      { start: 10, end: 14 },
      { start: 15, end: 20 },
      { start: 22, end: 25 },
    ];
    expect(currentCue(cues, 5)).toBe(-1);
    expect(currentCue(cues, 10 - CUE_LEAD)).toBe(0);
    expect(currentCue(cues, 14 + CUE_LINGER - 0.01)).toBe(0);
    expect(currentCue(cues, 15)).toBe(1); // both match: the later one
    expect(currentCue(cues, 21)).toBe(-1);
    expect(currentCue(cues, 25 + CUE_LINGER)).toBe(-1);
  });
});

describe('names', () => {
  it('names the play button with what plays and how long, playing or not', () => {
    const what = whatPlays('fragment', 78);
    expect(playButtonName(false, what)).toBe('Afspelen: fragment van 1 minuut 18 seconden');
    expect(playButtonName(true, what)).toBe('Pauzeren: fragment van 1 minuut 18 seconden');
    expect(playButtonName(false, whatPlays('de opname', 433))).toBe('Afspelen: de opname van 7 minuten 13 seconden');
  });

  it('speaks a position against the length', () => {
    expect(positionText(12, 78)).toBe('12 seconden van 1 minuut 18 seconden');
    expect(positionText(0, 61)).toBe('0 seconden van 1 minuut 1 seconde');
  });
});

describe('state', () => {
  const run = (events: PlayerEvent[], from: PlayerState = initial(), length = 60) =>
    events.reduce((s, e) => next(s, e, length), from);

  it('is idle until the first press, loading until the media plays, then playing', () => {
    expect(initial().status).toBe('idle');
    const loading = run([{ type: 'play' }]);
    expect(loading.status).toBe('loading');
    expect(isPlaying(loading)).toBe(true);
    expect(run([{ type: 'play' }, { type: 'playing' }]).status).toBe('playing');
  });

  it('pauses where it was, inside the fragment', () => {
    const paused = run([{ type: 'play' }, { type: 'playing' }, { type: 'pause', at: 75 }]);
    expect(paused).toMatchObject({ status: 'paused', position: 60 });
    expect(isPlaying(paused)).toBe(false);
  });

  it('starts over at the end', () => {
    expect(run([{ type: 'seek', to: 60 }, { type: 'play' }]).position).toBe(0);
  });

  it('records where playback began, and measures a new start anew', () => {
    let s = run([{ type: 'play' }, { type: 'began', at: 20 }]);
    expect(s.startedAt).toBe(20);
    s = run([{ type: 'pause', at: 30 }, { type: 'play' }], s);
    expect(s.startedAt).toBeNaN();
  });

  it('ends once: a late second report of the end changes nothing', () => {
    const ended = run([{ type: 'play' }, { type: 'playing' }, { type: 'end', at: 443.02 }]);
    expect(ended).toMatchObject({ status: 'ended', position: 0, endedAt: 443.02 });
    expect(next(ended, { type: 'end', at: 450 }, 60)).toBe(ended);
  });

  it('stays broken after an error, and waits for a press when blocked', () => {
    const failed = run([{ type: 'play' }, { type: 'fail' }]);
    expect(failed.status).toBe('error');
    expect(next(failed, { type: 'play' }, 60)).toBe(failed);
    const blocked = run([{ type: 'play' }, { type: 'block' }]);
    expect(blocked.status).toBe('blocked');
    expect(next(blocked, { type: 'playing' }, 60)).toBe(blocked);
    expect(next(blocked, { type: 'play' }, 60).status).toBe('loading');
  });

  it('a media stop while playing pauses; while paused it changes nothing', () => {
    expect(run([{ type: 'play' }, { type: 'stopped' }]).status).toBe('paused');
    const idle = initial();
    expect(next(idle, { type: 'stopped' }, 60)).toBe(idle);
  });
});

describe('shortcuts', () => {
  it('K, J and L, in either case, without modifiers and outside fields', () => {
    expect(shortcut('k', false, false)).toBe('toggle');
    expect(shortcut('J', false, false)).toBe('back');
    expect(shortcut('l', false, false)).toBe('forward');
    expect(shortcut('k', true, false)).toBeUndefined();
    expect(shortcut('k', false, true)).toBeUndefined();
    expect(shortcut('x', false, false)).toBeUndefined();
  });
});
