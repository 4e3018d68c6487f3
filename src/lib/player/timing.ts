/**
 * The player's timing, as plain numbers: where in a fragment playback is,
 * when it has reached the end, how long until it will, and which transcript
 * cue is being spoken. Times are in seconds; a fragment runs from `start` to
 * `end` in its recording, and a position is counted from the fragment's start.
 */

/**
 * Playing this close to the end counts as at the end, so a new press starts
 * over instead of playing a last sliver. About one audio frame (26 ms in MP3)
 * plus the browser's clock granularity.
 */
export const AT_END = 0.05;

/**
 * Playback stops once the position is this close to the end: less than one
 * animation frame (16.7 ms at 60 Hz) of audio may still be heard, and the
 * position the media element reports is already within a frame of the end.
 */
export const END_REACHED = 0.02;

/**
 * The end timer fires this many milliseconds early, then checks the real
 * position: timers fire late on a busy page (at least 4 ms when nested, one
 * frame or more under load), so aiming early keeps the stop on time.
 */
export const END_TIMER_LEAD_MS = 30;

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

/**
 * How far the media element's position may lie outside the played range it
 * belongs to when playback begins (its clock and its record of played ranges
 * are updated in separate steps, about one audio frame apart).
 */
export const PLAYED_SLACK = 0.05;

/** How far the skip buttons, the J and L keys and the lock screen's skip jump, in seconds. */
export const SKIP_SECONDS = 15;

/** The slider's spoken text follows playback every this many seconds (and on every seek). */
export const SPEAK_EVERY = 15;

/** A position kept inside the fragment: 0 to its length. */
export function clamp(position: number, length: number): number {
  return Math.min(length, Math.max(0, position));
}

/** Where a press of play starts: where it was, or from the beginning once at the end. */
export function resumeFrom(position: number, length: number): number {
  return position >= length - AT_END ? 0 : position;
}

/** Whether playback at this position has reached the fragment's end. */
export function reachedEnd(position: number, length: number): boolean {
  return position >= length - END_REACHED;
}

/** Milliseconds to wait before checking for the end again, at this playback rate. */
export function endTimerDelay(position: number, length: number, rate: number): number {
  return Math.max(0, ((length - position) / (rate || 1)) * 1000 - END_TIMER_LEAD_MS);
}

/** Whether the slider's spoken text should change at this whole second. */
export function speakNow(whole: number, lastSpoken: number, asked: boolean): boolean {
  return asked || (whole % SPEAK_EVERY === 0 && whole !== lastSpoken);
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

/**
 * Where playback began, in the recording: the start of the played range that
 * holds the media element's position when it began to play (from its own
 * record of what it played, not from a clock read late by a busy page).
 */
export function playedFrom(ranges: readonly CueTimes[], now: number): number | undefined {
  let from: number | undefined;
  for (const range of ranges) if (range.start <= now + PLAYED_SLACK && range.end >= now - PLAYED_SLACK) from = range.start;
  return from;
}
