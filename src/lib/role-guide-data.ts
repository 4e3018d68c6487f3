/**
 * Loads the role guide from content/rolwijzer.yaml and checks it against the
 * site: every path ends in an outcome, and every outcome link points to a page
 * of this site and, after #, to a heading or anchor on it. Once per build.
 */
import { getCollection, render } from 'astro:content';
import { getPublication, type Chapter, type Page, type Story } from './content';
import { routes, href } from './paths';
import { slugify } from './slug';
import { ContentError } from './publication-order';
import { checkRoleGuide, guideAnchors, type KnownPages, type RoleGuide } from './role-guide';

export const ROLE_GUIDE_FILE = 'content/rolwijzer.yaml';
const ENTRY = 'rolwijzer';

/** The pages the site builds, each with the anchors a link may point to. */
async function knownPages(guideIds: string[]): Promise<KnownPages> {
  const publication = await getPublication();
  const pages: KnownPages = new Map();
  const fragmentsIn = (file: string | undefined) => {
    const ids = new Set<string>();
    if (!file) return ids;
    for (const [id, places] of publication.placements) {
      if (places.some((p) => p.startsWith(`${file}:`))) ids.add(`fragment-${id}`);
    }
    return ids;
  };
  const withHeadings = async (entry: Story | Chapter | Page) => {
    const { headings } = await render(entry);
    return new Set([...headings.map((h) => h.slug), ...fragmentsIn(entry.filePath)]);
  };

  pages.set(routes.home(), new Set());
  pages.set(routes.stories(), new Set());
  pages.set(routes.chapters(), new Set());
  pages.set(href('/rol/'), new Set(guideIds));
  for (const story of publication.stories) pages.set(routes.story(story.id), await withHeadings(story));
  for (const chapter of publication.chapters) pages.set(routes.chapter(chapter.id), await withHeadings(chapter));
  pages.set(
    routes.resources(),
    new Set([...publication.resources.map((r) => r.id), ...publication.resourceGroups.map((g) => slugify(g.group))]),
  );
  pages.set(routes.colophon(), await withHeadings(publication.pages.get('colofon')!));
  return pages;
}

async function load(): Promise<RoleGuide> {
  const entries = await getCollection('roleGuide');
  const entry = entries.find((e) => e.id === ENTRY);
  if (!entry) {
    const found = entries.map((e) => e.id);
    throw new ContentError(
      ROLE_GUIDE_FILE,
      ENTRY,
      found.length
        ? `het bestand begint niet met ${ENTRY}: maar met ${found.join(', ')}.`
        : `het bestand ontbreekt, is leeg of is geen geldige YAML. Het begint met ${ENTRY}: met daaronder title, intro, questions en outcomes.`,
    );
  }
  const pages = await knownPages(guideAnchors(entry.data));
  return checkRoleGuide(entry.data, { file: ROLE_GUIDE_FILE, root: ENTRY, pages, resolve: href });
}

let cached: Promise<RoleGuide> | undefined;

/** The checked role guide (afresh on every request in dev). */
export function getRoleGuide(): Promise<RoleGuide> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

const instances = new WeakMap<object, number>();

/**
 * Id prefix for one instance of the guide on a page: none for the first, so
 * its anchors stay #vraag-…/#uitkomst-…; "rolwijzer-2-" for a second.
 */
export function instancePrefix(page: object): string {
  const n = (instances.get(page) ?? 0) + 1;
  instances.set(page, n);
  return n === 1 ? '' : `rolwijzer-${n}-`;
}
