/**
 * The search UI on Pagefind's JS API, loaded when search opens: Dutch texts,
 * filters by type and initiative, results with highlighted excerpts and
 * sub-results (sections and fragments), the count announced politely, arrow
 * keys through the results. Text from the index is inserted as text, never
 * as HTML, so a query or excerpt cannot inject markup.
 *
 * Only the page's part lives here. Which queries go to Pagefind for what the
 * reader typed, and how their results combine, is the query plan
 * (lib/search/plan); Pagefind's settings and our corrections to its order are
 * lib/search/rank.
 */
import { bestSections, order, PAGEFIND_OPTIONS } from '../../lib/search/rank';
import { keepMark } from '../../lib/search/match';
import { plan, searchableText, statusText, type Engine } from '../../lib/search/plan';
import { parseVocabulary, VOCABULARY_PATH } from '../../lib/search/vocabulary';
import { searchSays } from '../../lib/text/nl';

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

const PAGE_SIZE = 10;
/**
 * How long typing must pause before the count is announced: longer than the
 * gap between keystrokes of a steady typist (about 200–300 ms), short enough
 * to follow the pause at once.
 */
const ANNOUNCE_AFTER_TYPING = 700;
/** Said once, with the first count that has results. */

let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;
const attached = new WeakSet<HTMLElement>();

function loadPagefind(o: Options): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${o.bundle}pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: o.base, ...PAGEFIND_OPTIONS });
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

/** Pagefind behind the query plan's engine, with the filters the reader chose. */
function engine(pf: Pagefind, filters: Record<string, unknown>, o: Options): Engine<Result> {
  return {
    search: async (q, debounce) => (await (debounce ? pf.debouncedSearch(q, { filters }, 120) : pf.search(q, { filters })))?.results ?? null,
    text: async (hit) => searchableText(await hit.data()),
    vocabulary: () => loadVocabulary(o),
  };
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
      announce.textContent = tell ? `${text.replace(/\.$/, '')}. ${searchSays.keysHint}` : text;
    }, wait);
  };

  if (o.dev) {
    say(searchSays.devMode);
    return;
  }

  const ready = loadPagefind(o).then(
    async (pf) => {
      buildFilters(await pf.filters());
      return pf;
    },
    (error: unknown) => {
      console.warn(searchSays.logFailed, error);
      say(searchSays.unavailable);
      empty.hidden = false;
      return null;
    },
  );

  function buildFilters(counts: Record<string, Record<string, number>>) {
    filterBox.replaceChildren();
    for (const key of ['type', 'initiatief']) {
      const values = Object.keys(counts[key] ?? {}).sort(
        key === 'type' ? (a, b) => searchSays.typeOrder.indexOf(a) - searchSays.typeOrder.indexOf(b) : undefined,
      );
      if (!values.length) continue;
      const set = el('fieldset', {}, el('legend', { textContent: searchSays.filters[key] ?? key }));
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
    const outcome = await plan(query, engine(pf, filters, o), () => id === run);
    if (!outcome || id !== run) return;
    const { ranked, searched } = outcome;
    const n = ranked.length;
    const loaded = await Promise.all(ranked.slice(0, shown).map((r) => r.hit.data()));
    const results = order(loaded, query, searched);
    if (id !== run) return;
    const listed = new Set(results.map((r) => r.url));
    list.replaceChildren(...results.map((r) => render(r, query, searched, listed)));
    if (n > shown) {
      const more = el('button', { type: 'button', className: 'more', textContent: searchSays.more(n - shown) });
      more.addEventListener('click', () => {
        shown += PAGE_SIZE;
        void search().then(() => list.querySelectorAll<HTMLAnchorElement>('a.result-link')[shown - PAGE_SIZE]?.focus());
      });
      list.append(el('li', {}, more));
    }
    empty.hidden = n > 0;
    offer(outcome.offer);
    say(statusText(outcome, query, Object.keys(filters).length > 0), wait);
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
    suggestion.append(searchSays.didYouMean[0], button, searchSays.didYouMean[1]);
  }

  /** `listed`: the addresses of every result shown, so none is also another's sub-result. */
  function render(r: Fragment, query: string, words: readonly string[], listed: ReadonlySet<string>): HTMLLIElement {
    const type = r.filters['type']?.[0];
    const title = r.meta['title'] ?? r.url;
    // The type inside the link, so arrowing to a result reads what it is. Named
    // in so many words: Chromium would speak the type in the capitals its CSS shows.
    // A space between type and title keeps the shown words apart, so the name
    // contains the text as seen (WCAG 2.5.3, label in name).
    const kind = type && (type === searchSays.fragment ? [searchSays.fragment, r.meta['verhaal'] ?? '', r.meta['opname']].filter(Boolean).join(' · ') : type);
    const link = el(
      'a',
      { href: r.url, className: 'result-link', ariaLabel: kind ? `${kind}: ${title}` : title },
      ...(kind ? [el('span', { className: 'result-type', textContent: kind }), ' '] : []),
      el('span', { className: 'result-title', textContent: title }),
    );
    const item = el('li', {}, link);
    item.append(el('p', { className: 'result-excerpt' }, ...excerptNodes(r.excerpt, words)));
    const subs = bestSections({ url: r.url, title, sub_results: r.sub_results }, query, listed);
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
