/**
 * "Bedoelde je …?": a query rewritten into words the publication uses, from
 * the site's own vocabulary (built with the index, see integrations/search):
 * two words that the text writes as one ("wijk team" → "wijkteam"), and a
 * misspelt word replaced by the most frequent word within one edit (two for
 * words of eight letters or more; an edit is a letter added, dropped, changed
 * or two letters swapped), or else split into words it has ("vrijwilligerswerk"
 * → "vrijwilligers werk", ./compounds). Words of four letters or fewer are never changed.
 */
import { isMatch } from './match';
import { editDistance } from '../edit-distance';
import { splitCompound } from './compounds';
import type { Vocabulary } from './vocabulary';

export interface Suggestion {
  /** The query to run instead. */
  query: string;
  /** Most edits made to one word (0 when words were only joined or split). */
  edits: number;
  /** A word was split into words the publication has. */
  split?: true;
}

const MIN_FUZZY = 5;

function maxEdits(word: string): number {
  return word.length < MIN_FUZZY ? 0 : word.length < 8 ? 1 : 2;
}

/** The publication uses the word, or a longer word or another form of it. */
function known(term: string, vocabulary: Vocabulary): boolean {
  return vocabulary.some((word) => isMatch(word, term));
}

/** The closest word in the vocabulary, most frequent among equals; undefined when none is close enough. */
function closest(term: string, vocabulary: Vocabulary): { word: string; edits: number } | undefined {
  const limit = maxEdits(term);
  let found: { word: string; edits: number } | undefined;
  for (const word of vocabulary) {
    const edits = editDistance(term, word, found ? found.edits - 1 : limit);
    if (edits <= limit && (!found || edits < found.edits)) found = { word, edits };
    if (found?.edits === 1) break;
  }
  return found;
}

/** A better query from the terms (folded, without stop words), or undefined when there is none. */
export function suggest(terms: readonly string[], vocabulary: Vocabulary): Suggestion | undefined {
  const vocab = new Set(vocabulary);
  const out: string[] = [];
  let edits = 0;
  let changed = false;
  let split = false;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const next = terms[i + 1];
    if (next !== undefined && vocab.has(term + next)) {
      out.push(term + next);
      changed = true;
      i++;
      continue;
    }
    if (known(term, vocabulary)) {
      out.push(term);
      continue;
    }
    // One letter off is likelier a typo than a compound; a compound likelier than two letters off.
    const near = closest(term, vocabulary);
    const parts = near && near.edits <= 1 ? undefined : splitCompound(term, vocab);
    if (parts) {
      out.push(...parts);
      split = changed = true;
    } else if (near) {
      out.push(near.word);
      edits = Math.max(edits, near.edits);
      changed = true;
    } else out.push(term);
  }
  return changed ? { query: out.join(' '), edits, ...(split ? { split: true as const } : {}) } : undefined;
}
