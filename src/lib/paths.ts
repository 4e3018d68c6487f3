/**
 * Every internal URL goes through here, so the site can be hosted under a
 * sub-path (astro.config `base`) without a single hard-coded link.
 *
 * The pure functions take the base as an argument: integrations pass Astro's
 * `config.base`, the hast plugin its option. `href`, `routes` and `assets` use
 * this build's base (`import.meta.env.BASE_URL`, filled in by Vite for pages
 * and components, by esbuild for the lazy bundles); they read it only when
 * called, so integrations may import this module too.
 */
import { PAGES } from './pages';

/** The base path with exactly one slash at the end: "/" or "/publicaties/burgerinitiatieven/". */
export function baseDir(base: string): string {
  return base.replace(/\/*$/, '/');
}

/** The base path without its slash at the end: "" or "/publicaties/burgerinitiatieven". */
const basePrefix = (base: string) => base.replace(/\/+$/, '');

/** Whether a site-absolute path already carries the base path. */
function carriesBase(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * A site-absolute path ("/verhalen/x/") with the base path in front. A path
 * that already carries the base, a relative one ("#sectie") and any other
 * address ("https://…", "//cdn…") stay as they are.
 */
export function withBase(path: string, base: string): string {
  const prefix = basePrefix(base);
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (!prefix || carriesBase(path, prefix)) return path;
  return `${prefix}${path}`;
}

/** The site path ("/verhalen/x/") of a path that carries the base path; any other path as it is. */
export function withoutBase(path: string, base: string): string {
  const prefix = basePrefix(base);
  if (!prefix || !carriesBase(path, prefix)) return path;
  return path.slice(prefix.length) || '/';
}

/** This build's base path, with one slash at the end. */
export const siteBase = () => baseDir(import.meta.env.BASE_URL);

/** Prefixes a site-absolute path ("/verhalen/x/") with this build's base path. */
export function href(path: string): string {
  return withBase(path, siteBase());
}

/** The site path ("/verhalen/x/") of an address on this site ("/publicaties/…/verhalen/x/"). */
export function sitePath(path: string): string {
  return withoutBase(path, siteBase());
}

/** Each page's address with this build's base path; the addresses come from the registry of pages (./pages). */
export const routes = {
  home: () => href(PAGES.home.path),
  story: (slug: string) => href(PAGES.story.path(slug)),
  stories: () => href(PAGES.stories.path),
  chapter: (slug: string) => href(PAGES.chapter.path(slug)),
  chapters: () => href(PAGES.chapters.path),
  roleGuide: () => href(PAGES.roleGuide.path),
  resources: () => href(PAGES.resources.path),
  listen: () => href(PAGES.listen.path),
  search: () => href(PAGES.search.path),
  colophon: () => href(PAGES.colophon.path),
  updates: () => href(PAGES.updates.path),
  feed: () => href('/wijzigingen/feed.xml'),
  /** The podcast feed of the fragments (src/pages/luisteren/podcast.xml.ts). */
  podcast: () => href('/luisteren/podcast.xml'),
};

/** Files that are not pages. */
export const assets = {
  /** Pagefind's folder (its bundle and index). */
  pagefind: () => href('/pagefind/'),
  audio: (file: string) => href(`/audio/${file}`),
  favicon: () => href('/favicon.svg'),
  sitemap: () => href('/sitemap-index.xml'),
  /** The whole publication as a PDF, made by the build (src/integrations/pdf.ts). */
  pdf: () => href('/publicatie.pdf'),
  /** The podcast's cover art, 3000×3000 (src/pages/luisteren/podcast.jpg.ts). */
  podcastCover: () => href('/luisteren/podcast.jpg'),
};
