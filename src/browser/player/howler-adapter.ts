/**
 * The player's media, behind a small interface so the controller does not
 * know Howler. Howler plays in HTML5 (streaming) mode, so the browser fetches
 * byte ranges of the fragment's clip (or the whole recording) instead of
 * decoding it all first. Only Howler's public API is used.
 */
import { Howl } from 'howler/src/howler.core.js';

export interface MediaEvents {
  /** Really playing (may come late on a busy page). */
  playing(): void;
  /** Began to play at this position in the recording (where the media element was told to begin). */
  began(at: number): void;
  /** Paused or stopped. */
  stopped(): void;
  /**
   * The file ended, at this position in the recording: where the file starts
   * plus its length as the browser decoded it (Howler rounds that up to 0.1 s).
   */
  ended(at: number): void;
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

/**
 * Howler playing `src`, a file that starts `offset` seconds into the
 * recording (a fragment's clip; 0 for the whole recording): the controller
 * speaks in recording time, the adapter in the file's.
 */
export function howlerMedia(src: string, offset: number, events: MediaEvents): Media {
  /** Where the media element was told to begin: it begins there, on the frame. */
  let from = offset;
  const howl = new Howl({
    src: [src],
    format: ['mp3'],
    html5: true,
    preload: false,
    onplay: () => {
      // Reported from what the element was told, not read from its clock in
      // this handler, which a busy page runs late while the audio plays on.
      events.began(from);
      events.playing();
    },
    onpause: () => events.stopped(),
    onstop: () => events.stopped(),
    onend: () => events.ended(offset + howl.duration()),
    onloaderror: (_id, error) => events.failed(error),
    onplayerror: (_id, error) => events.blocked(error),
  });

  const position = () => {
    const at = howl.seek();
    return typeof at === 'number' ? offset + at : undefined;
  };

  return {
    play(at, rate) {
      if (howl.state() === 'unloaded') howl.load();
      from = at;
      howl.seek(at - offset);
      howl.rate(rate);
      if (!howl.playing()) howl.play();
    },
    pause: () => void howl.pause(),
    seek(at) {
      if (!howl.playing()) from = at;
      howl.seek(at - offset);
    },
    rate: (rate) => void howl.rate(rate),
    position,
    playing: () => howl.playing(),
  };
}
