/**
 * The player's keyboard shortcuts (WCAG 2.1.4: they act only while focus is
 * inside the player, and never while typing in one of its fields). Shared by
 * the page's eager script, which loads the player's code on the first shortcut, and
 * the player, which acts on them.
 */
export type PlayerAction = 'toggle' | 'back' | 'forward';

const KEYS: Record<string, PlayerAction> = { k: 'toggle', j: 'back', l: 'forward' };

/**
 * Where letters are typed or pick an option, so the shortcuts keep out: text
 * fields and the speed menu. Not the slider: a screen reader in focus mode
 * (where the letters reach the page) is there, and letters do nothing on it.
 */
export const TYPING_FIELDS = 'input:not([type=range]), select, textarea';

/** What a key press inside the player does, if anything. */
export function shortcut(key: string, modified: boolean, inField: boolean): PlayerAction | undefined {
  return modified || inField ? undefined : KEYS[key.toLowerCase()];
}
