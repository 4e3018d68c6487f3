/**
 * One fragment player's state, as one value changed only by `next`: what
 * playback is doing, where it stands while not playing, and where it last
 * began and ended (the browser tests read those). The controller renders
 * from it; the media adapter reports into it.
 */
import { clamp, resumeFrom } from './timing';

/**
 * `stalled`: asked to play, but the media did not move forward for a long
 * while (lib/player/watchdog); nothing plays or loads, and a press tries again.
 */
export type Status = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error' | 'blocked' | 'stalled';

export interface PlayerState {
  status: Status;
  /** Seconds into the fragment while not playing (where the next press starts). */
  position: number;
  /** Position in the recording at the moment playback last began (NaN before). */
  startedAt: number;
  /** Position in the recording where playback last stopped at the fragment's end (NaN before). */
  endedAt: number;
}

export type PlayerEvent =
  /** The listener (or "alles afspelen") asks to play. */
  | { type: 'play' }
  /** The media began to play at `at` in the recording (where it was told to begin, not its clock read late). */
  | { type: 'began'; at: number }
  /** The media really plays (the element's first `playing` after a request). */
  | { type: 'playing' }
  /** Paused by the listener (or another player starting) at a position in the fragment. */
  | { type: 'pause'; at: number }
  /** The media stopped by itself (the engine paused it), at this position in the fragment if known. */
  | { type: 'stopped'; at?: number | undefined }
  /** The media did not move forward for a long while and stopped trying, at this position in the fragment. */
  | { type: 'slow'; at: number }
  /** The fragment's end was reached; `at` is the position in the recording where it stopped. */
  | { type: 'end'; at: number }
  /** The listener moved to a position in the fragment. */
  | { type: 'seek'; to: number }
  | { type: 'fail' }
  /** The browser refused to start (autoplay policy). */
  | { type: 'block' };

export const initial = (position = 0): PlayerState => ({ status: 'idle', position, startedAt: Number.NaN, endedAt: Number.NaN });

/** Whether the player means to play (asked and not yet stopped), though the media may still be loading. */
export const isPlaying = (state: PlayerState): boolean => state.status === 'loading' || state.status === 'playing';

/** The state after an event, for a fragment of this length. */
export function next(state: PlayerState, event: PlayerEvent, length: number): PlayerState {
  switch (event.type) {
    case 'play':
      if (state.status === 'error') return state;
      return {
        ...state,
        status: state.status === 'playing' ? 'playing' : 'loading',
        position: resumeFrom(state.position, length),
        // A new start is measured again when the media begins.
        startedAt: isPlaying(state) ? state.startedAt : Number.NaN,
      };
    case 'began':
      return { ...state, startedAt: event.at };
    case 'playing':
      return isPlaying(state) ? { ...state, status: 'playing' } : state;
    case 'pause':
      return { ...state, status: 'paused', position: clamp(event.at, length) };
    case 'stopped':
      if (!isPlaying(state)) return state;
      return { ...state, status: 'paused', position: event.at === undefined ? state.position : clamp(event.at, length) };
    case 'slow':
      return isPlaying(state) ? { ...state, status: 'stalled', position: clamp(event.at, length) } : state;
    case 'end':
      // Once ended (and back at the start), a late report of the same end changes nothing.
      if (!isPlaying(state) && state.position === 0) return state;
      return { ...state, status: 'ended', position: 0, endedAt: event.at };
    case 'seek':
      return { ...state, position: clamp(event.to, length) };
    case 'fail':
      return { ...state, status: 'error' };
    case 'block':
      return { ...state, status: 'blocked' };
  }
}
