/**
 * "Bewerk deze pagina": every page that comes from a file in content/ links
 * that exact file in the repository's web editor when EDIT_URL is set (the
 * sub-path build sets an example, npm run build:base), and no page has an edit
 * link without it (dist/). Each resource on /bronnen/ and each entry on
 * /wijzigingen/ links its own file. Expectations come from the content folders.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from '../support/site';
import { DIST, DIST_BASE, ROOT } from '../support/paths';
import pkg from '../../package.json' with { type: 'json' };

const EDIT_URL = /EDIT_URL=(\S+)/.exec(pkg.scripts['build:base'])![1]!;
const files = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), file: `content/${folder}/${f}` }));

/** Page → the content file its footer links. */
const sources = new Map<string, string>([
  ['/', 'content/pages/home.mdx'],
  ['/bronnen/', 'content/pages/bronnen.mdx'],
  ['/colofon/', 'content/pages/colofon.mdx'],
  ['/rol/', 'content/rolwijzer.yaml'],
  // Pages whose texts stand in content/teksten.yaml (the 404 page is built as /404.html).
  ['/verhalen/', 'content/teksten.yaml'],
  ['/zoeken/', 'content/teksten.yaml'],
  ['/404.html', 'content/teksten.yaml'],
  ...files('stories').map(({ id, file }) => [`/verhalen/${id}/`, file] as [string, string]),
  ...files('chapters').map(({ id, file }) => [`/handreiking/${id}/`, file] as [string, string]),
]);

/** The edit links of a page: [href, visible text]. */
const editLinks = (html: string, where: 'footer' | 'main') => {
  const part = where === 'footer' ? /<footer class="site-footer"[\s\S]*<\/footer>/.exec(html)![0] : /<main[\s\S]*<\/main>/.exec(html)![0];
  return [...part.matchAll(/<p class="edit-link[^"]*"[^>]*><a href="([^"]+)"[^>]*>\s*([^<]*?)\s*</g)].map((m) => [m[1]!, m[2]!]);
};

describe('edit links', () => {
  it('appear nowhere without EDIT_URL', () => {
    for (const page of builtPages(DIST)) expect(pageHtml(page).includes('edit-link'), page).toBe(false);
  });

  it('link every content page to its own file when EDIT_URL is set, and no other page', () => {
    const pages = builtPages(DIST_BASE);
    for (const page of sources.keys()) expect(pages, page).toContain(page);
    for (const page of pages) {
      const source = sources.get(page);
      expect(editLinks(pageHtml(page, DIST_BASE), 'footer'), page).toEqual(source ? [[`${EDIT_URL}${source}`, 'Bewerk deze pagina']] : []);
    }
    expect(pages.length).toBeGreaterThan(sources.size); // pages without a content file were checked too
  });

  it('link each resource and each change to its own file', () => {
    const resources = editLinks(pageHtml('/bronnen/', DIST_BASE), 'main');
    expect(resources.map(([href]) => href).sort()).toEqual(files('resources').map(({ file }) => `${EDIT_URL}${file}`).sort());
    expect(new Set(resources.map(([, text]) => text))).toEqual(new Set(['Bewerk deze bron']));
    const updates = editLinks(pageHtml('/wijzigingen/', DIST_BASE), 'main');
    expect(updates.map(([href]) => href).sort()).toEqual(files('updates').map(({ file }) => `${EDIT_URL}${file}`).sort());
  });

  it('name each resource link for a screen reader, so no two read the same', () => {
    const main = /<main[\s\S]*<\/main>/.exec(pageHtml('/bronnen/', DIST_BASE))![0];
    const names = [...main.matchAll(/<p class="edit-link[^"]*"[^>]*><a [^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
    );
    expect(names.length).toBe(files('resources').length);
    expect(new Set(names).size).toBe(names.length);
  });
});
