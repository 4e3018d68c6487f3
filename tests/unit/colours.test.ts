/** The colours have one home, src/styles/theme.css; what is copied from it must match it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIATIVE_COLOURS } from '../../src/lib/colours';
import { CARD_COLOURS } from '../../src/lib/social-card';

const theme = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'theme.css'), 'utf8');
// The light scheme: the first :root block (the dark one sits inside a media query).
const light = /:root\s*{([^}]*)}/.exec(theme)![1]!;
const token = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{3,8})\\s*;`, 'i').exec(light)?.[1]?.toLowerCase();

describe('initiative colours', () => {
  it('each has a strong and a tint value in both schemes, and a [data-colour] rule', () => {
    const dark = theme.slice(theme.indexOf('prefers-color-scheme: dark'));
    for (const colour of INITIATIVE_COLOURS) {
      expect(token(colour), colour).toBeDefined();
      expect(token(`${colour}-tint`), colour).toBeDefined();
      expect(dark).toContain(`--${colour}:`);
      expect(dark).toContain(`--${colour}-tint:`);
      expect(theme).toContain(`[data-colour='${colour}']`);
    }
  });

  it('the theme has no initiative colour the list lacks', () => {
    const inTheme = [...theme.matchAll(/\[data-colour='([a-z]+)'\]/g)].map((m) => m[1]);
    expect(inTheme.sort()).toEqual([...INITIATIVE_COLOURS].sort());
  });
});

describe('social card colours', () => {
  it('are the light theme values', () => {
    for (const name of ['paper', 'ink', 'muted', 'brand'] as const) expect(CARD_COLOURS[name], name).toBe(token(name));
    for (const colour of INITIATIVE_COLOURS) {
      expect(CARD_COLOURS[colour].strong, colour).toBe(token(colour));
      expect(CARD_COLOURS[colour].tint, `${colour}-tint`).toBe(token(`${colour}-tint`));
    }
  });
});

describe('the dark scheme', () => {
  // The axe sweep runs only the colour rules in dark (tests/support/axe.ts
  // COLOUR_RULES): that holds while dark changes colours and nothing else.
  it('changes colour tokens only, in one place', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.(css|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const src = join(import.meta.dirname, '..', '..', 'src');
    const withBlock = files(src).filter((f) => /@media[^{]*prefers-color-scheme/.test(readFileSync(f, 'utf8')));
    expect(withBlock.map((f) => f.slice(src.length + 1))).toEqual(['styles/theme.css']);
    const theme = readFileSync(join(src, 'styles/theme.css'), 'utf8');
    const block = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}\s*\}/.exec(theme)?.[1];
    expect(block).toBeDefined();
    const declarations = block!.split(';').map((d) => d.trim()).filter(Boolean);
    expect(declarations.length).toBeGreaterThan(5);
    expect(declarations.filter((d) => !/^--[a-z-]+:\s*#[0-9a-f]{6}$/i.test(d))).toEqual([]);
  });
});
