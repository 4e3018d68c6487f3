/**
 * Dutch writes compounds as one word ("vrijwilligerswerk", "wijkprofessional"),
 * and Pagefind matches a query word only at the start of an indexed word. With
 * the site's own vocabulary (./vocabulary) search bridges both ways:
 * - a word the publication does not have is split into words it has
 *   ("vrijwilligerswerk" → "vrijwilligers werk"), with the Dutch linking s
 *   ("gemeenschapswerk" → "gemeenschap werk");
 * - a word it has is also looked for as the end of its compounds
 *   ("professional" → "wijkprofessional").
 * A part is a word of the vocabulary of three letters or more and no stop
 * word, so "eenzaamheid" is no "een" + "zaamheid".
 */
import { stem } from './match';
import { STOP_WORDS } from './words';
import type { Vocabulary } from './vocabulary';

const MIN_PART = 3;
/** Compounds looked for per query word: the most frequent ones. */
export const COMPOUNDS_PER_WORD = 2;

const isPart = (word: string, known: ReadonlySet<string>) => word.length >= MIN_PART && !STOP_WORDS.has(word) && known.has(word);

/**
 * The known words a word is made of, fewest parts first and then the longest
 * first part; undefined when it cannot be made of two or more.
 */
export function splitCompound(word: string, vocabulary: Vocabulary | ReadonlySet<string>): string[] | undefined {
  const known = vocabulary instanceof Set ? (vocabulary as ReadonlySet<string>) : new Set(vocabulary);
  const memo = new Map<number, string[] | null>();
  // The best split of word.slice(from), the last part allowed to be all of it.
  const from = (at: number): string[] | null => {
    if (memo.has(at)) return memo.get(at)!;
    let best: string[] | null = null;
    for (let end = word.length; end >= at + MIN_PART; end--) {
      const part = word.slice(at, end);
      if (!isPart(part, known)) continue;
      if (end === word.length) {
        best = [part];
        break;
      }
      // The rest, directly or after a linking s.
      for (const next of word[end] === 's' && end + 1 < word.length ? [end, end + 1] : [end]) {
        const rest = from(next);
        if (rest && (!best || rest.length + 1 < best.length)) best = [part, ...rest];
      }
    }
    memo.set(at, best);
    return best;
  };
  const parts = from(0);
  return parts && parts.length > 1 ? parts : undefined;
}

/** `rest` is `word` or another form of it ("professionals" for "professional"). */
const sameWord = (rest: string, word: string) => rest === word || stem(rest) === stem(word);

/**
 * The publication's compounds that end in `word` or a form of it, their first
 * part a known word: most frequent first, at most COMPOUNDS_PER_WORD, none
 * that Pagefind finds already through another (a compound that starts with a
 * listed one).
 */
export function compoundsEndingIn(word: string, vocabulary: Vocabulary, known: ReadonlySet<string> = new Set(vocabulary)): string[] {
  const found: string[] = [];
  if (word.length < MIN_PART) return found;
  for (const candidate of vocabulary) {
    if (found.length >= COMPOUNDS_PER_WORD) break;
    if (candidate.length < word.length + MIN_PART || candidate.startsWith(word)) continue;
    if (found.some((f) => candidate.startsWith(f) || stem(candidate) === stem(f))) continue;
    for (let cut = MIN_PART; cut <= candidate.length - MIN_PART; cut++) {
      const head = candidate.slice(0, cut);
      const headKnown = isPart(head, known) || (head.endsWith('s') && isPart(head.slice(0, -1), known));
      if (headKnown && sameWord(candidate.slice(cut), word)) {
        found.push(candidate);
        break;
      }
    }
  }
  return found;
}
