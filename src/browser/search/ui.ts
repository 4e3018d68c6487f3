/**
 * The search UI on Pagefind's JS API, loaded when search opens: Dutch texts,
 * filters by type and initiative, results with highlighted excerpts and
 * sub-results (sections and fragments), the count announced politely, arrow
 * keys through the results. Text from the index is inserted as text, never
 * as HTML, so a query or excerpt cannot inject markup.
 *
 * On top of Pagefind (lib/search): stop words are dropped; a result counts
 * only when the searched words really occur in it (Pagefind's prefix fallback
 * is dropped); a question with few full matches also searches its words one by
 * one, ranked below; and when words are not found, "Bedoelde je …?" from the
 * site's vocabulary, loaded only then, run at once when nothing was found.
 */
import { exactTitlesFirst, isExactTitle, pagesBeforeTheirFragments } from '../../lib/search-rank';
import { searchTerms } from '../../lib/search/words';
import { keepMark, termsFound } from '../../lib/search/match';
import { combine, FEW_RESULTS, type Ranked } from '../../lib/search/combine';
import { suggest, type Suggestion } from '../../lib/search/suggest';
import { parseVocabulary, VOCABULARY_PATH } from '../../lib/search/vocabulary';
import { KEYWORDS_META } from '../../lib/search/keywords';

interface Options {
  bundle: string;
  base: string;
  dev: boolean;
  /** On /zoeken/: keep ?q= in the address so a search can be shared. */
  page: boolean;
}

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
}
interface Result {
  id: string;
  score: number;
  data(): Promise<Fragment & { content: string }>;
}
type Found = { results: Result[] } | null;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<Found>;
  debouncedSearch(q: string, o?: { filters?: Record<string, unknown> }, ms?: number): Promise<Found>;
}

/** What one query found: results with every word, then (for a question) with some. */
interface Answer {
  ranked: Ranked<Result>[];
  /** Searched words Pagefind could only match through its prefix fallback: not in the publication. */
  missing: string[];
}

const PAGE_SIZE = 10;
/**
 * How long typing must pause before the count is announced: longer than the
 * gap between keystrokes of a steady typist (about 200–300 ms), short enough
 * to follow the pause at once.
 */
const ANNOUNCE_AFTER_TYPING = 700;
/** Said once, with the first count that has results. */
const KEYS_HINT = 'Met pijltje omlaag ga je naar de resultaten';
const TYPE_ORDER = ['Verhaal', 'Hoofdstuk', 'Fragment', 'Bron'];
const FILTER_LABELS: Record<string, string> = { type: 'Soort', initiatief: 'Initiatief' };

let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;
const attached = new WeakSet<HTMLElement>();

function loadPagefind(o: Options): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${o.bundle}pagefind.js`)) as Pagefind;
    await pf.options({
      baseUrl: o.base,
      excerptLength: 28,
      // Short records (a fragment, a resource) should not lose against long chapters
      // that merely mention a word: a low page-length penalty, strong term saturation.
      // Editors' keywords weigh like a title: they name what the page is about.
      ranking: { pageLength: 0.3, termFrequency: 0.8, termSaturation: 1.2, termSimilarity: 1.0, metaWeights: { title: 5, [KEYWORDS_META]: 5 } },
      // On the main thread: the worker is another 12 KB to fetch, for an index this small.
      noWorker: true,
    });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** The site's words for suggestions, fetched the first time a query needs one. */
function loadVocabulary(o: Options): Promise<string[]> {
  vocabulary ??= fetch(`${o.base.replace(/\/?$/, '/')}${VOCABULARY_PATH}`)
    .then((r) => (r.ok ? r.text() : ''))
    .then(parseVocabulary, () => []);
  return vocabulary;
}

/** The text search checks a result against: its content, title and keywords. */
async function textOf(result: Result): Promise<string> {
  const d = await result.data();
  return `${d.meta['title'] ?? ''} ${d.meta[KEYWORDS_META] ?? ''} ${d.content}`;
}

/**
 * Searches the words together, and when that finds few results and there are
 * several words, each word alone. Pagefind falls back per word: a word the
 * index does not have matches a shorter indexed word in every result, so the
 * first result tells whether a word is really there. Null when a newer search
 * replaced this one.
 */
async function lookup(pf: Pagefind, terms: string[], filters: Record<string, unknown>, debounce: boolean): Promise<Answer | null> {
  const run = (q: string) => (debounce ? pf.debouncedSearch(q, { filters }, 120) : pf.search(q, { filters }));
  const found = await run(terms.join(' '));
  if (!found) return null;
  const first = found.results[0];
  const present = first ? termsFound(await textOf(first), terms) : new Set<string>();
  const full = present.size === terms.length ? found.results : [];
  let missing = first ? terms.filter((t) => !present.has(t)) : terms;
  if (full.length >= FEW_RESULTS || terms.length < 2) return { ranked: combine(full, [], terms.length), missing };
  const perWord = await Promise.all(
    terms.map(async (term) => {
      const alone = await pf.search(term, { filters });
      const top = alone?.results[0];
      return top && termsFound(await textOf(top), [term]).size ? alone.results : null;
    }),
  );
  missing = terms.filter((_, i) => !perWord[i]);
  return { ranked: combine(full, perWord.filter((r): r is Result[] => r !== null), terms.length), missing };
}

/**
 * Builds text and <mark> nodes from Pagefind's excerpt, which marks hits with
 * <mark>; only marks on words that really match a searched word are kept (lib/search/match).
 */
function excerptNodes(excerpt: string, terms: readonly string[]): Node[] {
  const nodes: Node[] = [];
  const decode = (s: string) => {
    const t = document.createElement('textarea');
    t.innerHTML = s;
    return t.value;
  };
  for (const [i, part] of excerpt.split(/<\/?mark>/).entries()) {
    if (!part) continue;
    const plain = decode(part.replace(/<[^>]*>/g, ''));
    const text = document.createTextNode(plain);
    if (i % 2 === 1 && keepMark(plain, terms)) {
      const mark = document.createElement('mark');
      mark.append(text);
      nodes.push(mark);
    } else nodes.push(text);
  }
  return nodes;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) (node as unknown as Record<string, string>)[key] = value;
  node.append(...children);
  return node;
}

export function attach(panel: HTMLElement, o: Options): void {
  if (attached.has(panel)) return;
  attached.add(panel);
  const form = panel.querySelector('form')!;
  const input = panel.querySelector('input')!;
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const announce = panel.querySelector<HTMLElement>('.search-announce')!;
  const list = panel.querySelector<HTMLOListElement>('.search-results')!;
  const empty = panel.querySelector<HTMLElement>('.search-empty')!;
  const suggestion = panel.querySelector<HTMLElement>('.search-suggest')!;
  const filterBox = panel.querySelector<HTMLElement>('.search-filters')!;
  const chosen: Record<string, Set<string>> = { type: new Set(), initiatief: new Set() };
  let shown = PAGE_SIZE;
  let run = 0;

  // The count shows at once; a screen reader hears it (from a live region of
  // its own) once the reader pauses typing, not per keystroke (it would talk
  // over the typing echo), and is told the way to the results once.
  let announcing = 0;
  let toldKeys = false;
  const say = (text: string, wait = 0) => {
    status.textContent = text;
    clearTimeout(announcing);
    announcing = window.setTimeout(() => {
      const tell = !toldKeys && text !== '' && list.querySelector('a') !== null;
      toldKeys ||= tell;
      announce.textContent = tell ? `${text.replace(/\.$/, '')}. ${KEYS_HINT}` : text;
    }, wait);
  };

  if (o.dev) {
    say('In de ontwikkelmodus (npm run dev) is er geen zoekindex. Bouw de site om te zoeken: npm run build && npm run preview.');
    return;
  }

  const ready = loadPagefind(o).then(
    async (pf) => {
      buildFilters(await pf.filters());
      return pf;
    },
    (error: unknown) => {
      console.warn('Zoeken kon niet laden:', error);
      say('Zoeken is nu niet beschikbaar. Probeer het later opnieuw, of gebruik de inhoudsopgave.');
      empty.hidden = false;
      return null;
    },
  );

  function buildFilters(counts: Record<string, Record<string, number>>) {
    filterBox.replaceChildren();
    for (const key of ['type', 'initiatief']) {
      const values = Object.keys(counts[key] ?? {}).sort(
        key === 'type' ? (a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b) : undefined,
      );
      if (!values.length) continue;
      const set = el('fieldset', {}, el('legend', { textContent: FILTER_LABELS[key] ?? key }));
      for (const value of values) {
        const box = el('input', { type: 'checkbox', value });
        box.addEventListener('change', () => {
          if (box.checked) chosen[key]!.add(value);
          else chosen[key]!.delete(value);
          void search();
        });
        set.append(el('label', {}, box, value));
      }
      filterBox.append(set);
    }
    filterBox.hidden = false;
  }

  /** `typed`: the reader is typing; the count waits until they pause. */
  async function search(typed = false) {
    const id = ++run;
    const wait = typed ? ANNOUNCE_AFTER_TYPING : 0;
    const query = input.value.trim().slice(0, 200);
    if (o.page) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query) {
      list.replaceChildren();
      empty.hidden = true;
      offer(undefined);
      say('', 0);
      return;
    }
    const pf = await ready;
    if (!pf) return;
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, set] of Object.entries(chosen)) if (set.size) filters[key] = { any: [...set] };
    const filtered = Object.keys(filters).length ? ' (met filter)' : '';
    const terms = searchTerms(query);
    let answer = await lookup(pf, terms, filters, true);
    if (!answer || id !== run) return;
    // Words the publication does not have, or several words (two may be one): is there a better query?
    let better: Suggestion | undefined;
    if (answer.missing.length || terms.length > 1) {
      better = suggest(terms, await loadVocabulary(o));
      if (id !== run) return;
    }
    let searched = terms;
    let instead: string | undefined;
    let also: string | undefined;
    const full = () => answer!.ranked.filter((r) => !r.partial).length;
    if (better?.edits === 0 && !answer.missing.length) {
      // Two words the publication writes as one ("wijk team"): results for the joined word first, then the others.
      const joined = await lookup(pf, searchTerms(better.query), filters, false);
      if (id !== run) return;
      if (joined?.ranked.length && !joined.missing.length) {
        const ids = new Set(joined.ranked.map((r) => r.hit.id));
        answer = { ranked: [...joined.ranked, ...answer.ranked.filter((r) => !ids.has(r.hit.id))], missing: [] };
        searched = [...searchTerms(better.query), ...terms];
        instead = undefined;
        also = better.query;
        better = undefined;
      }
    } else if (better && (full() === 0 || answer.missing.length) && better.edits <= 1) {
      // Nothing (or not everything) was found, and one word is one letter off or two words are one: run that at once.
      const retry = await lookup(pf, searchTerms(better.query), filters, false);
      if (id !== run) return;
      if (retry?.ranked.length && !retry.missing.length) {
        answer = retry;
        searched = searchTerms(better.query);
        instead = better.query;
        better = undefined;
      }
    }
    const ranked = answer.ranked;
    const n = ranked.length;
    const loaded = await Promise.all(ranked.slice(0, shown).map((r) => r.hit.data()));
    const inQuote = (quote: string) => termsFound(quote, searched).size === searched.length;
    const results = exactTitlesFirst(pagesBeforeTheirFragments(loaded, inQuote), query);
    if (id !== run) return;
    const listed = new Set(results.map((r) => r.url));
    list.replaceChildren(...results.map((r) => render(r, query, searched, listed)));
    if (n > shown) {
      const more = el('button', { type: 'button', className: 'more', textContent: `Meer resultaten tonen (${n - shown})` });
      more.addEventListener('click', () => {
        shown += PAGE_SIZE;
        void search().then(() => list.querySelectorAll<HTMLAnchorElement>('a.result-link')[shown - PAGE_SIZE]?.focus());
      });
      list.append(el('li', {}, more));
    }
    empty.hidden = n > 0;
    offer(better && better.query !== searched.join(' ') ? better.query : undefined);
    const count = (k: number) => `${k} ${k === 1 ? 'resultaat' : 'resultaten'}`;
    const some = n - full();
    const partly = some === n && searched.length > 1;
    say(
      instead
        ? `Geen resultaten voor ‘${query}’${filtered}. Wel ${count(n)} voor ‘${instead}’.`
        : n === 0
          ? `Geen resultaten voor ‘${query}’${filtered}. Probeer een ander woord.`
          : partly
            ? `Geen resultaten met alle woorden voor ‘${query}’${filtered}; ${count(n)} met een deel ervan.`
            : also
              ? `${count(n)} voor ‘${query}’${filtered}, eerst die voor ‘${also}’`
              : `${count(n)} voor ‘${query}’${filtered}${some ? `, waarvan ${some} met een deel van de woorden` : ''}`,
      wait,
    );
  }

  /** "Bedoelde je …?": one click searches for the suggestion. */
  function offer(query: string | undefined) {
    suggestion.replaceChildren();
    suggestion.hidden = !query;
    if (!query) return;
    const button = el('button', { type: 'button', className: 'suggestion', textContent: query });
    button.addEventListener('click', () => {
      input.value = query;
      shown = PAGE_SIZE;
      void search();
      input.focus();
    });
    suggestion.append('Bedoelde je ', button, '?');
  }

  /** `listed`: the addresses of every result shown, so none is also another's sub-result. */
  function render(r: Fragment, query: string, words: readonly string[], listed: ReadonlySet<string>): HTMLLIElement {
    const type = r.filters['type']?.[0];
    const title = r.meta['title'] ?? r.url;
    // The type inside the link, so arrowing to a result reads what it is. Named
    // in so many words: Chromium would speak the type in the capitals its CSS shows.
    // A space between type and title keeps the shown words apart, so the name
    // contains the text as seen (WCAG 2.5.3, label in name).
    const kind = type && (type === 'Fragment' ? ['Fragment', r.meta['verhaal'] ?? '', r.meta['opname']].filter(Boolean).join(' · ') : type);
    const link = el(
      'a',
      { href: r.url, className: 'result-link', ariaLabel: kind ? `${kind}: ${title}` : title },
      ...(kind ? [el('span', { className: 'result-type', textContent: kind }), ' '] : []),
      el('span', { className: 'result-title', textContent: title }),
    );
    const item = el('li', {}, link);
    item.append(el('p', { className: 'result-excerpt' }, ...excerptNodes(r.excerpt, words)));
    // The sections that match best, at most three, in the order they come on the
    // page; a section titled exactly as the query always among them.
    const score = (s: Fragment['sub_results'][number]) =>
      (isExactTitle(s.title, query) ? Infinity : 0) + (s.weighted_locations ?? []).reduce((t, w) => t + w.balanced_score, 0);
    const candidates = r.sub_results.filter((s) => s.url !== r.url && s.title !== title && !listed.has(s.url));
    const best = new Set([...candidates].sort((a, b) => score(b) - score(a)).slice(0, 3));
    const subs = candidates.filter((s) => best.has(s));
    if (subs.length) {
      const ul = el('ul', { className: 'sub-results' });
      for (const s of subs) {
        ul.append(el('li', {}, el('a', { href: s.url, className: 'result-link' }, s.title), el('p', { className: 'result-excerpt' }, ...excerptNodes(s.excerpt, words))));
      }
      item.append(ul);
    }
    return item;
  }

  input.addEventListener('input', () => {
    shown = PAGE_SIZE;
    void search(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  // Arrow keys: from the field into the results, and through them.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLElement>('a.result-link, button.more')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (event.target === input && event.key === 'ArrowDown') links[0]!.focus();
    else if (at >= 0) (event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input))?.focus();
    else return;
    event.preventDefault();
  });
  if (input.value.trim()) void search();
}
