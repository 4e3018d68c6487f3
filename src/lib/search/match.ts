/**
 * Whether a result really contains what was searched for. Pagefind matches a
 * query word as the start of an indexed word, by its stem; when no indexed word
 * starts with it, it falls back to the longest indexed word the query starts
 * with ("eenzaamheid" finds "een"). Such results are dropped here: a word
 * counts when it starts with the query word, or when both are forms of one
 * word ("verhalen" for "verhaal", "initiatief" for "initiatieven", "opnamen"
 * for "opnames"). A misspelling is no form: "burgerinitiatif" finds nothing
 * here, and gets a suggestion instead (./suggest).
 */
import { words } from './words';

/**
 * A rough Dutch stem, enough to tell forms of a word apart from other words:
 * without the plural or inflection ending (-en, -s, -e), a doubled vowel in the
 * last syllable single ("verhaal" → "verhal"), a final f or z as v or s.
 */
export function stem(word: string): string {
  let s = word;
  if (s.length > 4) s = s.replace(/(en|s)$/, '');
  if (s.length > 4) s = s.replace(/e$/, '');
  return s.replace(/([aeou])\1([^aeiou])$/, '$1$2').replace(/f$/, 'v').replace(/z$/, 's');
}

/** `word` (folded) is `term` (folded), a longer word starting with it, or another form of it. */
export function isMatch(word: string, term: string): boolean {
  return word.startsWith(term) || stem(word).startsWith(stem(term));
}

/** The terms that occur in a text (each term as itself or a form of it). */
export function termsFound(text: string | readonly string[], terms: readonly string[]): Set<string> {
  const found = new Set<string>();
  const unique = new Set(typeof text === 'string' ? words(text) : text);
  for (const term of terms) {
    for (const word of unique) {
      if (isMatch(word, term)) {
        found.add(term);
        break;
      }
    }
  }
  return found;
}

/** A highlight Pagefind made is kept only when the marked word really matches a searched term. */
export function keepMark(marked: string, terms: readonly string[]): boolean {
  return words(marked).some((word) => terms.some((term) => isMatch(word, term)));
}
