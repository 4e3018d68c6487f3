/**
 * Which of Pagefind's highlights to keep. Pagefind matches every query word as
 * the start of a word, so "in" lights up "initiëren" and "de" lights up
 * "deelnemers": noise that hides the real hits. A highlight stays when the
 * word is a query word, or shares its first three letters or more with a
 * query word of at least three letters (so stem matches such as "initiatief"
 * for "initiatieven" stay).
 */
import { foldTitle } from './search-rank';

export function queryWords(query: string): string[] {
  return foldTitle(query).split(' ').filter(Boolean);
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function keepMark(marked: string, words: readonly string[]): boolean {
  const word = foldTitle(marked);
  return words.some((q) => word === q || (q.length >= 3 && sharedStart(word, q) >= 3));
}
