/**
 * The search UI on Pagefind's JS API, loaded when search opens: Dutch texts,
 * filters by type and initiative, results with highlighted excerpts and
 * sub-results (sections and fragments), the count announced politely, arrow
 * keys through the results. Text from the index is inserted as text, never
 * as HTML, so a query or excerpt cannot inject markup.
 */
import { exactTitlesFirst, isExactTitle } from '../../lib/search-rank';
import { keepMark, queryWords } from '../../lib/search-marks';

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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    q: string,
    o?: { filters?: Record<string, unknown> },
    ms?: number,
  ): Promise<{ results: { data(): Promise<Fragment> }[] } | null>;
}

const PAGE_SIZE = 10;
const TYPE_ORDER = ['Verhaal', 'Hoofdstuk', 'Fragment', 'Bron'];
const FILTER_LABELS: Record<string, string> = { type: 'Soort', initiatief: 'Initiatief' };

let pagefind: Promise<Pagefind> | undefined;
const attached = new WeakSet<HTMLElement>();

function loadPagefind(o: Options): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${o.bundle}pagefind.js`)) as Pagefind;
    await pf.options({
      baseUrl: o.base,
      excerptLength: 28,
      // Short records (a fragment, a resource) should not lose against long chapters
      // that merely mention a word: a low page-length penalty, strong term saturation.
      ranking: { pageLength: 0.3, termFrequency: 0.8, termSaturation: 1.2, termSimilarity: 1.0 },
    });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/**
 * Builds text and <mark> nodes from Pagefind's excerpt, which marks hits with
 * <mark>; only the marks a reader would call a hit are kept (see search-marks).
 */
function excerptNodes(excerpt: string, words: readonly string[]): Node[] {
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
    if (i % 2 === 1 && keepMark(plain, words)) {
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
  const list = panel.querySelector<HTMLOListElement>('.search-results')!;
  const empty = panel.querySelector<HTMLElement>('.search-empty')!;
  const filterBox = panel.querySelector<HTMLElement>('.search-filters')!;
  const chosen: Record<string, Set<string>> = { type: new Set(), initiatief: new Set() };
  let shown = PAGE_SIZE;
  let run = 0;

  const say = (text: string) => {
    status.textContent = text;
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

  async function search() {
    const id = ++run;
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
      say('');
      return;
    }
    const pf = await ready;
    if (!pf) return;
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, set] of Object.entries(chosen)) if (set.size) filters[key] = { any: [...set] };
    const found = await pf.debouncedSearch(query, { filters }, 120);
    if (!found || id !== run) return;
    const results = exactTitlesFirst(await Promise.all(found.results.slice(0, shown).map((r) => r.data())), query);
    if (id !== run) return;
    const n = found.results.length;
    list.replaceChildren(...results.map((r) => render(r, query)));
    if (n > shown) {
      const more = el('button', { type: 'button', className: 'more', textContent: `Meer resultaten tonen (${n - shown})` });
      more.addEventListener('click', () => {
        shown += PAGE_SIZE;
        void search().then(() => list.querySelectorAll<HTMLAnchorElement>('a.result-link')[shown - PAGE_SIZE]?.focus());
      });
      list.append(el('li', {}, more));
    }
    empty.hidden = n > 0;
    const filtered = Object.keys(filters).length ? ' (met filter)' : '';
    say(n === 0 ? `Geen resultaten voor ‘${query}’${filtered}. Probeer een ander woord.` : `${n} ${n === 1 ? 'resultaat' : 'resultaten'} voor ‘${query}’${filtered}`);
  }

  function render(r: Fragment, query: string): HTMLLIElement {
    const type = r.filters['type']?.[0];
    const title = r.meta['title'] ?? r.url;
    const link = el('a', { href: r.url, className: 'result-link' }, el('span', { className: 'result-title', textContent: title }));
    const item = el('li', {}, ...(type ? [el('span', { className: 'result-type', textContent: type === 'Fragment' ? ['Fragment', r.meta['verhaal'] ?? '', r.meta['opname']].filter(Boolean).join(' · ') : type })] : []), link);
    const words = queryWords(query);
    item.append(el('p', { className: 'result-excerpt' }, ...excerptNodes(r.excerpt, words)));
    // The sections that match best, at most three, in the order they come on the
    // page; a section titled exactly as the query always among them.
    const score = (s: Fragment['sub_results'][number]) =>
      (isExactTitle(s.title, query) ? Infinity : 0) + (s.weighted_locations ?? []).reduce((t, w) => t + w.balanced_score, 0);
    const candidates = r.sub_results.filter((s) => s.url !== r.url && s.title !== title);
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
    void search();
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
