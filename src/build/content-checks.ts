/**
 * Checks on what editors write in the text of the MDX files, run once per
 * build before any page is written (and on every page load in `npm run dev`):
 * every image has alt text, every internal link points to a page and heading
 * the site has, and every page listed in content/updates exists. Things an
 * editor may want to look at but that do not break the site — a very long
 * title, a heading with no text under it — are printed as warnings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Publication } from './publication';
import { ContentError, itemField } from '../lib/content-error';
import { scanMdx } from './mdx-scan';
import { linkProblem, type LinkContext } from './mdx-links';
import { fileOf } from '../lib/publication/order';
import { knownPages } from './site-pages';
import { guideAnchors } from '../lib/role-guide';
import { href, routes, siteBase, sitePath } from '../lib/paths';
import { warn } from './warn';

const BASE = siteBase();

/** Above this many characters a page title is cut off in search results, tabs and on the social card. */
export const LONG_TITLE = 70;
/** Resource titles are list items, not page titles: they may be longer. */
export const LONG_RESOURCE_TITLE = 120;

interface Entry {
  id: string;
  filePath?: string | undefined;
  data: { title: string };
}

/** Files editors may link to that are not pages: the recordings, the feed, whatever is in public/. */
function isFile(path: string, publication: Publication): boolean {
  const clean = path.replace(/[?#].*$/, '');
  const local = sitePath(clean);
  if (local === '/wijzigingen/feed.xml' || local === '/sitemap-index.xml' || local === '/robots.txt') return true;
  const audio = /^\/audio\/([^/]+)$/.exec(local);
  if (audio) {
    return [...publication.interviews.values()].some((i) => i.recording.file === audio[1] || i.recording.transcript === audio[1]);
  }
  return /\.[a-z0-9]+$/i.test(local) && existsSync(`public${decodeURIComponent(local)}`);
}

export async function checkTexts(publication: Publication): Promise<void> {
  const guide = (await getCollection('roleGuide')).find((e) => e.id === 'rolwijzer');
  const pages = await knownPages(publication, guide ? guideAnchors(guide.data) : []);
  const links: Omit<LinkContext, 'page'> = { pages, base: BASE, isFile: (path) => isFile(path, publication) };

  const groups: { folder: string; entries: Entry[]; page: (id: string) => string; longTitle: number }[] = [
    { folder: 'stories', entries: publication.stories, page: routes.story, longTitle: LONG_TITLE },
    { folder: 'chapters', entries: publication.chapters, page: routes.chapter, longTitle: LONG_TITLE },
    {
      folder: 'pages',
      entries: [...publication.pages.values()],
      page: (id) => (id === 'home' ? routes.home() : id === 'bronnen' ? routes.resources() : id === 'colofon' ? routes.colophon() : href(`/${id}/`)),
      longTitle: LONG_TITLE,
    },
    { folder: 'resources', entries: publication.resources, page: () => routes.resources(), longTitle: LONG_RESOURCE_TITLE },
    { folder: 'updates', entries: publication.updates, page: () => routes.updates(), longTitle: LONG_TITLE },
  ];

  for (const { folder, entries, page, longTitle } of groups) {
    for (const entry of entries) {
      const file = fileOf(entry, folder);
      const scan = publication.scans.get(file) ?? scanMdx(readFileSync(file, 'utf8'));

      for (const image of scan.images) {
        if (!image.alt?.trim()) {
          throw new ContentError(
            `${file}:${image.line}`,
            'alt',
            `de afbeelding “${image.src}” heeft geen alt-tekst. Beschrijf in een zin wat er te zien is, voor wie de afbeelding niet kan zien: ` +
              `![Wilma en Patrick op een bankje in de wijk](${image.src}) of <img src="${image.src}" alt="…" />.`,
          );
        }
      }

      for (const expression of scan.expressions) {
        throw new ContentError(
          `${file}:${expression.line}`,
          'tekst',
          `“{${expression.value}}”: tekst tussen accolades { } leest MDX als programmacode. Bedoel je de accolades als gewone tekens, schrijf dan \\{ en \\}; anders: haal ze weg.`,
        );
      }

      for (const link of scan.links) {
        const problem = linkProblem(link.href, { ...links, page: page(entry.id) });
        if (problem) throw new ContentError(`${file}:${link.line}`, 'link', `“${link.href}”: ${problem}`);
      }

      const title = entry.data.title;
      if ([...title].length > longTitle) {
        warn(
          file,
          'title',
          `de titel is ${[...title].length} tekens lang. Boven de ${longTitle} tekens wordt hij afgekapt in zoekmachines, in tabbladen en op de afbeelding bij het delen. Kan het korter?`,
        );
      }
      for (const section of scan.emptySections) {
        warn(
          `${file}:${section.line}`,
          'tekst',
          `onder de kop “${section.heading}” staat geen tekst. Schrijf er iets onder, of haal de kop weg.`,
        );
      }
    }
  }

  publication.updates.forEach((update) => {
    const file = fileOf(update, 'updates');
    update.data.pages.forEach((path, i) => {
      const problem = linkProblem(path, { ...links, page: routes.updates() });
      if (problem) throw new ContentError(file, itemField('pagina', undefined, i, 'pages'), `“${path}”: ${problem}`);
    });
  });
}
