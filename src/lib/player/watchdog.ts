/**
 * Whether playback that was asked for really goes on, as plain numbers. A
 * player must never wait for one particular readiness event: engines differ
 * in what they send (WebKit may keep a media element at readyState 2 after a
 * seek and never send `canplaythrough` again). So the media adapter asks
 * to play at once and then only watches the clock: while the listener means
 * it to play, the position must move forward. When it does not for a while,
 * the adapter first nudges the element (asks again where it stands), then
 * reloads the file at that position, and finally gives up and tells the
 * listener, with the controls back at "Afspelen" and a way to try again.
 * Times are in seconds.
 */

/** How long without progress before each step, counted from the last progress (or the press). */
export const STALL = {
  /** Ask the element again: play() and the position it should be at. */
  nudge: 2,
  /** Load the file again (a new element) at the position. */
  reload: 4.5,
  /** Stop trying and tell the listener ("Het laden duurt lang …", "Opnieuw proberen"). */
  giveUp: 9,
} as const;

/** Forward movement of the clock that counts as playing: about two MP3 frames, beyond timer jitter. */
export const PROGRESS = 0.05;

export interface Watch {
  /** When the position last moved forward, or when watching began. */
  since: number;
  /** The position then, in seconds into the file. */
  at: number;
  /** Steps taken since: 0 none, 1 nudged, 2 reloaded, 3 given up. */
  step: 0 | 1 | 2 | 3;
}

export type StallAction = 'nudge' | 'reload' | 'give-up';

/** Begins watching at a position (a press, a seek while playing, a reload that came from elsewhere). */
export const watchFrom = (now: number, at: number): Watch => ({ since: now, at, step: 0 });

/**
 * One look at the clock: the watch after it, and what to do now (nothing
 * while the position moves forward; each step once, in order).
 */
export function look(watch: Watch, now: number, at: number): { watch: Watch; act?: StallAction } {
  if (at >= watch.at + PROGRESS) return { watch: watchFrom(now, at) };
  const still = now - watch.since;
  if (watch.step === 0 && still >= STALL.nudge) return { watch: { ...watch, step: 1 }, act: 'nudge' };
  if (watch.step === 1 && still >= STALL.reload) return { watch: { ...watch, step: 2 }, act: 'reload' };
  if (watch.step === 2 && still >= STALL.giveUp) return { watch: { ...watch, step: 3 }, act: 'give-up' };
  return { watch };
}
