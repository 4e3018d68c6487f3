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
import { PROGRESS, STALL, look, watchFrom, type StallAction, type Watch } from '../../src/lib/player/watchdog';

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

  it('a media stop while playing pauses where the media stood; while paused it changes nothing', () => {
    expect(run([{ type: 'play' }, { type: 'stopped' }]).status).toBe('paused');
    expect(run([{ type: 'play' }, { type: 'playing' }, { type: 'stopped', at: 42.5 }])).toMatchObject({ status: 'paused', position: 42.5 });
    const idle = initial();
    expect(next(idle, { type: 'stopped' }, 60)).toBe(idle);
  });
});

describe('stalled playback', () => {
  const run = (events: PlayerEvent[], from: PlayerState = initial(), length = 60) =>
    events.reduce((s, e) => next(s, e, length), from);

  it('a long wait without progress is not playing (the button offers "Afspelen"), keeps where it stood, and a press loads again', () => {
    const stalled = run([{ type: 'play' }, { type: 'slow', at: 54.5 }]);
    expect(stalled).toMatchObject({ status: 'stalled', position: 54.5 });
    expect(isPlaying(stalled)).toBe(false);
    expect(playButtonName(isPlaying(stalled), 'fragment')).toBe('Afspelen: fragment');
    // A late "playing" from the element it gave up on changes nothing.
    expect(next(stalled, { type: 'playing' }, 60)).toBe(stalled);
    expect(next(stalled, { type: 'play' }, 60)).toMatchObject({ status: 'loading', position: 54.5 });
  });

  it('a report of slowness after a pause changes nothing', () => {
    const paused = run([{ type: 'play' }, { type: 'pause', at: 10 }]);
    expect(next(paused, { type: 'slow', at: 10 }, 60)).toBe(paused);
  });
});

describe('watchdog', () => {
  /** Looks at the clock at each (time, position) and lists what it did. */
  const watchAll = (samples: [number, number][], from: Watch = watchFrom(0, 0)) => {
    let w = from;
    const acts: [number, StallAction][] = [];
    for (const [t, at] of samples) {
      const r = look(w, t, at);
      w = r.watch;
      if (r.act) acts.push([t, r.act]);
    }
    return { acts, watch: w };
  };
  const every = (from: number, to: number, at: (t: number) => number) => {
    const out: [number, number][] = [];
    for (let t = from; t <= to + 1e-9; t += 0.25) out.push([t, at(t)]);
    return out;
  };

  it('does nothing while the position moves forward, at any speed the player offers', () => {
    expect(watchAll(every(0, 60, (t) => t * 0.75)).acts).toEqual([]);
    expect(watchAll(every(0, 60, (t) => t * 2)).acts).toEqual([]);
  });

  it('nudges, then reloads, then gives up, each once, timed from the press', () => {
    const { acts, watch } = watchAll(every(0, 30, () => 54.53), watchFrom(0, 54.53));
    expect(acts).toEqual([
      [STALL.nudge, 'nudge'],
      [STALL.reload, 'reload'],
      [STALL.giveUp, 'give-up'],
    ]);
    expect(watch.step).toBe(3);
  });

  it('counts from the last progress: a stall mid-play is caught as one at the start', () => {
    // Plays 10 s, then the clock stops at 10.
    const { acts } = watchAll(every(0, 30, (t) => Math.min(t, 10)));
    expect(acts.map(([t]) => t)).toEqual([10 + STALL.nudge, 10 + STALL.reload, 10 + STALL.giveUp]);
  });

  it('starts over once the position moves again after a nudge', () => {
    // Stuck 3 s (nudged), then plays: no reload, no give-up.
    const { acts } = watchAll(every(0, 20, (t) => (t < 3 ? 0 : t - 3)));
    expect(acts).toEqual([[STALL.nudge, 'nudge']]);
  });

  it('does not take timer jitter or a step back for progress', () => {
    expect(look(watchFrom(0, 5), 3, 5 + PROGRESS / 2).act).toBe('nudge');
    expect(look(watchFrom(0, 5), 3, 4).act).toBe('nudge');
  });

  it('gives up within a bound a reader will wait, in order', () => {
    expect(STALL.nudge).toBeLessThan(STALL.reload);
    expect(STALL.reload).toBeLessThan(STALL.giveUp);
    expect(STALL.giveUp).toBeLessThanOrEqual(10);
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
