/**
 * Our one correction to Pagefind's ranking: a result whose title, or one of
 * whose section titles, is exactly what the reader typed comes first. Pagefind
 * scores words, so "Wij in de wijk" (a resource's name, made of common words)
 * otherwise loses to a chapter that says "wijk" often.
 */
import { slugify } from './slug';

/** A title or query as compared here: its slug's words, so case, accents, punctuation and spacing do not count. */
export function foldTitle(text: string): string {
  return slugify(text).replaceAll('-', ' ');
}

interface Titled {
  meta: Record<string, string | undefined>;
  sub_results: { title: string }[];
}

export function isExactTitle(title: string, query: string): boolean {
  const q = foldTitle(query);
  return q !== '' && foldTitle(title) === q;
}

/** Results with an exact title match first; otherwise Pagefind's order, kept. */
export function exactTitlesFirst<T extends Titled>(results: readonly T[], query: string): T[] {
  const exact = (r: T) => isExactTitle(r.meta['title'] ?? '', query) || r.sub_results.some((s) => isExactTitle(s.title, query));
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}
