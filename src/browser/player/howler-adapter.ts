/**
 * The player's media, behind a small interface so the controller does not
 * know Howler (and issue 12's per-fragment clip files can swap what plays).
 * Howler plays the recording in HTML5 (streaming) mode, so the browser
 * fetches byte ranges instead of decoding a whole interview.
 */
import { Howl } from 'howler/src/howler.core.js';
import { playedFrom } from '../../lib/player/timing';

export interface MediaEvents {
  /** Really playing (may come late on a busy page). */
  playing(): void;
  /** Began to play at this position in the recording, as the media element recorded it. */
  began(at: number): void;
  /** Paused or stopped. */
  stopped(): void;
  /** The recording itself ended. */
  ended(): void;
  failed(error: unknown): void;
  /** The browser refused to start (autoplay policy). */
  blocked(error: unknown): void;
}

export interface Media {
  /** Starts (loading first if needed) at a position in the recording. */
  play(at: number, rate: number): void;
  pause(): void;
  seek(at: number): void;
  rate(rate: number): void;
  /** Position in the recording, if known. */
  position(): number | undefined;
  playing(): boolean;
}

export function howlerMedia(src: string, events: MediaEvents): Media {
  const howl = new Howl({
    src: [src],
    format: ['mp3'],
    html5: true,
    preload: false,
    onplay: () => events.playing(),
    onpause: () => events.stopped(),
    onstop: () => events.stopped(),
    onend: () => events.ended(),
    onloaderror: (_id, error) => events.failed(error),
    onplayerror: (_id, error) => events.blocked(error),
  });
  const watched = new WeakSet<HTMLMediaElement>();

  /**
   * Reports where playback began from the media element's own record of what
   * it has played: reading the clock in Howler's play event instead would
   * report a start that is late by however long a busy page took to run it.
   * Howler has no public accessor for the element of a sound in HTML5 mode,
   * so this is the one place that reads a private method (`_soundById`); if
   * Howler changes it, only the exact start is lost (the play event's clock
   * is the fallback).
   */
  const watchStart = (id: number) => {
    const sound = (howl as unknown as { _soundById?(id: number): { _node?: unknown } | null })._soundById?.(id);
    const node = sound?._node;
    if (!(node instanceof HTMLMediaElement) || watched.has(node)) return;
    watched.add(node);
    node.addEventListener('playing', () => {
      const played = node.played;
      const ranges = Array.from({ length: played.length }, (_, i) => ({ start: played.start(i), end: played.end(i) }));
      const from = playedFrom(ranges, node.currentTime);
      if (from !== undefined) events.began(from);
    });
  };

  const position = () => {
    const at = howl.seek();
    return typeof at === 'number' ? at : undefined;
  };

  return {
    play(at, rate) {
      if (howl.state() === 'unloaded') howl.load();
      howl.seek(at);
      howl.rate(rate);
      if (!howl.playing()) watchStart(howl.play());
    },
    pause: () => void howl.pause(),
    seek: (at) => void howl.seek(at),
    rate: (rate) => void howl.rate(rate),
    position,
    playing: () => howl.playing(),
  };
}
