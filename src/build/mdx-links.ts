/**
 * Links an editor writes in a text (found by mdx-scan): what kind each is,
 * and why one does not lead anywhere on this site.
 */
import { checkLink, type KnownPages } from '../lib/site-links';
import { withBase } from '../lib/paths';

/** What kind of link an editor wrote. */
export type LinkKind = 'external' | 'page' | 'anchor' | 'relative';

export function linkKind(target: string): LinkKind {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return 'external';
  if (target.startsWith('#')) return 'anchor';
  if (target.startsWith('/')) return 'page';
  return 'relative';
}

export interface LinkContext {
  /** The page the text appears on (with the base path), for links to #anchors on the same page. */
  page: string;
  /** The site's pages and their anchors, keyed with the base path. */
  pages: KnownPages;
  /** astro.config `base`: links may be written with or without it. */
  base: string;
  /** Whether a site path is a file rather than a page (a recording, the feed, something in public/). */
  isFile?: (path: string) => boolean;
}

/** Why a link an editor wrote does not lead anywhere on this site; undefined when it does (or leaves the site). */
export function linkProblem(target: string, { page, pages, base, isFile = () => false }: LinkContext): string | undefined {
  const resolve = (path: string) => withBase(path, base);
  switch (linkKind(target)) {
    case 'external':
      return undefined;
    case 'relative':
      return 'schrijf een link naar een pagina van deze site als pad vanaf het begin, met / ervoor, bijvoorbeeld /bronnen/ of /handreiking/valkuilen/.';
    case 'anchor':
      return checkLink(`${page}${target}`, pages, resolve);
    case 'page':
      return isFile(target) ? undefined : checkLink(target, pages, resolve);
  }
}
