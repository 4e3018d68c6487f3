/**
 * The player's keyboard shortcuts (WCAG 2.1.4: they act only while focus is
 * inside the player, and never while typing in one of its fields). Shared by
 * the site script, which loads the player's code on the first shortcut, and
 * the player, which acts on them.
 */
export type PlayerAction = 'toggle' | 'back' | 'forward';

const KEYS: Record<string, PlayerAction> = { k: 'toggle', j: 'back', l: 'forward' };

/** What a key press inside the player does, if anything. */
export function shortcut(key: string, modified: boolean, inField: boolean): PlayerAction | undefined {
  return modified || inField ? undefined : KEYS[key.toLowerCase()];
}
