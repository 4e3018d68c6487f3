/**
 * The pages the site builds, each with the anchors (#…) a link may point to:
 * headings of its text, placed fragments, resources, role-guide questions.
 * Links written by editors — in MDX, in the role guide, in content/updates —
 * are checked against this, so a link to a page or heading that does not
 * exist stops the build.
 */
import { render } from 'astro:content';
import type { Publication, Story, Chapter, Page, Update } from './publication';
import { href, routes } from '../lib/paths';
import { PAGES, fixedPages, type PageKind } from '../lib/pages';
import { slugify } from '../lib/slug';
import type { KnownPages } from '../lib/site-links';

type Rendered = Story | Chapter | Page | Update;

/** Every page and its anchors, keyed as the site links them (with the base path). */
export async function knownPages(publication: Publication, guideIds: string[]): Promise<KnownPages> {
  const pages: KnownPages = new Map();
  const fragmentsIn = (file: string | undefined) => {
    const ids = new Set<string>();
    if (!file) return ids;
    for (const p of publication.placements) if (p.file === file) ids.add(`fragment-${p.fragment}`);
    return ids;
  };
  const headingsOf = async (entry: Rendered) => (await render(entry)).headings.map((h) => h.slug);
  const withHeadings = async (entry: Rendered, ...extra: Iterable<string>[]) =>
    new Set([...(await headingsOf(entry)), ...fragmentsIn(entry.filePath), ...extra.flatMap((e) => [...e])]);

  // Every fixed page of the registry (lib/pages) is a page; below, the anchors of those that have any.
  for (const { name, path } of fixedPages()) if (name !== 'notFound') pages.set(href(path), new Set());
  const home = publication.pages.get('home');
  const intro = publication.chapters[0];
  pages.set(routes.home(), new Set([...(home ? await headingsOf(home) : []), ...(intro ? await headingsOf(intro) : []), ...guideIds]));
  pages.set(routes.listen(), new Set(publication.fragmentOrder.map((f) => `fragment-${f.id}`)));
  pages.set(routes.roleGuide(), new Set(guideIds));
  for (const story of publication.stories) pages.set(routes.story(story.id), await withHeadings(story, ['interview-kop']));
  for (const chapter of publication.chapters) pages.set(routes.chapter(chapter.id), await withHeadings(chapter));
  const bronnen = publication.pages.get('bronnen');
  pages.set(
    routes.resources(),
    new Set([
      ...(bronnen ? await headingsOf(bronnen) : []),
      ...publication.resources.map((r) => r.id),
      ...publication.resourceGroups.map((g) => slugify(g.group)),
    ]),
  );
  const colofon = publication.pages.get('colofon');
  pages.set(routes.colophon(), colofon ? await withHeadings(colofon) : new Set());
  pages.set(routes.updates(), new Set(publication.updates.map((u) => u.id)));
  return pages;
}

/**
 * The title readers know a page by, for a site path as editors write it
 * ("/bronnen/#impact-in-de-wijk" → "Impact in de Wijk"); undefined for an unknown path.
 */
export function pageTitle(publication: Publication, path: string): string | undefined {
  const [page = '', anchor] = path.split('#');
  const key = href(page);
  if (anchor && key === routes.resources()) {
    const resource = publication.resources.find((r) => r.id === anchor);
    if (resource) return resource.data.title;
  }
  // A fixed page: the registry's title, or its content's (the resources, the colophon).
  const fixed = fixedPages().find(({ name, path }) => name !== 'notFound' && href(path) === key);
  if (fixed) {
    const kind: PageKind = PAGES[fixed.name];
    return kind.title ?? (kind.from && 'page' in kind.from ? publication.pages.get(kind.from.page)?.data.title : undefined);
  }
  return (
    publication.stories.find((s) => routes.story(s.id) === key)?.data.title ??
    publication.chapters.find((c) => routes.chapter(c.id) === key)?.data.title
  );
}
