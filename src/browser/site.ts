/**
 * The one script every page loads (a few hundred bytes). It opens search from
 * the header link, Ctrl+K / ⌘K or "/", and loads, through the one lazy loader
 * (./lazy), the code of whatever the page holds when it is needed: the role
 * guide when it comes near, the search page on its first focus or a query,
 * the code that knows where an old heading moved when the address names a
 * missing one (the player's is woken by ./listen, part of ./reading).
 * Without JavaScript the search link simply leads to /zoeken/.
 */
import { playerUrl, searchUrl } from 'virtual:nji/lazy';
import { RESUME_KEY } from '../lib/player/resume';
import { load, whenActed } from './lazy';
import { pageStart } from './page-start';

const openSearch = () => load<typeof import('./search/open')>(searchUrl).then((m) => m.openSearch());

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

// The search page starts on its field's first focus (or at once for a shared query, ./page-start).
whenActed('search-page', searchUrl, ['focusin'], (event) => (event.target as Element).matches('input'));

pageStart();

// Something played on an earlier visit (kept in local storage only): the player's code loads to offer to listen on.
try {
  if (localStorage.getItem(RESUME_KEY)) void load<typeof import('./player/controller')>(playerUrl).then((m) => m.offerResume());
} catch {
  /* storage off */
}
