/**
 * The site's pages, one entry per kind: its address (a site path, without the
 * base path), the title readers know it by where the page gives it (otherwise
 * its content does), its search type (Pagefind's `type` filter), whether the
 * fidelity check compares it with the printed publication, and its place in
 * the header's navigation. Everything that lists the site's pages reads it:
 * `routes` (lib/paths), the content loaders (content.config.ts), the pages
 * and anchors links may point to (build/site-pages), the header, the
 * fidelity check (tools/fidelity) and the site test (tests/build/site.test.ts).
 * A new page type is one entry here and its file in src/pages/.
 */
import {
  CHAPTER,
  RESOURCE,
  STORY,
  TITLE_CHAPTERS,
  TITLE_HOME,
  TITLE_LISTEN,
  TITLE_RESOURCES,
  TITLE_ROLE_GUIDE,
  TITLE_SEARCH,
  TITLE_STORIES,
  TITLE_UPDATES,
} from './text/nl.ts';

/** A kind of page of the site. */
export interface PageKind {
  /** The page's site path ("/verhalen/"), or one entry's ("/verhalen/<id>/") for a page per entry. */
  readonly path: string | ((id: string) => string);
  /** The title readers know the page by; undefined where its content gives it (a story, the colophon). */
  readonly title?: string;
  /** The collection whose entries each get a page, or the file of content/pages that holds its text. */
  readonly from?: { collection: 'stories' | 'chapters' } | { page: 'home' | 'bronnen' | 'colofon' };
  /** Pagefind's `type` filter for the page's own record, if it has one. */
  readonly searchType?: SearchType;
  /** Whether the fidelity check reads the page: its text stands in the printed publication. */
  readonly fidelity: boolean;
  /** The header's navigation: the section the page belongs to (the item marked current). */
  readonly section?: Section;
  /** Whether the header's navigation lists the page: as its title, or as this label where its content gives the title. */
  readonly nav?: true | string;
}

/** Pagefind's `type` filter of a page (the search's "Verhaal", "Hoofdstuk", "Bron"). */
export type SearchType = typeof STORY | typeof CHAPTER | typeof RESOURCE;

/** The sections of the header's navigation (and the layout's `section`). */
export type Section = 'verhalen' | 'handreiking' | 'luisteren' | 'bronnen' | 'colofon';

export const PAGES = {
  home: { path: '/', title: TITLE_HOME, from: { page: 'home' }, fidelity: true },
  stories: { path: '/verhalen/', title: TITLE_STORIES, fidelity: false, section: 'verhalen', nav: true },
  story: { path: (id: string) => `/verhalen/${id}/`, from: { collection: 'stories' }, searchType: STORY, fidelity: true, section: 'verhalen' },
  chapters: { path: '/handreiking/', title: TITLE_CHAPTERS, fidelity: false, section: 'handreiking', nav: true },
  chapter: { path: (id: string) => `/handreiking/${id}/`, from: { collection: 'chapters' }, searchType: CHAPTER, fidelity: true, section: 'handreiking' },
  listen: { path: '/luisteren/', title: TITLE_LISTEN, fidelity: false, section: 'luisteren', nav: true },
  resources: { path: '/bronnen/', from: { page: 'bronnen' }, searchType: RESOURCE, fidelity: true, section: 'bronnen', nav: TITLE_RESOURCES },
  roleGuide: { path: '/rol/', title: TITLE_ROLE_GUIDE, fidelity: false },
  search: { path: '/zoeken/', title: TITLE_SEARCH, fidelity: false },
  colophon: { path: '/colofon/', from: { page: 'colofon' }, fidelity: true, section: 'colofon' },
  updates: { path: '/wijzigingen/', title: TITLE_UPDATES, fidelity: false },
  notFound: { path: '/404.html', fidelity: false },
} as const satisfies Record<string, PageKind>;

export type PageName = keyof typeof PAGES;

/** The pages with one fixed address (not one per entry), as name and path. */
export function fixedPages(): { name: PageName; path: string }[] {
  return (Object.keys(PAGES) as PageName[]).flatMap((name) => {
    const path: PageKind['path'] = PAGES[name].path;
    return typeof path === 'string' ? [{ name, path }] : [];
  });
}

/** The site paths the fidelity check does not read: the edition's own tools and overviews. */
export function pagesNotInPrint(): string[] {
  return fixedPages()
    .filter(({ name }) => !PAGES[name].fidelity)
    .map(({ path }) => path);
}

/** The header's navigation: each listed page's section, title and site path, in the registry's order. */
export function navigation(): { section: Section; label: string; path: string }[] {
  return fixedPages().flatMap(({ name, path }) => {
    const kind: PageKind = PAGES[name];
    const label = kind.nav === true ? kind.title : kind.nav;
    return label && kind.section ? [{ section: kind.section, label, path }] : [];
  });
}
