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

interface Located {
  url: string;
  meta: Record<string, string | undefined>;
}

/**
 * A fragment (its URL is its page's plus #fragment-…) whose quote does not
 * contain every searched word comes after its page when both are found: the
 * words are then in its transcript, which is the page's own text read aloud.
 */
export function pagesBeforeTheirFragments<T extends Located>(results: readonly T[], inQuote: (quote: string) => boolean): T[] {
  const out = [...results];
  for (const r of results) {
    if (!r.url.includes('#fragment-') || inQuote(r.meta['title'] ?? '')) continue;
    const page = out.findIndex((p) => p.url === r.url.slice(0, r.url.indexOf('#')));
    const at = out.indexOf(r);
    if (page > at) {
      out.splice(at, 1);
      out.splice(page, 0, r);
    }
  }
  return out;
}
