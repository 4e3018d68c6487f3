/**
 * The colours have one home, src/lib/colours.ts (PALETTE): the stylesheet's
 * tokens, the favicon, the social cards (and the podcast cover that shares
 * their colours) and the PDF are made from it, no other file holds a colour of
 * the site, and every text colour keeps its contrast in both schemes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIATIVE_COLOURS, PALETTE, THEME_MARKERS, themeCss, type Palette, type Scheme } from '../../src/lib/colours';
import { faviconSvg } from '../../src/lib/arches';
import { CARD_COLOURS, cardColours, cardSvg } from '../../src/lib/social-card';
import { coverSvg } from '../../src/lib/podcast/cover';
import { typstColours, typstDocument } from '../../src/lib/pdf/template';

const ROOT = join(import.meta.dirname, '..', '..');
const theme = readFileSync(join(ROOT, 'src', 'styles', 'theme.css'), 'utf8');
const built = themeCss(theme);

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(`${dir}/${e.name}`, ext) : ext.test(e.name) ? [`${dir}/${e.name}`] : [],
  );

/** A copy of the table with every colour replaced by a new one, each different. */
function repainted(): { palette: Palette; old: (p: Palette) => string[] } {
  let n = 0;
  const next = () => `#0${(++n).toString(16).padStart(5, '0')}`;
  const scheme = (s: Scheme): Scheme => ({
    ...(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'string' ? next() : v])) as Omit<Scheme, 'initiatives'>),
    initiatives: Object.fromEntries(INITIATIVE_COLOURS.map((c) => [c, { strong: next(), tint: next() }])) as Scheme['initiatives'],
  });
  const palette = { light: scheme(PALETTE.light), dark: scheme(PALETTE.dark), brandTint: next() };
  return { palette, old: (p) => JSON.stringify(p).match(/#[0-9a-f]{6}/g)! };
}

describe('one table of colours', () => {
  it('the stylesheet: theme.css with every token of both schemes and a [data-colour] rule per initiative in place of its markers', () => {
    for (const marker of Object.values(THEME_MARKERS)) expect(built).not.toContain(marker);
    const light = /:root\s*{([^}]*)}/.exec(built)![1]!;
    const dark = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}\s*\}/.exec(built)![1]!;
    for (const [css, scheme] of [[light, PALETTE.light], [dark, PALETTE.dark]] as const) {
      for (const [name, value] of Object.entries(scheme)) if (typeof value === 'string') expect(css).toContain(`--${name}: ${value};`);
      for (const c of INITIATIVE_COLOURS) {
        expect(css).toContain(`--${c}: ${scheme.initiatives[c].strong};`);
        expect(css).toContain(`--${c}-tint: ${scheme.initiatives[c].tint};`);
      }
    }
    // The rest of the tokens stay in the same :root rule (one rule, as written by hand).
    expect(light).toContain('color-scheme: light dark;');
    expect(light).toContain('--font-text:');
    for (const c of INITIATIVE_COLOURS) expect(built).toContain(`[data-colour='${c}'] { --accent: var(--${c}); --accent-tint: var(--${c}-tint); }`);
    expect([...built.matchAll(/\[data-colour='([a-z]+)'\]/g)].map((m) => m[1])).toEqual([...INITIATIVE_COLOURS]);
  });

  it('a theme.css without its markers is refused with the line it needs', () => {
    expect(() => themeCss(theme.replace(THEME_MARKERS.dark, ''))).toThrow(THEME_MARKERS.dark);
  });

  it('a change in a copy of the table moves every place: stylesheet, favicon, social card, podcast cover and PDF', () => {
    const { palette, old } = repainted();
    const gone = (text: string, keep: string[] = []) => old(PALETTE).filter((c) => !keep.includes(c) && text.includes(c));
    // Each output holds the new colours it uses, and none of the old.
    const css = themeCss(theme, palette);
    expect(gone(css)).toEqual([]);
    expect(css).toContain(`--brand: ${palette.light.brand};`);
    expect(css).toContain(`--oranje-tint: ${palette.dark.initiatives.oranje.tint};`);
    const favicon = faviconSvg(palette);
    expect(gone(favicon)).toEqual([]);
    for (const c of [palette.light.brand, palette.dark.initiatives.oranje.strong, palette.dark.initiatives.groen.strong, palette.dark.initiatives.blauw.strong]) {
      expect(favicon).toContain(c);
    }
    const card = cardColours(palette);
    expect(gone(JSON.stringify(card))).toEqual([]);
    expect(card).toMatchObject({ brand: palette.light.brand, brandTint: palette.brandTint, paper: palette.light.paper, oranje: palette.light.initiatives.oranje });
    const typst = typstColours(palette);
    expect(gone(typst)).toEqual([]);
    expect(typst).toContain(`#let brand = rgb("${palette.light.brand}")`);
    expect(typst).toContain(`groen: (rgb("${palette.light.initiatives.groen.strong}"), rgb("${palette.light.initiatives.groen.tint}"))`);
  });

  it('the card, the podcast cover and the PDF draw with the table (no colour of their own)', () => {
    const ours = new Set(JSON.stringify(PALETTE).match(/#[0-9a-f]{6}/g));
    const used = (text: string) => [...new Set(text.match(/#[0-9a-f]{6}\b/gi))];
    const card = cardSvg({ title: 'T', colour: 'groen', initiative: 'I', headline: 'H' }, { title: 'P', publisher: 'N' }) + cardSvg({ title: 'T' }, { title: 'P', publisher: 'N' });
    const cover = coverSvg({ title: 'T', kicker: 'K', publisher: 'P', publisherShort: 'N' });
    const pdf = typstDocument({ title: 'T', author: 'A', cover: { kicker: '', title: '', lead: '', updated: '', more: '', address: '' }, colophon: '', pages: [], end: [] });
    for (const [name, text] of [['card', card], ['cover', cover], ['pdf', pdf]] as const) {
      expect(used(text).length, name).toBeGreaterThan(2);
      expect(used(text).filter((c) => !ours.has(c.toLowerCase())), name).toEqual([]);
    }
    expect(card).toContain(CARD_COLOURS.groen.strong);
  });

  it('no other file of the site holds a colour of its own', () => {
    // Each exception with its reason.
    const allowedFiles: Record<string, string> = {
      'src/lib/colours.ts': 'the table',
      'src/lib/content-error-page.ts': "npm run dev's page for a content error: plain and apart from the site's styles, which may be what is broken",
    };
    // Print is black on white, not the site's colours.
    const allowedValues = new Set(['#000', '#fff', '#333']);
    const found = [...files('src', /\.(ts|astro|css|mjs)$/), 'astro.config.mjs']
      .filter((f) => !(f in allowedFiles))
      .flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/#(?:[0-9a-f]{6}|[0-9a-f]{3})\b/gi)].map((m) => `${f}: ${m[0]}`))
      .filter((hit) => !allowedValues.has(hit.slice(hit.lastIndexOf(' ') + 1).toLowerCase()));
    expect(found).toEqual([]);
  });
});

describe('contrast (WCAG 2.2 AA) in both schemes', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };

  it('every text colour on the backgrounds it stands on: 4.5:1; the focus ring on paper: 3:1', () => {
    const low: string[] = [];
    for (const [name, s] of Object.entries({ light: PALETTE.light, dark: PALETTE.dark })) {
      const pairs: [string, string, string, number][] = [];
      for (const bg of ['paper', 'paper-raised'] as const) {
        for (const fg of ['ink', 'muted', 'brand'] as const) pairs.push([fg, bg, s[bg], 4.5]);
        pairs.push(['focus', bg, s[bg], 3]);
      }
      pairs.push(['brand-ink', 'brand', s.brand, 4.5], ['ink', 'mark', s.mark, 4.5]);
      const colour = (fg: string) => (fg in s ? (s as unknown as Record<string, string>)[fg]! : fg);
      for (const c of INITIATIVE_COLOURS) {
        const { strong, tint } = s.initiatives[c];
        pairs.push([strong, 'paper', s.paper, 4.5], [strong, `${c}-tint`, tint, 4.5], ['ink', `${c}-tint`, tint, 4.5]);
      }
      for (const [fg, bgName, bg, min] of pairs) {
        const ratio = contrast(colour(fg), bg);
        if (ratio < min) low.push(`${name}: ${fg} on ${bgName}: ${ratio.toFixed(2)} < ${min}`);
      }
    }
    expect(low).toEqual([]);
  });

  it('the check can fail', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  });
});

describe('the dark scheme', () => {
  // The axe sweep runs only the colour rules in dark (tests/support/axe.ts
  // COLOUR_RULES): that holds while dark changes colours and nothing else.
  it('changes colour tokens only, in one place', () => {
    const withBlock = files('src', /\.(css|astro)$/).filter((f) => /@media[^{]*prefers-color-scheme/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(withBlock).toEqual([]);
    const block = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}\s*\}/.exec(built)?.[1];
    expect(block).toBeDefined();
    const declarations = block!.split(';').map((d) => d.trim()).filter(Boolean);
    expect(declarations.length).toBeGreaterThan(5);
    expect(declarations.filter((d) => !/^--[a-z-]+:\s*#[0-9a-f]{6}$/i.test(d))).toEqual([]);
    expect(built.match(/prefers-color-scheme/g)).toHaveLength(1);
  });
});

/**
 * The axe sweep checks the dark scheme's colours at 1280 px and, at 390 px,
 * only on what the narrow layout alone shows (tests/support/sweep.ts). That
 * holds while no narrow layout gives anything a colour of its own: a
 * `max-width` block sets sizes and places, never colours.
 */
describe('narrow layouts', () => {
  const COLOUR_PROPERTY = /^(color|background(-color|-image)?|border(-[a-z]+)?-color|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?|outline(-color)?|fill|stroke|opacity|filter|box-shadow|text-shadow|text-decoration(-color)?|mix-blend-mode|accent-color|caret-color|--[a-z-]+)$/;

  /** The properties each `max-width` block of a style sheet sets, as "file: property". */
  const narrowColours = (file: string, css: string): string[] =>
    [...css.matchAll(/@media[^{]*\(max-width[^{]*\{/g)].flatMap((m) => {
      let i = m.index + m[0].length;
      for (let depth = 1; depth > 0 && i < css.length; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
      const body = css.slice(m.index + m[0].length, i - 1).replace(/\/\*[\s\S]*?\*\//g, '');
      return [...body.matchAll(/([a-z-]+)\s*:[^;{}]*[;}]/g)].map((d) => d[1]!).filter((p) => COLOUR_PROPERTY.test(p)).map((p) => `${file}: ${p}`);
    });

  it('set no colour (every style sheet and component)', () => {
    const sheets = files('src', /\.(css|astro)$/);
    expect(sheets.length).toBeGreaterThan(10);
    expect(sheets.flatMap((f) => narrowColours(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('the check can fail', () => {
    expect(narrowColours('x.css', '@media (max-width: 30rem) { .a { padding: 0; color: red } .b { width: 1px } }')).toEqual(['x.css: color']);
    expect(narrowColours('x.css', '@media (min-width: 30rem) { .a { background: red } }')).toEqual([]);
  });
});
