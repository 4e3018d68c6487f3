/**
 * Lock-screen and headset controls (Media Session) for the fragment that
 * plays: its title, speaker and artwork from the element's data
 * (lib/player/contract's DATA), the actions wired to the player, and where
 * playback stands.
 */
import { DATA } from '../../lib/player/contract';

export interface SessionPlayer {
  play(): void;
  pause(): void;
  /** Seconds into the fragment now. */
  current(): number;
  seekTo(seconds: number): void;
}

/** "Alles afspelen" runs: next and previous track go through its queue. */
export interface SessionQueue {
  next(): void;
  previous(): void;
}

export function showInMediaSession(el: HTMLElement, player: SessionPlayer, skip: number, queue?: SessionQueue): void {
  if (!('mediaSession' in navigator)) return;
  const session = navigator.mediaSession;
  const d = el.dataset;
  const artwork = d[DATA.artwork];
  const art = artwork ? new URL(artwork, location.href).href : undefined;
  session.metadata = new MediaMetadata({
    title: d[DATA.title] ?? '',
    artist: d[DATA.artist] ?? '',
    album: d[DATA.album] ?? '',
    artwork: art ? [{ src: art, sizes: '512x512', type: 'image/svg+xml' }] : [],
  });
  const handlers: [MediaSessionAction, MediaSessionActionHandler | null][] = [
    ['nexttrack', queue ? () => queue.next() : null],
    ['previoustrack', queue ? () => queue.previous() : null],
    ['play', () => player.play()],
    ['pause', () => player.pause()],
    ['stop', () => player.pause()],
    ['seekbackward', (a) => player.seekTo(player.current() - (a.seekOffset ?? skip))],
    ['seekforward', (a) => player.seekTo(player.current() + (a.seekOffset ?? skip))],
    ['seekto', (a) => player.seekTo(a.seekTime ?? 0)],
  ];
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      /* an action this browser does not know */
    }
  }
}

/** Tells the lock screen where playback stands. */
export function setPositionState(state: MediaPositionState): void {
  try {
    navigator.mediaSession.setPositionState(state);
  } catch {
    /* not supported */
  }
}
