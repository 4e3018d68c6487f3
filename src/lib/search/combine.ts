/**
 * Results for a question or a longer query: pages that contain every searched
 * word first, in Pagefind's order; then, when those are few, pages that
 * contain some of the words, those with more of them first, then by
 * Pagefind's best score for any of their words.
 */
export interface Hit {
  id: string;
  score: number;
}

/** When a query with several words finds fewer full matches than this, its words are also searched one by one. */
export const FEW_RESULTS = 3;

export interface Ranked<T extends Hit> {
  hit: T;
  /** How many of the searched words the result contains. */
  matched: number;
  /** It contains only some of them. */
  partial: boolean;
}

export function combine<T extends Hit>(full: readonly T[], perWord: readonly (readonly T[])[], words: number): Ranked<T>[] {
  const seen = new Set(full.map((h) => h.id));
  const partial = new Map<string, { hit: T; matched: number; best: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      if (seen.has(hit.id)) continue;
      const known = partial.get(hit.id);
      if (known) {
        known.matched++;
        known.best = Math.max(known.best, hit.score);
      } else partial.set(hit.id, { hit, matched: 1, best: hit.score });
    }
  }
  const rest = [...partial.values()].sort((a, b) => b.matched - a.matched || b.best - a.best);
  return [...full.map((hit) => ({ hit, matched: words, partial: false })), ...rest.map(({ hit, matched }) => ({ hit, matched, partial: true }))];
}
