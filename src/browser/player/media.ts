/**
 * The player's media, as the controller sees it (Podlove's split: the
 * controller holds the playback state, an adapter drives the media). The
 * controller speaks in recording time; an adapter plays a file that starts
 * `offset` seconds into the recording (a fragment's clip, or 0 for the whole
 * recording). The one adapter is ./audio-element.
 */
import type { Speed } from '../../lib/player/contract';

export interface MediaEvents {
  /** Really playing (may come late on a busy page); once per request to play. */
  playing(): void;
  /** Began to play at this position in the recording (where the media element was told to begin). */
  began(at: number): void;
  /** The engine paused by itself (another app took the sound, a headset was pulled), at this position in the recording. */
  stopped(at?: number): void;
  /** The file ended, at this position in the recording: where the file starts plus its length as the browser decoded it. */
  ended(at: number): void;
  /** The file cannot be played (missing, not audio). */
  failed(error: unknown): void;
  /** The browser refused to start (autoplay policy). */
  blocked(error: unknown): void;
  /** Nothing moved forward for a long while, even after asking again and reloading: the media stopped trying, at this position in the recording. */
  slow(at: number): void;
}

export interface Media {
  /** Starts (loading first if needed) at a position in the recording; after `slow`, loads the file anew. */
  play(at: number, rate: number): void;
  /** Pauses on the listener's request (no `stopped` event follows). */
  pause(): void;
  seek(at: number): void;
  rate(rate: number): void;
  /** Position in the recording, if known. */
  position(): number | undefined;
  /** Whether it is meant to play and the element is not paused. */
  playing(): boolean;
  /** The file's length as the browser decoded it, once known. */
  duration(): number | undefined;
  /** The speed the element plays at and whether it keeps the pitch, once it exists. */
  speed(): Speed | undefined;
}
