/**
 * The publication's three arches are one drawing (src/lib/arches.ts): every
 * place that shows them draws them through archesSvg, and the favicon is
 * drawn by it (src/pages/favicon.svg.ts serves faviconSvg()).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARCHES_HEIGHT, ARCHES_WIDTH, archesSvg, archesWidth, faviconSvg } from '../../src/lib/arches';
import { PALETTE } from '../../src/lib/colours';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('archesSvg', () => {
  it('draws three arches, the first the tallest, each standing on the foot of the drawing', () => {
    const svg = archesSvg({ x: 0, y: 0, height: ARCHES_HEIGHT }, ['#a', '#b', '#c']);
    const paths = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)V([\d.]+)a[^"]*V([\d.]+)Z" fill="([^"]+)"\/>/g)];
    expect(paths.map((p) => p[5])).toEqual(['#a', '#b', '#c']);
    // Every arch starts and ends on the foot; each is lower than the one before.
    for (const p of paths) expect([Number(p[2]), Number(p[4])]).toEqual([ARCHES_HEIGHT, ARCHES_HEIGHT]);
    const tops = paths.map((p) => Number(p[3]));
    expect(tops[0]).toBeLessThan(tops[1]!);
    expect(tops[1]).toBeLessThan(tops[2]!);
    // Side by side, inside the drawing's width.
    const lefts = paths.map((p) => Number(p[1]));
    expect(lefts[0]).toBe(0);
    expect(lefts[2]! + 17).toBe(ARCHES_WIDTH);
  });

  it('places and scales the same drawing, with opacities when asked', () => {
    const svg = archesSvg({ x: 922, y: 266, height: 364 }, ['#a', '#b', '#c'], [1, 0.8, 0.6]);
    expect(svg).toMatch(/^<g transform="translate\(922 266\) scale\(4\)">/);
    expect([...svg.matchAll(/opacity="([\d.]+)"/g)].map((m) => m[1])).toEqual(['0.8', '0.6']);
    expect(archesWidth(364)).toBeCloseTo((364 * ARCHES_WIDTH) / ARCHES_HEIGHT);
  });
});

describe('the places that show the arches', () => {
  it('all draw them with archesSvg, and none keeps a drawing of its own', () => {
    for (const file of ['src/lib/social-card.ts', 'src/lib/podcast/cover.ts', 'src/components/InitiativeArt.astro', 'src/pages/index.astro']) {
      const source = read(file);
      expect(source, file).toContain('archesSvg(');
      // The old copies: a loop over three [x, top, colour] arches, or the cover's three coloured spans.
      expect(source, file).not.toMatch(/const arches: \[number, number, string\]\[\]|cover-art span/);
    }
  });

  it('the favicon is the same drawing on the brand purple, in the dark scheme\'s initiative colours (lib/colours)', () => {
    const svg = faviconSvg();
    expect(svg).toContain(`<rect width="32" height="32" rx="6" fill="${PALETTE.light.brand}"/>`);
    expect(svg).toContain(archesSvg({ x: 8.48, y: 4, height: 24 }, [PALETTE.dark.initiatives.oranje.strong, PALETTE.dark.initiatives.groen.strong, PALETTE.dark.initiatives.blauw.strong]));
    // Served by an endpoint of its own (prerendered into dist/), not a copy in public/.
    expect(read('src/pages/favicon.svg.ts')).toContain('faviconSvg()');
    expect(existsSync(new URL('../../public/favicon.svg', import.meta.url))).toBe(false);
  });
});
