/**
 * Addresses that once held a page and now lead to its new place, so that
 * bookmarks, shared links and search engines keep working after a move.
 * `from` and `to` are site paths without the base path; `to` may name a heading.
 */
export interface MovedPage {
  from: string;
  to: string;
  /** The title of what now stands at `to`, shown on the forwarding page. */
  title: string;
}

export const MOVED_PAGES: readonly MovedPage[] = [
  {
    // Step 4 of "Versterken van initiatieven" was a chapter of its own until December 2026.
    from: '/handreiking/gelijkwaardigheid/',
    to: '/handreiking/versterken-van-initiatieven/#4-zorg-voor-gelijkwaardigheid',
    title: '4. Zorg voor gelijkwaardigheid',
  },
];

/** The route parameter for a `[...path]` page: the path without its outer slashes. */
export const movedParam = (page: MovedPage) => page.from.replace(/^\/|\/$/g, '');

/**
 * Headings that moved to another page, as "page path#id" → new "page path#id".
 * The site script follows them when a reader opens an old link whose heading
 * is no longer on the page (a fragment never reaches the server).
 */
export const MOVED_ANCHORS: Readonly<Record<string, string>> = {
  // "Weten welke rol jouw wijkteam heeft" follows "Individuele zorg …" in print (colophon, "Hoe de opbouw is gelezen");
  // it stood under "De rol van de wijkprofessional", then under "Weten wat er speelt" until December 2026.
  '/handreiking/de-rol-van-de-wijkprofessional/#weten-welke-rol-jouw-wijkteam-heeft':
    '/handreiking/individuele-zorg-of-gemeenschapsvorming/#weten-welke-rol-jouw-wijkteam-heeft',
  '/handreiking/weten-wat-er-speelt/#weten-welke-rol-jouw-wijkteam-heeft':
    '/handreiking/individuele-zorg-of-gemeenschapsvorming/#weten-welke-rol-jouw-wijkteam-heeft',
};
