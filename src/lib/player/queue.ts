/**
 * "Alles afspelen" as a queue: the fragments in the order the page gives them
 * (publication order on /luisteren/), kept while the reader moves around.
 * Entries are the files that play (`src`), unique per fragment.
 */

/** The next entry after `current` (or the previous one, `step` -1) that can still play; undefined at either end. */
export function queueStep(queue: readonly string[], current: string | undefined, failed: ReadonlySet<string>, step: 1 | -1 = 1): string | undefined {
  const from = current === undefined ? (step === 1 ? -1 : queue.length) : queue.indexOf(current);
  if (from < 0 && current !== undefined) return undefined;
  for (let i = from + step; i >= 0 && i < queue.length; i += step) {
    const entry = queue[i]!;
    if (!failed.has(entry)) return entry;
  }
  return undefined;
}

/** Where "Alles afspelen" starts: the fragment that plays now if it is in the queue, else the first that can play. */
export function queueStart(queue: readonly string[], playing: string | undefined, failed: ReadonlySet<string>): string | undefined {
  if (playing !== undefined && queue.includes(playing) && !failed.has(playing)) return playing;
  return queueStep(queue, undefined, failed);
}

/** Seconds into a fragment after which "previous" starts it again instead of going back (as music players do). */
export const RESTART_AFTER = 3;

/**
 * What the lock screen's "previous" does at `position` seconds into the
 * fragment that plays: start it again, or go to the one before.
 */
export const previousAction = (position: number): 'restart' | 'previous' => (position > RESTART_AFTER ? 'restart' : 'previous');
