/**
 * Which links the edition follows itself while something plays (the sound
 * goes on from page to page, browser/player/navigate): a page of the edition
 * at another address. Everything else is left to the browser: another site, a
 * download (a file with an extension: MP3, PDF, WebVTT, the feed), the search
 * index, a link to a place on the same page, a link with `download` or a
 * `target`, a press with a modifier key (a new tab or window).
 */

export interface LinkFacts {
  /** The link's resolved address. */
  href: string;
  /** The address of the page now shown. */
  here: string;
  /** The site's base path, with its slashes (`/` or `/publicaties/x/`). */
  base: string;
  /** The link has `download`, or a `target` other than `_self`. */
  elsewhere?: boolean;
  /** A modifier key or a button other than the main one was pressed. */
  modified?: boolean;
}

/** Folders of the edition that hold files, not pages. */
const FILE_FOLDERS = ['audio/', 'pagefind/', '_astro/', 'og/', 'zoeken/records'];

/** Whether the edition loads this link itself (true), or leaves it to the browser (false). */
export function followsInside({ href, here, base, elsewhere = false, modified = false }: LinkFacts): boolean {
  if (elsewhere || modified) return false;
  let to: URL;
  let from: URL;
  try {
    to = new URL(href, here);
    from = new URL(here);
  } catch {
    return false;
  }
  if (to.origin !== from.origin || !/^https?:$/.test(to.protocol)) return false;
  if (!to.pathname.startsWith(base)) return false;
  const inside = to.pathname.slice(base.length);
  if (FILE_FOLDERS.some((folder) => inside.startsWith(folder))) return false;
  // A file (the last part has an extension), unless it is a page's own index.html.
  const last = inside.split('/').pop() ?? '';
  if (/\.[a-z0-9]+$/i.test(last) && !/^index\.html?$/i.test(last)) return false;
  // The same page with only another place on it: the browser scrolls there.
  if (to.pathname === from.pathname && to.search === from.search) return false;
  return true;
}
