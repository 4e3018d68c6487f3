/**
 * Wakes the player's code (./player/controller) on a fragment's first press:
 * its controls, a shortcut, or "alles afspelen" asking it to play
 * (player:play); and "alles afspelen" (./play-all) on its first press. Part of
 * the reading pages' eager script (./reading), through the one lazy loader.
 * The events are the ones the player's code listens to (lib/player/contract).
 */
import { playAllUrl, playerUrl } from 'virtual:nji/lazy';
import { ACTION_SELECTOR, INPUT_EVENTS, PLAY_ALL_TAG, PLAYER_TAG } from '../lib/player/contract';
import { shortcut, TYPING_FIELDS } from '../lib/player/shortcuts';
import { whenActed } from './lazy';

whenActed(PLAYER_TAG, playerUrl, INPUT_EVENTS, (event) => {
  const target = event.target as HTMLElement;
  if (event instanceof KeyboardEvent) {
    return !!shortcut(event.key, event.altKey || event.ctrlKey || event.metaKey, target.matches(TYPING_FIELDS));
  }
  return event.type !== 'click' || !!target.closest(ACTION_SELECTOR);
});
whenActed(PLAY_ALL_TAG, playAllUrl, ['click'], (event) => !!(event.target as Element).closest('button'));
