/**
 * Loads the role guide from content/rolwijzer.yaml and checks it against the
 * site: every path ends in an outcome, and every outcome link points to a page
 * of this site and, after #, to a heading or anchor on it. Once per build.
 */
import { getCollection } from 'astro:content';
import { getPublication } from './content';
import { href } from './paths';
import { knownPages } from './site-pages';
import { ContentError } from './publication-order';
import { checkRoleGuide, guideAnchors, type RoleGuide } from './role-guide';

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
  const pages = await knownPages(await getPublication(), guideAnchors(entry.data));
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
