/**
 * The query plan: for what a reader typed, which queries go to Pagefind and
 * how their results are combined. Pure apart from the engine it is given
 * (Pagefind in the browser, plain data in tests/unit/search-plan.test.ts);
 * browser/search/ui.ts only shows the outcome.
 *
 * 1. The words without stop words (./words), searched together. A result
 *    counts only when its words really contain them (./match: Pagefind's
 *    prefix fallback finds "een" for "eenzaamheid").
 * 2. Several words: each word is also looked for as the end of the
 *    publication's compounds ("rol professional" also as "rol
 *    wijkprofessional", ./compounds); the results of all these queries
 *    together, by Pagefind's score.
 * 3. Fewer than FEW_RESULTS pages with every word: each word alone too;
 *    pages with more of the words first, all after those with every word.
 * 4. A word the publication does not have, or several words: is there a
 *    better query (./suggest)? Two words it writes as one ("wijk team"):
 *    the joined word's results first, then the others. A word one letter off
 *    or a compound it does not have ("vrijwilligerswerk" → "vrijwilligers
 *    werk", only the pages that have every part): that query at once, said so.
 *    Otherwise a correction or a join is offered ("Bedoelde je …?").
 * The vocabulary is fetched only for steps 2 and 4, so a first query of one
 * known word loads nothing more than Pagefind.
 */
import { searchTerms } from './words';
import { termsFound } from './match';
import { suggest } from './suggest';
import type { Vocabulary } from './vocabulary';
import { compoundsEndingIn } from './compounds';
import { KEYWORDS_META } from './keywords';
import { searchSays } from '../text/nl';

export interface Hit {
  id: string;
  score: number;
}

/** When a query with several words finds fewer full matches than this, its words are also searched one by one. */
export const FEW_RESULTS = 3;
/** At most this many extra queries for compounds (step 2). */
export const MAX_COMPOUND_QUERIES = 4;

export interface Ranked<T extends Hit> {
  hit: T;
  /** How many of the searched words the result contains. */
  matched: number;
  /** It contains only some of them. */
  partial: boolean;
}

/** What the plan needs of a search engine. */
export interface Engine<H extends Hit> {
  /** The hits for a query in the engine's order; null when a newer search replaced this one (`debounce`: the first query of a keystroke). */
  search(query: string, debounce: boolean): Promise<readonly H[] | null>;
  /** The text a hit's words are checked in (`searchableText` of its data). */
  text(hit: H): Promise<string>;
  /** The site's vocabulary, folded words, most frequent first. */
  vocabulary(): Promise<Vocabulary>;
}

export interface Outcome<H extends Hit> {
  ranked: Ranked<H>[];
  /** The words searched for: to highlight, and to tell a fragment's quote from its transcript. */
  searched: string[];
  /** Nothing was found for the query; these are the results for this query instead. */
  instead?: string;
  /** The results for this query (the reader's words joined) come first, then the others. */
  also?: string;
  /** "Bedoelde je …?" */
  offer?: string;
}

/** The text a result's words are checked in: its title, keywords and content. */
export function searchableText(data: { meta: Record<string, string | undefined>; content: string }): string {
  return `${data.meta['title'] ?? ''} ${data.meta[KEYWORDS_META] ?? ''} ${data.content}`;
}

/** Pages with every word first, in the engine's order; then pages with some of them, more of them first, then by best score. */
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

/** The hits of several queries for the same thing, each once with its best score, best first (ties in the order given). */
export function mergeByScore<T extends Hit>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, { hit: T; score: number; at: number }>();
  let at = 0;
  for (const list of lists) {
    for (const hit of list) {
      const known = best.get(hit.id);
      if (!known) best.set(hit.id, { hit, score: hit.score, at: at++ });
      else if (hit.score > known.score) known.score = hit.score;
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.at - b.at).map((b) => b.hit);
}

/** The queries of step 2: the terms with one word replaced by one of its compounds. */
export function compoundQueries(terms: readonly string[], vocabulary: Vocabulary): string[][] {
  if (terms.length < 2) return [];
  const known = new Set(vocabulary);
  const queries: string[][] = [];
  for (const [i, term] of terms.entries()) {
    for (const compound of compoundsEndingIn(term, vocabulary, known)) queries.push(terms.map((t, j) => (j === i ? compound : t)));
  }
  return queries.slice(0, MAX_COMPOUND_QUERIES);
}

interface Answer<H extends Hit> {
  ranked: Ranked<H>[];
  /** Searched words the engine could only match through its prefix fallback: not in the publication. */
  missing: string[];
  /** Compounds whose queries found pages (step 2). */
  compounds: string[];
}

/** The hits of a query when its first hit really has every word (then all do: the engine's fallback is per word), else none. */
async function fullMatches<H extends Hit>(engine: Engine<H>, terms: readonly string[], debounce = false): Promise<{ hits: readonly H[]; present: Set<string> } | null> {
  const found = await engine.search(terms.join(' '), debounce);
  if (!found) return null;
  const present = found[0] ? termsFound(await engine.text(found[0]), terms) : new Set<string>();
  return { hits: present.size === terms.length ? found : [], present };
}

/**
 * Steps 1–3 for one list of terms; with `vocabulary` (fetched after the first
 * query, only for several words) also step 2. Null when a newer search
 * replaced this one.
 */
async function lookup<H extends Hit>(engine: Engine<H>, terms: string[], debounce: boolean, vocabulary?: () => Promise<Vocabulary>): Promise<Answer<H> | null> {
  const first = await fullMatches(engine, terms, debounce);
  if (!first) return null;
  let full = first.hits;
  let missing = terms.filter((t) => !first.present.has(t));
  const compounds: string[] = [];
  if (vocabulary && terms.length > 1) {
    const queries = compoundQueries(terms, await vocabulary());
    const lists = await Promise.all(queries.map(async (q) => (await fullMatches(engine, q))?.hits ?? []));
    for (const [i, q] of queries.entries()) if (lists[i]!.length) compounds.push(...q.filter((w) => !terms.includes(w)));
    if (compounds.length) {
      full = mergeByScore([full, ...lists]);
      missing = [];
    }
  }
  if (full.length >= FEW_RESULTS || terms.length < 2) return { ranked: combine(full, [], terms.length), missing, compounds };
  const perWord = await Promise.all(
    terms.map(async (term) => {
      const alone = await engine.search(term, false);
      const top = alone?.[0];
      return top && termsFound(await engine.text(top), [term]).size ? alone : null;
    }),
  );
  missing = terms.filter((_, i) => !perWord[i]);
  return { ranked: combine(full, perWord.filter((r): r is readonly H[] => r !== null), terms.length), missing, compounds };
}

/**
 * The whole plan for what the reader typed. `isCurrent` turns false when a
 * newer search started: the plan then stops and gives null.
 */
export async function plan<H extends Hit>(query: string, engine: Engine<H>, isCurrent: () => boolean = () => true): Promise<Outcome<H> | null> {
  const terms = searchTerms(query);
  let answer = await lookup(engine, terms, true, () => engine.vocabulary());
  if (!answer || !isCurrent()) return null;
  // Words the publication does not have, or several words (two may be one): is there a better query?
  const vocabulary = answer.missing.length || terms.length > 1 ? await engine.vocabulary() : undefined;
  if (!isCurrent()) return null;
  const better = vocabulary ? suggest(terms, vocabulary) : undefined;
  let searched = [...terms, ...answer.compounds];
  const outcome = (o: Omit<Outcome<H>, 'ranked' | 'searched'> = {}): Outcome<H> => ({ ranked: answer!.ranked, searched, ...o });
  const fullCount = answer.ranked.filter((r) => !r.partial).length;
  if (better?.edits === 0 && !better.split && !answer.missing.length) {
    // Two words the publication writes as one ("wijk team"): results for the joined word first, then the others.
    const joinedTerms = searchTerms(better.query);
    const joined = await lookup(engine, joinedTerms, false);
    if (!isCurrent()) return null;
    if (joined?.ranked.length && !joined.missing.length) {
      const ids = new Set(joined.ranked.map((r) => r.hit.id));
      answer = { ranked: [...joined.ranked, ...answer.ranked.filter((r) => !ids.has(r.hit.id))], missing: [], compounds: [] };
      searched = [...joinedTerms, ...terms];
      return outcome({ also: better.query });
    }
  } else if (better && (fullCount === 0 || answer.missing.length) && better.edits <= 1) {
    // Nothing (or not everything) was found, and one word is one letter off, two words are one, or a
    // word is a compound of the publication's words (then only if one page has every part): run that at once.
    const betterTerms = searchTerms(better.query);
    const retry = await lookup(engine, betterTerms, false);
    if (!isCurrent()) return null;
    // A compound's parts count only together: no page with one of them alone.
    const ranked = better.split ? retry?.ranked.filter((r) => !r.partial) : retry?.ranked;
    if (retry && ranked?.length && !retry.missing.length) {
      answer = { ...retry, ranked };
      searched = betterTerms;
      return outcome({ instead: better.query });
    }
  }
  // A split whose parts no page has together is no better query.
  return outcome(better && !better.split && better.query !== terms.join(' ') ? { offer: better.query } : {});
}

/** What the status line says for an outcome: the query as typed, between ‘ ’, always. */
export function statusText(outcome: Outcome<Hit>, query: string, filtered: boolean): string {
  const n = outcome.ranked.length;
  const some = outcome.ranked.filter((r) => r.partial).length;
  const filter = filtered ? searchSays.withFilter : '';
  const count = searchSays.count(n);
  if (outcome.instead) return searchSays.insteadOf(query, filter, count, outcome.instead);
  if (n === 0) return searchSays.none(query, filter);
  if (some === n && outcome.searched.length > 1) return searchSays.onlyPartial(query, filter, count);
  if (outcome.also) return searchSays.alsoFirst(query, filter, count, outcome.also);
  return searchSays.found(query, filter, count, some);
}
