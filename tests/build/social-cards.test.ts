/**
 * Every page has its social card: og:image points to a 1200×630 PNG that
 * exists in the built site (also under a sub-path), with the Open Graph and
 * Twitter tags in Dutch. That cards are cached (a second build renders only
 * the cards that changed) is tested in reproducible.test.ts, on its cold build.
 * The cards foreseen from content/ are the ones the chapters' and stories'
 * pages got.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from '../support/site';
import { BASE_PATH, DIST, DIST_BASE, ROOT } from '../support/paths';
import { foreseenCards } from '../../src/integrations/social-cards';
import { renderCard } from '../../src/build/card-worker';
import { cardText } from '../../src/lib/social-card';

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['/', DIST],
  [BASE_PATH, DIST_BASE],
])('built under %s', (base, dir) => {
  it.each(builtPages(dir))('%s has a 1200×630 card and the sharing tags', (path) => {
    const html = pageHtml(path, dir);
    const image = meta(html, 'og:image');
    expect(image).toMatch(/^https:\/\//);
    const url = new URL(image!);
    expect(url.pathname.startsWith(`${base}og/`), url.pathname).toBe(true);
    expect(pngSize(join(dir, url.pathname.slice(base.length)))).toEqual({ width: 1200, height: 630 });
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')).toContain(meta(html, 'og:title')!);
    expect(meta(html, 'og:locale')).toBe('nl_NL');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(meta(html, 'twitter:title')).toBe(meta(html, 'og:title'));
  });
});

describe('the cards foreseen from content/ (build/card-forecast.ts)', () => {
  it('are, card for card, the cards the chapters’ and stories’ pages got', async () => {
    // A large edition draws these while Astro builds; a wrong forecast would cost it that head start, silently.
    const foreseen = foreseenCards(ROOT);
    const inContent = ['chapters', 'stories'].flatMap((dir) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.mdx')));
    expect(foreseen.length).toBe(inContent.length);
    const built = new Set(
      builtPages(DIST)
        .filter((path) => /^\/(handreiking|verhalen)\/[^/]+\/$/.test(path))
        .map((path) => readFileSync(join(DIST, new URL(meta(pageHtml(path), 'og:image')!).pathname)).toString('base64')),
    );
    expect(built.size).toBeGreaterThanOrEqual(inContent.length);
    for (const card of foreseen) {
      const bytes = await renderCard(card.layers);
      expect(built.has(bytes.toString('base64')), cardText(card.layers.svg)).toBe(true);
    }
  });
});
