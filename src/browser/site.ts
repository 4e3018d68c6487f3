/**
 * The one script every page loads (a few hundred bytes). It opens search from
 * the header link, Ctrl+K / ⌘K or "/", and enhances elements whose code is not
 * needed until the reader gets near them; that code then loads on demand
 * (see integrations/lazy-bundles). Without JavaScript the search link simply
 * leads to /zoeken/.
 */
import { searchUrl, roleGuideUrl, movedAnchorUrl } from 'virtual:nji/lazy';

type SearchModule = typeof import('./search/open');
const openSearch = () =>
  (import(/* @vite-ignore */ searchUrl) as Promise<SearchModule>).then((m) => m.openSearch());

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('.search-open');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  void openSearch();
});

document.addEventListener('keydown', (event) => {
  const key = event.key.toLowerCase();
  const combo = key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
  if (!combo && !slash) return;
  if (document.querySelector('dialog[open]')) return;
  event.preventDefault();
  void openSearch();
});

// Elements enhanced when they come near the viewport.
const nearby: Record<string, string> = { 'role-guide': roleGuideUrl };
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void import(/* @vite-ignore */ nearby[entry.target.localName]!);
    }
  },
  { rootMargin: '600px 0px' },
);
for (const name of Object.keys(nearby)) for (const el of document.querySelectorAll(name)) observer.observe(el);

// An old link to a heading that is no longer on this page: the code that
// knows where it moved loads only then.
if (location.hash && !document.querySelector(':target')) void import(/* @vite-ignore */ movedAnchorUrl);
