/**
 * A photo an editor gives a story (`image` next to the MDX file, `imageAlt`)
 * reaches readers as responsive AVIF and WebP, with width and height set, its
 * description as alt text, eager at the top of its own page and lazy further
 * down (the story cards). And `updated` shows as "Bijgewerkt op …".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { makeFixture } from '../support/fixture';

const fixture = makeFixture();
const ALT = 'Wilma en Patrick op een bankje in de wijk';
let html: { story: string; cover: string };

beforeAll(async () => {
  // A real photo-sized image, made here: NJI's photographs are not in the project yet.
  const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#7aa86b' } })
    .composite([{ input: Buffer.from('<svg width="900" height="600"><circle cx="450" cy="300" r="250" fill="#2d6a2f"/></svg>'), top: 300, left: 450 }])
    .png()
    .toBuffer();
  fixture.write('content/stories/buurt-in-bloei.png', png);
  fixture.edit('content/stories/buurt-in-bloei.mdx', (t) =>
    t.replace(/^colour: (.*)$/m, `colour: $1\nupdated: 2026-11-12\nimage: ./buurt-in-bloei.png\nimageAlt: "${ALT}"`),
  );
  const result = fixture.build();
  expect(result.status, result.output).toBe(0);
  const read = (path: string) => fixture.read(join('dist', path, 'index.html'));
  html = { story: read('verhalen/buurt-in-bloei'), cover: read('') };
});
afterAll(() => fixture.dispose());

const pictures = (page: string) => [...page.matchAll(/<picture>([\s\S]*?)<\/picture>/g)].map((m) => m[1]!);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('a story with a photo', () => {
  it('offers AVIF and WebP in several widths, each file built', () => {
    const [picture] = pictures(html.story);
    expect(picture).toBeDefined();
    for (const type of ['image/avif', 'image/webp']) {
      const source = new RegExp(`<source[^>]*type="${type}"[^>]*>`).exec(picture!)?.[0] ?? '';
      const files = (attr(source, 'srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]!);
      expect(files.length, type).toBeGreaterThanOrEqual(3);
      for (const file of files) expect(existsSync(join(fixture.dir, 'dist', file)), file).toBe(true);
    }
  });

  it('sets alt, width and height (no layout shift) and loads the hero at once', () => {
    const img = /<img[^>]*>/.exec(pictures(html.story)[0]!)![0];
    expect(attr(img, 'alt')).toBe(ALT);
    expect(Number(attr(img, 'width')) / Number(attr(img, 'height'))).toBeCloseTo(1800 / 1200, 2);
    expect(attr(img, 'loading')).toBe('eager');
  });

  it('is lazy in the story card further down the cover', () => {
    const card = pictures(html.cover).find((p) => p.includes(`alt="${ALT}"`));
    expect(card).toBeDefined();
    const img = /<img[^>]*>/.exec(card!)![0];
    expect(attr(img, 'loading')).toBe('lazy');
    expect(attr(img, 'width')).toMatch(/^\d+$/);
    expect(attr(img, 'height')).toMatch(/^\d+$/);
  });

  it('shows when it was updated, in Dutch', () => {
    expect(html.story).toMatch(/Bijgewerkt op <time datetime="2026-11-12"[^>]*>12 november 2026<\/time>/);
    // Stories without `updated` say nothing.
    expect(fixture.read('dist/verhalen/open-leercentrum/index.html')).not.toContain('Bijgewerkt op');
  });
});
