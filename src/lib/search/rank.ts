/**
 * Where search ranking lives: every Pagefind setting we pass, and our three
 * corrections to the order Pagefind gives. Pure, so each rule is unit-tested
 * with plain data (tests/unit/search-rank.test.ts); browser/search/ui.ts only
 * applies them. Which queries are sent and how their results are merged is
 * the query plan (./plan).
 *
 * The corrections, in the order they apply:
 * 1. `pagesBeforeTheirFragments`: a fragment found only through its transcript
 *    comes after its page.
 * 2. `exactTitlesFirst`: a result whose title, or one of whose section titles,
 *    is exactly the query comes first.
 * 3. `bestSections`: which sub-results a result shows (the best three, a
 *    section titled as the query always among them).
 */
import { KEYWORDS_META } from './keywords';
import { foldTitle } from './words';
import { termsFound } from './match';

export { foldTitle };

/**
 * Pagefind's options (https://pagefind.app/docs/ranking/, /docs/js-api-config/).
 * Short records (a fragment, a resource) should not lose against long chapters
 * that merely mention a word: a low page-length penalty, strong term saturation.
 * Editors' keywords weigh like a title: they name what the page is about.
 * (What the index weighs at build time, such as `data-pagefind-weight` on a
 * story's people or a resource's title, is in the components that carry it.)
 */
export const PAGEFIND_RANKING = {
  /** 0–1: how much a long page is penalised (Pagefind's default 0.75). */
  pageLength: 0.3,
  /** 0–1: how much the number of occurrences counts against how rare a word is (default 1). */
  termFrequency: 0.8,
  /** 0–2: how soon more occurrences of a word stop adding (default 1.4). */
  termSaturation: 1.2,
  /** ≥ 0: how much an exact word beats a longer word it starts (default 1). */
  termSimilarity: 1.0,
  /** Weights of metadata fields, as if the field stood on the page so many times more. */
  metaWeights: { title: 5, [KEYWORDS_META]: 5 } as Readonly<Record<string, number>>,
} as const;

/** Everything passed to Pagefind's `options()`, besides the base URL. */
export const PAGEFIND_OPTIONS = {
  /** Words in an excerpt. */
  excerptLength: 28,
  ranking: PAGEFIND_RANKING,
  /** On the main thread: the worker is another 12 KB to fetch, for an index this small. */
  noWorker: true,
} as const;

/** How many sections a result lists under it. */
export const SECTIONS_SHOWN = 3;

interface Titled {
  meta: Record<string, string | undefined>;
  sub_results: { title: string }[];
}

export function isExactTitle(title: string, query: string): boolean {
  const q = foldTitle(query);
  return q !== '' && foldTitle(title) === q;
}

/**
 * Correction 2. Pagefind scores words, so "Wij in de wijk" (a resource's name,
 * made of common words) would otherwise lose to a chapter that says "wijk"
 * often. Results with an exact title match first; otherwise Pagefind's order, kept.
 */
export function exactTitlesFirst<T extends Titled>(results: readonly T[], query: string): T[] {
  const exact = (r: T) => isExactTitle(r.meta['title'] ?? '', query) || r.sub_results.some((s) => isExactTitle(s.title, query));
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}

interface Located {
  url: string;
  meta: Record<string, string | undefined>;
}

/**
 * Correction 1. A fragment (its URL is its page's plus #fragment-…) whose quote
 * does not contain every searched word comes after its page when both are
 * found: the words are then in its transcript, which is the page's own text
 * read aloud.
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

/** Corrections 1 and 2 on the results as loaded, for the query as typed and the words searched. */
export function order<T extends Located & Titled>(results: readonly T[], query: string, searched: readonly string[]): T[] {
  const inQuote = (quote: string) => termsFound(quote, searched).size === searched.length;
  return exactTitlesFirst(pagesBeforeTheirFragments(results, inQuote), query);
}

interface Section {
  title: string;
  url: string;
  weighted_locations?: { balanced_score: number }[];
}

/**
 * Correction 3: the sections a result lists, at most SECTIONS_SHOWN, those
 * that match best, in the order they come on the page; a section titled
 * exactly as the query always among them. Not the result itself, nor a
 * section listed as a result of its own (`listed`: every result's address).
 */
export function bestSections<S extends Section>(result: { url: string; title: string; sub_results: readonly S[] }, query: string, listed: ReadonlySet<string>): S[] {
  const score = (s: S) => (isExactTitle(s.title, query) ? Infinity : 0) + (s.weighted_locations ?? []).reduce((t, w) => t + w.balanced_score, 0);
  const candidates = result.sub_results.filter((s) => s.url !== result.url && s.title !== result.title && !listed.has(s.url));
  const best = new Set([...candidates].sort((a, b) => score(b) - score(a)).slice(0, SECTIONS_SHOWN));
  return candidates.filter((s) => best.has(s));
}
