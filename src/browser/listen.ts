/**
 * Wakes the player's code (./player/controller) on a fragment's first press:
 * its controls, a shortcut, or "alles afspelen" asking it to play
 * (player:play); and "alles afspelen" (./play-all) on its first press. Part of
 * the reading pages' eager script (./reading), through the one lazy loader.
 */
import { playAllUrl, playerUrl } from 'virtual:nji/lazy';
import { shortcut, TYPING_FIELDS } from '../lib/player/shortcuts';
import { whenActed } from './lazy';

whenActed('fragment-player', playerUrl, ['click', 'input', 'change', 'keydown', 'player:play'], (event) => {
  const target = event.target as HTMLElement;
  if (event instanceof KeyboardEvent) {
    return !!shortcut(event.key, event.altKey || event.ctrlKey || event.metaKey, target.matches(TYPING_FIELDS));
  }
  return event.type !== 'click' || !!target.closest('[data-action]');
});
whenActed('play-all', playAllUrl, ['click'], (event) => !!(event.target as Element).closest('button'));
