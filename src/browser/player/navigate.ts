/**
 * The edition's own page changes while something plays, so the sound goes on
 * from page to page. Loaded with the player's code (./controller) and armed on
 * the first play: before that, and without JavaScript, links load pages as
 * always. A link inside the edition (lib/player/navigation) fetches the next
 * page and puts its body in place of this one's, keeping the dock and the
 * audio (which lives in script, not in the page); the title, the address,
 * Back and Forward, the scroll position, focus (the new page's main heading,
 * or where the link's anchor points) and an announcement follow as after a
 * load. The new page's own starting steps run as the eager script would run
 * them (../page-start); its elements (players, table of contents, role guide,
 * search) are the custom elements already defined, which start themselves.
 * No script of the fetched page is run from its text: the CSP stays as it is.
 * Anything unexpected (an error page, not HTML, a failed fetch) loads the page
 * the ordinary way.
 */
import { DOCK_TEXT as T } from '../../lib/player/dock-text';
import { headChanges, type HeadTag } from '../../lib/player/head';
import { followsInside } from '../../lib/player/navigation';
import { pageStart } from '../page-start';

interface Hooks {
  /** Elements of the document that stay across pages (the dock). */
  keep(): (Element | undefined)[];
  /** After the new page is shown: the players take up the new page. */
  shown(): void;
  /** Says the new page (one polite announcement). */
  say(message: string): void;
}

interface Entry {
  nji: true;
  scroll: number;
}

let hooks: Hooks | undefined;
/** The page shown now (its path and query), to tell a page change from a jump on the same page. */
let shownAt = '';
/** The latest page change; an older one that finishes late is dropped. */
let latest = 0;

const base = () => import.meta.env.BASE_URL;

/** Arms the navigation (once). */
export function armNavigation(h: Hooks): void {
  if (hooks) return;
  hooks = h;
  shownAt = location.pathname + location.search;
  history.scrollRestoration = 'manual';
  history.replaceState({ ...(history.state as object), nji: true, scroll: scrollY } satisfies Entry, '');
  document.addEventListener('click', onClick);
  addEventListener('popstate', onPop);
  // The scroll position of the entry being left, for Back and Forward.
  addEventListener('pagehide', remember);
}

function remember(): void {
  history.replaceState({ ...(history.state as object), nji: true, scroll: scrollY } satisfies Entry, '');
}

function onClick(event: MouseEvent): void {
  if (event.defaultPrevented) return;
  const link = (event.target as Element).closest?.<HTMLAnchorElement | SVGAElement>('a[href]');
  if (!link || !(link instanceof HTMLAnchorElement)) return;
  const target = link.getAttribute('target');
  const inside = followsInside({
    href: link.href,
    here: location.href,
    base: base(),
    elsewhere: link.hasAttribute('download') || (!!target && target !== '_self'),
    modified: event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
  });
  if (!inside) return;
  event.preventDefault();
  void go(new URL(link.href), true);
}

function onPop(event: PopStateEvent): void {
  const here = location.pathname + location.search;
  // A jump to a place on the same page: the browser scrolls.
  if (here === shownAt) return;
  const state = event.state as Partial<Entry> | null;
  void go(new URL(location.href), false, state?.scroll ?? 0);
}

/** Fetches a page and shows it; `push` for a followed link, else Back/Forward with the entry's scroll position. */
async function go(url: URL, push: boolean, scroll?: number): Promise<void> {
  const id = ++latest;
  let doc: Document;
  try {
    const response = await fetch(url.href, { headers: { accept: 'text/html' } });
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) throw new Error(String(response.status));
    doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    // The address after redirects, with the link's place on the page.
    const final = new URL(response.url || url.href);
    final.hash = url.hash;
    url = final;
    await styles(doc);
  } catch {
    return location.assign(url.href);
  }
  if (id !== latest) return;
  if (push) {
    remember();
    history.pushState({ nji: true, scroll: 0 } satisfies Entry, '', url.href);
  }
  shownAt = url.pathname + url.search;
  show(doc);
  place(url, scroll);
  hooks?.say(T.pageLoaded(document.title));
}

/** Adds the new page's stylesheets this one lacks, and waits for them (no unstyled moment). */
function styles(doc: Document): Promise<unknown> {
  const have = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => l.href));
  const loads: Promise<unknown>[] = [];
  for (const link of doc.querySelectorAll<HTMLLinkElement>('head link[rel=stylesheet]')) {
    const href = new URL(link.getAttribute('href')!, location.href).href;
    if (have.has(href)) continue;
    const el = document.createElement('link');
    el.rel = 'stylesheet';
    el.href = href;
    loads.push(
      new Promise((done) => {
        el.addEventListener('load', done, { once: true });
        el.addEventListener('error', done, { once: true });
      }),
    );
    document.head.append(el);
  }
  return Promise.all(loads);
}

/** Puts the new page's title, body attributes and body content in place, keeping what stays. */
function show(doc: Document): void {
  document.title = doc.title;
  head(doc);
  const keep = new Set(hooks?.keep().filter((el): el is Element => !!el));
  for (const name of document.body.getAttributeNames()) if (name !== 'class' && name !== 'style') document.body.removeAttribute(name);
  for (const { name, value } of doc.body.attributes) if (name !== 'class' && name !== 'style') document.body.setAttribute(name, value);
  for (const child of [...document.body.children]) if (!keep.has(child) && child.tagName !== 'SCRIPT') child.remove();
  const first = document.body.firstChild;
  for (const child of [...doc.body.children]) {
    // Scripts are not run from the fetched text: this document's own script already does their work.
    if (child.tagName === 'SCRIPT') continue;
    document.body.insertBefore(document.adoptNode(child), first);
  }
  pageStart();
  hooks?.shown();
}

/** The page's own head tags (canonical, description, `og:`, `twitter:`, alternates) and language follow the new page (lib/player/head). */
function head(doc: Document): void {
  const tags = (d: Document) => [...d.head.querySelectorAll('meta, link')];
  const data = (el: Element): HeadTag => ({ tag: el.localName, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) });
  const now = tags(document);
  const { remove, add } = headChanges(now.map(data), tags(doc).map(data));
  for (const i of remove) now[i]!.remove();
  for (const tag of add) {
    const el = document.createElement(tag.tag);
    for (const [name, value] of Object.entries(tag.attrs)) el.setAttribute(name, value);
    document.head.append(el);
  }
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value === null) document.documentElement.removeAttribute(name);
    else document.documentElement.setAttribute(name, value);
  }
}

/** Scroll and focus as after a load: the link's anchor, or the top and the main heading; Back/Forward: where the reader was. */
function place(url: URL, scroll: number | undefined): void {
  const anchor = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  if (scroll !== undefined) scrollTo(0, scroll);
  else if (anchor) anchor.scrollIntoView();
  else scrollTo(0, 0);
  const focus = anchor ?? document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
  if (!focus) return;
  if (!focus.matches('a[href], button, input, select, textarea, [tabindex]')) {
    focus.setAttribute('tabindex', '-1');
    focus.addEventListener('blur', () => focus.removeAttribute('tabindex'), { once: true });
  }
  focus.focus({ preventScroll: true });
}
