/**
 * Where a fragment's quote is spoken: the quote's words found in a recording's
 * transcript, across cue boundaries. Compared as words only: case, accents,
 * punctuation, quotation marks, apostrophes and line breaks do not count
 * ("‘Als je meedoet, gaat het beter.’" is found in "Want als je meedoet gaat
 * het beter met mensen"). A printed quote is often edited a little from what
 * was said; when the words do not stand there one after another, the stretch
 * that has most of them in order counts, if it has at least MIN_SHARE of them.
 */
import type { Cue } from './webvtt';

/** Below this share of the quote's words in order, the quote counts as not in the transcript. */
export const MIN_SHARE = 0.75;
/** A quote this short must stand there word for word (two or three words are found everywhere). */
export const MIN_WORDS_APPROXIMATE = 4;

/** The words of a text as they are compared: lower case, without accents, apostrophes or marks. */
export function quoteWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // collega’s and collega's are one word; a quotation mark is nothing.
      .replace(/['’‘ʼ`]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export interface QuoteMatch {
  /** Index of the cue with the quote's first word, and of the cue with its last. */
  firstCue: number;
  lastCue: number;
  /** Words of the quote found there, in order, and the quote's number of words. */
  matched: number;
  words: number;
  /** True when every word stands there, one after another. */
  exact: boolean;
}

export interface QuoteSearch {
  /** The place chosen: the one nearest `near` (seconds), else the first. */
  match: QuoteMatch;
  /** How many places hold the quote equally well. */
  count: number;
}

interface Word {
  word: string;
  cue: number;
}

const streamOf = (cues: readonly Cue[]): Word[] => cues.flatMap((cue, i) => quoteWords(cue.text).map((word) => ({ word, cue: i })));

/** Places where the quote's words stand one after another. */
function exactPlaces(stream: readonly Word[], quote: readonly string[]): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  outer: for (let i = 0; i + quote.length <= stream.length; i++) {
    for (let k = 0; k < quote.length; k++) if (stream[i + k]!.word !== quote[k]) continue outer;
    out.push({ firstCue: stream[i]!.cue, lastCue: stream[i + quote.length - 1]!.cue, matched: quote.length, words: quote.length, exact: true });
  }
  return out;
}

/**
 * The longest run of the quote's words in order in a window that starts where
 * one of its first words is said and is at most half as long again as the
 * quote: its count, and the first and last word of the window it used.
 */
function bestInWindow(stream: readonly Word[], from: number, quote: readonly string[]): { matched: number; first: number; last: number } {
  const width = Math.min(stream.length - from, quote.length + Math.ceil(quote.length / 2) + 2);
  // lcs[k][j]: most words of quote[0..k) in order in window[0..j); first/last kept along with it.
  type Cell = { n: number; first: number; last: number };
  let row: Cell[] = Array.from({ length: width + 1 }, () => ({ n: 0, first: -1, last: -1 }));
  for (let k = 1; k <= quote.length; k++) {
    const next: Cell[] = [{ n: 0, first: -1, last: -1 }];
    for (let j = 1; j <= width; j++) {
      const at = from + j - 1;
      const up = row[j]!;
      const left = next[j - 1]!;
      let best: Cell = up.n >= left.n ? up : left;
      if (stream[at]!.word === quote[k - 1]) {
        const diag = row[j - 1]!;
        if (diag.n + 1 > best.n) best = { n: diag.n + 1, first: diag.first < 0 ? at : diag.first, last: at };
      }
      next.push(best);
    }
    row = next;
  }
  const cell = row[width]!;
  return { matched: cell.n, first: cell.first, last: cell.last };
}

function approximatePlaces(stream: readonly Word[], quote: readonly string[]): QuoteMatch[] {
  if (quote.length < MIN_WORDS_APPROXIMATE) return [];
  const openers = new Set(quote.slice(0, 3));
  // The most words in order, and of those the tightest stretch: “het begin. Begin klein” is found at the second “begin”.
  let best = { matched: 0, span: Infinity };
  let found: { place: QuoteMatch; first: number }[] = [];
  for (let i = 0; i < stream.length; i++) {
    if (!openers.has(stream[i]!.word)) continue;
    const { matched, first, last } = bestInWindow(stream, i, quote);
    if (matched < Math.ceil(quote.length * MIN_SHARE)) continue;
    const span = last - first;
    if (matched < best.matched || (matched === best.matched && span > best.span)) continue;
    if (matched > best.matched || span < best.span) found = [];
    best = { matched, span };
    const place = { firstCue: stream[first]!.cue, lastCue: stream[last]!.cue, matched, words: quote.length, exact: false };
    // Windows that start a word apart find the same place: keep it once.
    if (!found.some((p) => p.first === first)) found.push({ place, first });
  }
  return found.map((f) => f.place);
}

/**
 * Where the quote is in the transcript, or undefined when it is not there.
 * `near` (seconds) chooses among several places: the one whose first cue
 * starts nearest to it; without it, the first.
 */
export function findQuote(cues: readonly Cue[], quote: string, near?: number): QuoteSearch | undefined {
  const words = quoteWords(quote);
  if (words.length === 0 || cues.length === 0) return undefined;
  const stream = streamOf(cues);
  const exact = exactPlaces(stream, words);
  const places = exact.length ? exact : approximatePlaces(stream, words);
  if (places.length === 0) return undefined;
  const distance = (p: QuoteMatch) => (near === undefined ? 0 : Math.abs(cues[p.firstCue]!.start - near));
  const match = places.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return { match, count: places.length };
}
