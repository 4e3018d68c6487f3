/**
 * The player's media: one HTMLAudioElement per player, streaming its file
 * (the browser fetches byte ranges of the fragment's clip or the whole
 * recording as it plays).
 *
 * It asks to play at once and never waits for a readiness event, because
 * engines differ in what they send: after a seek WebKit may keep an element
 * at readyState 2 and never fire `canplaythrough` again, while it would play
 * if asked. (Howler's HTML5 mode, used here before, starts only at
 * readyState ≥ 3 or on `canplaythrough`, with no option to do otherwise, and
 * shares a pool of elements between sounds, so one stuck element could stop
 * another player: WebKit readers heard nothing after a seek.) Instead it
 * watches the clock while the listener means it to play
 * (lib/player/watchdog): no progress, and it asks again, then reloads the
 * file at the position, then stops trying and reports `slow`, so the
 * controller can say so and offer to try again. Every player has its own
 * element: one player's trouble never reaches another.
 */
import { look, watchFrom, type Watch } from '../../lib/player/watchdog';
import type { Media, MediaEvents } from './media';

/** How often the clock is looked at while playback is meant to go on, in ms. */
const LOOK_EVERY = 250;
/** An element this close before an asked position is there (s); up to SETTLED_AFTER past it, it played on from there. */
const SETTLED_WITHIN = 0.5;
const SETTLED_AFTER = 5;
/** How often a position is asked for again on looks at the clock while the element plays elsewhere: 5 s of looks. */
const RETRIES = 20;

export function audioElementMedia(src: string, offset: number, events: MediaEvents): Media {
  let audio: HTMLAudioElement | undefined;
  /** The listener means it to play (asked, not paused, not ended). */
  let wanted = false;
  /** `began`/`playing` were reported for the current request. */
  let reported = false;
  /** Where the element was told to begin, in the recording. */
  let from = offset;
  /**
   * A position asked for, in the file, until the element plays from there
   * (see `settle`): set before the element knew its length it is applied once
   * it does, and a seek an engine reports at once but lands elsewhere (WebKit
   * under load, right after the metadata: the position reads 1:30, the sound
   * starts at 0:00) is asked for again.
   */
  let pending: number | undefined;
  /**
   * At the last look at the clock while `pending` waits: the element's
   * position, and whether it stood at `pending` then. Progress from there
   * shows it plays from there.
   */
  let seen: { at: number; there: boolean } | undefined;
  /** How often `pending` was asked for again while the element played elsewhere. */
  let retries = 0;
  /** The element gave up (`slow`): the next press loads the file anew. */
  let troubled = false;
  let rate = 1;
  let watch: Watch | undefined;
  let timer = 0;

  const now = () => performance.now() / 1000;
  const inFile = (at: number) => Math.max(0, at - offset);

  /** Sets the element's position in the file, kept as `pending` until the element plays from there (see `settle`). */
  const place = (el: HTMLAudioElement, t: number) => {
    pending = t;
    seen = undefined;
    retries = 0;
    if (Math.abs(el.currentTime - t) > 0.001) {
      try {
        el.currentTime = t;
      } catch {
        // Before the element knows its length some engines refuse: `settle` applies it once it does.
      }
    }
    settle(el, 'metadata');
  };

  /**
   * Whether the element is at the asked position (the file's end at most),
   * once it knows its length and is not seeking. The position counts as
   * reached only when the element is paused there, or plays on from there
   * (its clock moved since the last look): an engine may read back a seek at
   * once and land elsewhere. Up to SETTLED_AFTER seconds past it counts as
   * played on from it, as a busy machine may leave looks a second apart.
   * Elsewhere, the position is asked for again when the metadata comes and on
   * each look at the clock while it should play, RETRIES times at most; then
   * it plays on from where it is.
   */
  const settle = (el: HTMLAudioElement, when: 'metadata' | 'event' | 'look', progressed = false) => {
    if (pending === undefined || el.readyState < HTMLMediaElement.HAVE_METADATA || el.seeking) return;
    const target = targetIn(el, pending);
    if (isThere(el, pending)) {
      if (el.paused || progressed) pending = undefined;
    } else if (when === 'metadata') {
      el.currentTime = target;
    } else if (when === 'look') {
      if (retries++ < RETRIES) el.currentTime = target;
      else pending = undefined;
    }
  };


  /** The asked position as the element can take it: its end at most. */
  const targetIn = (el: HTMLAudioElement, at: number) => (Number.isFinite(el.duration) ? Math.min(at, el.duration) : at);
  /** The element knows its length, is not seeking, and stands at `at` or up to SETTLED_AFTER past it. */
  const isThere = (el: HTMLAudioElement, at: number) =>
    el.readyState >= HTMLMediaElement.HAVE_METADATA &&
    !el.seeking &&
    el.currentTime >= targetIn(el, at) - SETTLED_WITHIN &&
    el.currentTime <= targetIn(el, at) + SETTLED_AFTER;

  /** Where the element stands, in the file: the asked position until it is there, then its own clock, which moves. */
  const standing = (el: HTMLAudioElement) => (pending !== undefined && !isThere(el, pending) ? pending : el.currentTime);

  /**
   * On a look at the clock: whether the element played on from the asked
   * position since the last look (there then and now, its clock moved
   * forward), then `settle`. A jump there between two looks is no progress:
   * an engine may read back a seek as asked before it lands elsewhere (a
   * look before the metadata saw 0:00, the next one the asked 3:42, then
   * the element played from 0:00).
   */
  const settleOnLook = (el: HTMLAudioElement) => {
    const at = el.currentTime;
    const there = pending !== undefined && isThere(el, pending);
    const progressed = !!seen?.there && there && !el.paused && at > seen.at;
    seen = { at, there };
    settle(el, 'look', progressed);
  };

  const stopWatching = () => {
    clearInterval(timer);
    timer = 0;
    watch = undefined;
  };

  const startWatching = () => {
    if (!audio) return;
    watch = watchFrom(now(), audio.currentTime);
    if (!timer) timer = window.setInterval(tick, LOOK_EVERY);
  };

  const tick = () => {
    if (!audio || !wanted || !watch) return stopWatching();
    settleOnLook(audio);
    const at = standing(audio);
    const { watch: after, act } = look(watch, now(), at);
    // The clock moved forward: it plays, whether or not the engine said so ('playing' is one more
    // event an engine may not send: WebKit, replaying after the end, can play without it).
    if (after.since !== watch.since && !audio.paused) report();
    watch = after;
    if (act === 'nudge') {
      // Ask again, at the same place: a new seek restarts an engine that stalled on the last one.
      audio.currentTime = at;
      start(audio);
    } else if (act === 'reload') {
      fresh();
      place(audio!, at);
      start(audio!);
    } else if (act === 'give-up') {
      wanted = false;
      troubled = true;
      stopWatching();
      audio.pause();
      events.slow(offset + at);
    }
  };

  /** Says, once per request to play, where it began and that it plays. */
  const report = () => {
    if (!wanted || reported) return;
    reported = true;
    events.began(from);
    events.playing();
  };

  /** Asks the element to play; a refusal by the autoplay policy or a file it cannot play is reported. */
  const start = (el: HTMLAudioElement) => {
    el.playbackRate = rate;
    const promise = el.play() as Promise<void> | undefined;
    promise?.catch((error: DOMException) => {
      if (el !== audio || !wanted) return;
      // A pause or a new load before it began rejects with AbortError: not a failure.
      if (error?.name === 'NotAllowedError') {
        wanted = false;
        stopWatching();
        events.blocked(error);
      } else if (error?.name === 'NotSupportedError') {
        wanted = false;
        stopWatching();
        events.failed(error);
      }
    });
  };

  const handlers: Record<string, (event: Event) => void> = {
    loadedmetadata: (event) => settle(event.target as HTMLAudioElement, 'metadata'),
    seeked: (event) => settle(event.target as HTMLAudioElement, 'event'),
    playing: () => report(),
    pause: (event) => {
      const el = event.target as HTMLAudioElement;
      // The end and the listener's own pause are reported elsewhere; this is the engine pausing by itself.
      if (el.ended || !wanted) return;
      wanted = false;
      stopWatching();
      events.stopped(offset + el.currentTime);
    },
    ended: (event) => {
      const el = event.target as HTMLAudioElement;
      wanted = false;
      stopWatching();
      events.ended(offset + (Number.isFinite(el.duration) ? el.duration : el.currentTime));
    },
    error: (event) => {
      const el = event.target as HTMLAudioElement;
      // An element let go of (its src removed) reports an error too: only the current one counts.
      // An element given up on (`slow`) is replaced on the next press: what it reports after that is no news.
      if (el !== audio || troubled || !el.error || !el.getAttribute('src')) return;
      // A broken connection is trouble the watchdog handles (it reloads, then says so), not a broken file.
      if (el.error.code === MediaError.MEDIA_ERR_NETWORK) return;
      wanted = false;
      stopWatching();
      events.failed(el.error);
    },
  };

  /** A new element for the file (the first, or after trouble): the old one is let go of. */
  const fresh = () => {
    const old = audio;
    if (old) {
      for (const [type, handler] of Object.entries(handlers)) old.removeEventListener(type, handler);
      old.pause();
      old.removeAttribute('src');
      old.load();
    }
    const el = new Audio();
    el.preload = 'auto';
    for (const [type, handler] of Object.entries(handlers)) el.addEventListener(type, handler);
    el.src = src;
    audio = el;
    pending = undefined;
    troubled = false;
  };

  return {
    play(at, r) {
      rate = r;
      if (!audio || troubled) fresh();
      wanted = true;
      reported = false;
      from = at;
      place(audio!, inFile(at));
      start(audio!);
      startWatching();
    },
    pause() {
      wanted = false;
      stopWatching();
      audio?.pause();
    },
    seek(at) {
      if (!wanted) from = at;
      if (!audio) return;
      place(audio, inFile(at));
      if (wanted) startWatching();
    },
    rate(r) {
      rate = r;
      if (audio) audio.playbackRate = r;
    },
    position() {
      if (!audio) return undefined;
      return offset + standing(audio);
    },
    playing: () => wanted && !!audio && !audio.paused,
    duration: () => (audio && Number.isFinite(audio.duration) ? audio.duration : undefined),
    speed: () => audio && { rate: audio.playbackRate, keepsPitch: audio.preservesPitch },
  };
}
