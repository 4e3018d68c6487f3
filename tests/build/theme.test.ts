/**
 * The built site takes its colours from the one table, src/lib/colours.ts
 * (tests/unit/colours.test.ts checks the functions; this checks that the
 * build uses them): the stylesheet's tokens in both schemes, each page's
 * theme-color, and the favicon that the site links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIATIVE_COLOURS, PALETTE } from '../../src/lib/colours';
import { faviconSvg } from '../../src/lib/arches';
import { builtPages, pageHtml } from '../support/site';
import { DIST } from '../support/paths';

// Vite's minifier shortens #ffffff to #fff.
const short = (hex: string) => hex.replace(/^#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3$/i, '#$1$2$3');

describe('the built site has the colours of the table', () => {
  it('the stylesheet: every token of the light scheme in :root and of the dark one in its media query', () => {
    const [file] = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    const css = readFileSync(join(DIST, '_astro', file!), 'utf8');
    const light = /:root\{(color-scheme[^}]*)\}/.exec(css)?.[1] ?? '';
    const dark = /@media \(prefers-color-scheme:dark\)\{:root\{([^}]*)\}\}/.exec(css)?.[1] ?? '';
    for (const [block, scheme] of [[light, PALETTE.light], [dark, PALETTE.dark]] as const) {
      for (const [name, value] of Object.entries(scheme)) if (typeof value === 'string') expect(block).toContain(`--${name}:${short(value)}`);
      for (const c of INITIATIVE_COLOURS) expect(block).toContain(`--${c}:${short(scheme.initiatives[c].strong)};--${c}-tint:${short(scheme.initiatives[c].tint)}`);
    }
    expect(light).toContain('--font-text:');
  });

  it('every page: theme-color from the table, and the favicon it links is faviconSvg()', () => {
    for (const path of builtPages()) {
      const html = pageHtml(path);
      expect(html, path).toContain(`<meta name="theme-color" content="${PALETTE.light.paper}" media="(prefers-color-scheme: light)">`);
      expect(html, path).toContain(`<meta name="theme-color" content="${PALETTE.dark.paper}" media="(prefers-color-scheme: dark)">`);
      expect(html, path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    }
    expect(readFileSync(join(DIST, 'favicon.svg'), 'utf8')).toBe(faviconSvg());
  });
});
