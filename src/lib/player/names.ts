/**
 * What the player's controls say to a screen reader, built from lib/time's
 * spoken format; shared by the server-rendered player and its controller.
 */
import { formatSpoken } from '../time';
import { playerSays } from '../text/nl';

/** What plays: "fragment van 1 minuut 18 seconden", "de opname van 9 minuten 12 seconden". */
export function whatPlays(noun: string, seconds: number): string {
  return playerSays.whatPlays(noun, formatSpoken(seconds));
}

/** The play button's name: "Afspelen: fragment van 1 minuut 18 seconden"; while playing "Pauzeren: …". */
export function playButtonName(playing: boolean, what: string): string {
  return playerSays.button(playing ? playerSays.pause : playerSays.play, what);
}

/** Where playback is, as the slider speaks it and a seek announces it: "12 seconden van 1 minuut 18 seconden". */
export function positionText(seconds: number, length: number): string {
  return playerSays.position(formatSpoken(seconds), formatSpoken(length));
}
