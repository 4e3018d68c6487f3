/**
 * Readers and search engines can follow the publication: the changes page
 * and its RSS feed (linked from every page), the sitemap and robots.txt, and
 * canonical URLs from the one `site` setting — at the root and under a sub-path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { parseRssFeed } from 'feedsmith';
import { MOVED_PAGES } from '../../src/lib/moved-pages';
import { builtPages, pageHtml } from '../support/site';
import { BASE_PATH, DIST, DIST_BASE, ROOT } from '../support/paths';

const SITE = 'https://www.nji.nl';
const updateFiles = readdirSync(join(ROOT, 'content/updates')).filter((f) => f.endsWith('.mdx'));
const frontMatter = (file: string, field: string) =>
  new RegExp(`^${field}:\\s*"?([^"\\n]+)"?`, 'm').exec(readFileSync(join(ROOT, 'content/updates', file), 'utf8'))?.[1];

describe.each([
  ['/', DIST],
  [BASE_PATH, DIST_BASE],
])('built under %s', (base, dir) => {
  // A moved page only forwards to the new place: no address of its own (tested in structure.test.ts).
  const moved = new Set(MOVED_PAGES.map((m) => m.from));
  const pages = builtPages(dir).filter((p) => !moved.has(p));
  const absolute = (path: string) => `${SITE}${base}${path.replace(/^\//, '')}`;

  it('every page links the feed and has a canonical URL with the base path', () => {
    for (const path of pages) {
      const html = pageHtml(path, dir);
      expect(html, path).toContain(`<link rel="alternate" type="application/rss+xml" title="Wijzigingen in Burgerinitiatieven en wijkteams" href="${base}wijzigingen/feed.xml">`);
      if (path !== '/404.html') {
        expect(html, path).toContain(`<link rel="canonical" href="${absolute(path)}">`);
        expect(html, path).toContain(`<meta property="og:url" content="${absolute(path)}">`);
        expect(html, path).not.toMatch(/<meta name="robots"/);
      }
    }
  });

  it('the 404 page has no address of its own: no canonical URL or og:url, and search engines do not list it', () => {
    const html = pageHtml('/404.html', dir);
    expect(html).not.toMatch(/rel="canonical"/);
    expect(html).not.toMatch(/property="og:url"/);
    expect(html).not.toContain('404/');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('the feed has one item per file in content/updates, newest first, with absolute links', () => {
    const feed = readFileSync(join(dir, 'wijzigingen/feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/);
    expect(feed).toContain('<language>nl-nl</language>');
    expect(feed).toContain(`<link>${absolute('/wijzigingen/')}</link>`);
    const items = [...feed.matchAll(/<item><title>([^<]*)<\/title><link>([^<]*)<\/link>/g)];
    const expected = [...updateFiles]
      .sort((a, b) => String(frontMatter(b, 'date')).localeCompare(String(frontMatter(a, 'date'))))
      .map((file) => [frontMatter(file, 'title'), absolute(`/wijzigingen/#${file.replace(/\.mdx$/, '')}`)]);
    expect(items.map((m) => [m[1], m[2]])).toEqual(expected);
    // Links inside the entries are absolute too.
    expect(feed).not.toMatch(/href=&quot;\//);
  });

  it('the feed is well-formed XML, reads as RSS 2.0 and names its own address (atom:link rel="self")', () => {
    const xml = readFileSync(join(dir, 'wijzigingen/feed.xml'), 'utf8');
    // Strict, namespace-aware XML (feedsmith below forgives broken XML, as feed readers do):
    // throws on any well-formedness error or an undeclared prefix, and finds the
    // self link by its namespace, not by its prefix.
    const selfLinks: Record<string, string>[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => {
      if (tag.uri === 'http://www.w3.org/2005/Atom' && tag.local === 'link') {
        selfLinks.push(Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])));
      }
    });
    parser.write(xml).close();
    expect(selfLinks).toEqual([{ href: absolute('/wijzigingen/feed.xml'), rel: 'self', type: 'application/rss+xml' }]);
    const feed = parseRssFeed(xml);
    expect(feed.link).toBe(absolute('/wijzigingen/'));
    expect(feed.items?.length).toBe(updateFiles.length);
    const self = feed.atom?.links?.filter((link) => link.rel === 'self');
    expect(self).toEqual([{ href: absolute('/wijzigingen/feed.xml'), rel: 'self', type: 'application/rss+xml' }]);
    // …and that address is the file itself.
    expect(existsSync(join(dir, self![0]!.href!.slice(absolute('/').length)))).toBe(true);
  });

  it('/wijzigingen/ lists every change with its date, newest first, linking the pages that changed', () => {
    const html = pageHtml('/wijzigingen/', dir);
    const dates = [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(dates).toEqual(updateFiles.map((f) => frontMatter(f, 'date')).sort().reverse());
    for (const file of updateFiles) expect(html).toContain(`id="${file.replace(/\.mdx$/, '')}"`);
    expect(html).toContain(`href="${base}wijzigingen/feed.xml"`);
  });

  it('the sitemap lists every page but the 404 and search pages, and the PDF edition, absolute with the base path', () => {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((url) => {
      expect(url.startsWith(absolute('/'))).toBe(true);
      const file = join(dir, url.slice(absolute('/').length));
      expect(existsSync(file), url).toBe(true);
      return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    const expected = [...pages.filter((p) => p !== '/404.html' && p !== '/zoeken/'), '/publicatie.pdf'].map(absolute);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('robots.txt names the sitemap by its absolute address', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}`);
  });
});
