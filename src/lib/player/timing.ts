/**
 * The player's timing, as plain numbers: where in a fragment playback is,
 * where a press starts, and which transcript cue is being spoken. The end
 * needs no timing: a fragment plays its own clip, which ends where it ends.
 * Times are in seconds; a fragment runs from `start` to `end` in its
 * recording, and a position is counted from the fragment's start.
 */

/**
 * Playing this close to the end counts as at the end, so a new press starts
 * over instead of playing a last sliver. About one audio frame (26 ms in MP3)
 * plus the browser's clock granularity.
 */
export const AT_END = 0.05;

/**
 * A cue is current from this long before its start (the transcript's times
 * are rounded, and the media clock reports in steps) …
 */
export const CUE_LEAD = 0.05;

/**
 * … until this long after its end, so the mark stays on a cue through the
 * pause before the next one instead of flickering off between sentences.
 */
export const CUE_LINGER = 0.8;

/** How far the skip buttons, the J and L keys and the lock screen's skip jump, in seconds. */
export const SKIP_SECONDS = 15;

/** A position kept inside the fragment: 0 to its length. */
export function clamp(position: number, length: number): number {
  return Math.min(length, Math.max(0, position));
}

/** Where a press of play starts: where it was, or from the beginning once at the end. */
export function resumeFrom(position: number, length: number): number {
  return position >= length - AT_END ? 0 : position;
}

export interface CueTimes {
  start: number;
  end: number;
}

/** Index of the cue being spoken at this time in the recording (the last that matches), or -1. */
export function currentCue(cues: readonly CueTimes[], at: number): number {
  let current = -1;
  cues.forEach((cue, i) => {
    if (cue.start <= at + CUE_LEAD && at < cue.end + CUE_LINGER) current = i;
  });
  return current;
}

