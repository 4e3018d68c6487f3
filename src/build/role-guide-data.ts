/**
 * Loads the role guide from content/rolwijzer.yaml and checks it against the
 * site: every link points to a page of this site and, after #, to a heading or
 * anchor on it; every passage's source is a heading (or chapter title) the site
 * has, found wherever the chapters put it. Once per build.
 */
import { perBuild } from './per-build';
import { getCollection, render } from 'astro:content';
import { getPublication, type Publication } from './content';
import { href, routes } from '../lib/paths';
import { knownPages } from './site-pages';
import { ContentError } from '../lib/content-error';
import { slugify } from '../lib/slug';
import { checkRoleGuide, guideAnchors, type KnownHeadings, type RoleGuide } from '../lib/role-guide';
import { sectionText } from '../lib/passages';

export const ROLE_GUIDE_FILE = 'content/rolwijzer.yaml';
const ENTRY = 'rolwijzer';

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
  const publication = await getPublication();
  const pages = await knownPages(publication, guideAnchors(entry.data));
  const headings = await knownHeadings(publication);
  return checkRoleGuide(entry.data, { file: ROLE_GUIDE_FILE, root: ENTRY, pages, headings, resolve: href });
}

/** The chapters' and stories' titles and headings, by slugify(text) → page or page#heading, with the text under each. */
async function knownHeadings(publication: Publication): Promise<KnownHeadings> {
  const headings: KnownHeadings = new Map();
  const add = (text: string, href: string, under: string) => {
    const key = slugify(text);
    headings.set(key, [...(headings.get(key) ?? []), { href, text: under }]);
  };
  const entries = [
    ...publication.chapters.map((entry) => ({ entry, page: routes.chapter(entry.id) })),
    ...publication.stories.map((entry) => ({ entry, page: routes.story(entry.id) })),
  ];
  for (const { entry, page } of entries) {
    const body = entry.body ?? '';
    add(entry.data.title, page, sectionText(body));
    for (const h of (await render(entry)).headings) add(h.text, `${page}#${h.slug}`, sectionText(body, h.text));
  }
  return headings;
}

/** The checked role guide, once per build (afresh on every request in dev). */
export const getRoleGuide = perBuild(load);

const instances = new WeakMap<object, number>();

/**
 * Id prefix for one instance of the guide on a page: none for the first, so
 * its anchors stay #situaties/#situatie-…; "rolwijzer-2-" for a second.
 */
export function instancePrefix(page: object): string {
  const n = (instances.get(page) ?? 0) + 1;
  instances.set(page, n);
  return n === 1 ? '' : `rolwijzer-${n}-`;
}
