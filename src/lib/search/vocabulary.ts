/**
 * The site's vocabulary for "Bedoelde je …?" (./suggest): every word of three
 * letters or more in the indexed text, titles and keywords, folded, most
 * frequent first. Built with the index; a small text file, one word a line,
 * that the search UI fetches only when a query needs a suggestion.
 */
import { words } from './words';

/** The vocabulary: folded words, most frequent first. */
export type Vocabulary = readonly string[];

export const VOCABULARY_PATH = 'zoeken/woorden.txt';
const MIN_LENGTH = 3;

export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length >= MIN_LENGTH && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

export const parseVocabulary = (file: string): string[] => file.split('\n').filter(Boolean);
