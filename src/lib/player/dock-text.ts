/**
 * Every Dutch word the dock and the page change say (browser/player/dock,
 * ./navigate, play-all), in one place.
 */
import { formatClock } from '../time';

export const DOCK_TEXT = {
  region: 'Speler',
  play: 'Afspelen',
  pause: 'Pauzeren',
  back: (s: number) => `${s} seconden terug`,
  forward: (s: number) => `${s} seconden vooruit`,
  speed: 'Snelheid',
  toFragment: 'Naar het fragment',
  close: 'Speler sluiten',
  resumeOffer: (title: string, at: number) => `Verder luisteren: ‘${title}’ vanaf ${formatClock(at)}`,
  resume: 'Verder luisteren',
  forget: 'Vergeten',
  time: (at: number, length: number) => `${formatClock(at)} van ${formatClock(length)}`,
  playing: (title: string) => `Speelt af: ${title}`,
  paused: 'Gepauzeerd',
  ended: 'Fragment afgelopen',
  pageLoaded: (title: string) => `Pagina geladen: ${title}`,
  playAll: 'Alles afspelen',
  stopAll: 'Stoppen met alles afspelen',
  nextInQueue: (title: string) => `Volgende fragment: ${title}`,
  allPlayed: 'Alle fragmenten zijn afgespeeld',
  stopped: 'Gestopt',
} as const;
