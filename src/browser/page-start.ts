/**
 * What a page's eager script does for the page itself once it is shown: the
 * role guide's code when it comes near, the search page at once for a shared
 * query (?q=), the code that knows where an old heading moved when the address
 * names a missing one. Run by ./site on a load, and by the player's navigation
 * (./player/navigate) after it shows a new page, so the new page starts as it
 * would after a load. The document-wide listeners of ./site, ./listen stay.
 */
import { movedAnchorUrl, roleGuideUrl, searchUrl } from 'virtual:nji/lazy';
import { load, wake, whenNear } from './lazy';

export function pageStart(): void {
  whenNear('role-guide', roleGuideUrl);
  const searchPage = document.querySelector<HTMLElement>('search-page');
  if (searchPage && new URLSearchParams(location.search).get('q')?.trim()) void wake(searchPage, searchUrl);
  if (location.hash && !document.querySelector(':target')) void load(movedAnchorUrl);
}
