/**
 * The site's colours, in one place: the light and the dark scheme, and the
 * initiative colours (oranje, groen, blauw, each a strong value for text and
 * rules and a tint for backgrounds). Everything else reads them from here:
 * the stylesheet's colour tokens (`themeCss`, served as
 * `virtual:nji/theme.css` by src/integrations/theme.ts and imported by the
 * layout), the theme-color of every page, the social cards and the podcast
 * cover (lib/social-card `CARD_COLOURS`), the favicon (lib/arches
 * `faviconSvg`, served by src/pages/favicon.svg.ts) and the PDF
 * (lib/pdf/template `typstColours`). A change of colour is a change here;
 * tests/unit/colours.test.ts checks that each of those follows the table and
 * that every text colour keeps its contrast (WCAG AA, 4.5:1) in both schemes.
 * Pure: no Node, no DOM.
 */

export const INITIATIVE_COLOURS = ['oranje', 'groen', 'blauw'] as const;
export type InitiativeColour = (typeof INITIATIVE_COLOURS)[number];

/** One scheme's colour tokens, by their CSS names (`--paper`, `--brand-ink`, …). */
export interface Scheme {
  /** The page, and what is raised above it (the dock, dialogs). */
  paper: string;
  'paper-raised': string;
  /** Text, and text that matters less. */
  ink: string;
  muted: string;
  /** Rules and borders. */
  line: string;
  /** The publication's purple, and text on it. */
  brand: string;
  'brand-ink': string;
  focus: string;
  /** Behind a search hit. */
  mark: string;
  /** Each initiative's colour: strong (text, rules; `--oranje`) and tint (backgrounds; `--oranje-tint`). */
  initiatives: Record<InitiativeColour, { strong: string; tint: string }>;
}

export interface Palette {
  light: Scheme;
  dark: Scheme;
  /**
   * Behind a social card or a box in the PDF without an initiative: a tint of
   * the brand, on paper only (the site has no use for it, so no token).
   */
  brandTint: string;
}

export const PALETTE: Palette = {
  light: {
    paper: '#fbf8f3',
    'paper-raised': '#ffffff',
    ink: '#1f1d2b',
    muted: '#55516a',
    line: '#d9d1c4',
    brand: '#4a2a78',
    'brand-ink': '#ffffff',
    focus: '#1a5fb4',
    mark: '#fff1a8',
    initiatives: {
      oranje: { strong: '#a9410b', tint: '#fbe6d6' },
      groen: { strong: '#2d6a2f', tint: '#e2efdc' },
      blauw: { strong: '#1c5a96', tint: '#dce8f5' },
    },
  },
  dark: {
    paper: '#16151d',
    'paper-raised': '#201f29',
    ink: '#ece8e1',
    muted: '#b9b3c6',
    line: '#3a3746',
    brand: '#cbb6f0',
    'brand-ink': '#16151d',
    focus: '#8cb8ff',
    mark: '#5c4a00',
    initiatives: {
      oranje: { strong: '#f4a771', tint: '#3a2417' },
      groen: { strong: '#9fd49a', tint: '#1c3020' },
      blauw: { strong: '#9cc5f2', tint: '#1a293b' },
    },
  },
  brandTint: '#ece6f5',
};

/** A scheme as CSS declarations: `--paper: #fbf8f3; … --oranje: #a9410b; --oranje-tint: #fbe6d6; …`. */
function declarations({ initiatives, ...tokens }: Scheme): string {
  const own = Object.entries(tokens).map(([name, value]) => `--${name}: ${value};`);
  const each = INITIATIVE_COLOURS.map((c) => `--${c}: ${initiatives[c].strong}; --${c}-tint: ${initiatives[c].tint};`);
  return [...own, ...each].join(' ');
}

/** Where src/styles/theme.css takes the colours: inside its :root rule, and after it. */
export const THEME_MARKERS = {
  light: '/* @palette light: color-scheme and the light colour tokens, from src/lib/colours.ts */',
  dark: '/* @palette dark: the dark colour tokens and the [data-colour] rules, from src/lib/colours.ts */',
} as const;

/**
 * The stylesheet's tokens: src/styles/theme.css (`theme`, the type scale and
 * spacing) with the colours of the table in place of its two markers (one
 * :root rule, as if written there by hand, so the built CSS is no larger):
 * color-scheme and the light scheme's tokens in :root; after it the dark
 * scheme's in its media query (colour tokens only: the axe sweep checks only
 * the colour rules in dark, tests/support/axe.ts) and per initiative the rule
 * that gives an element with `data-colour` its `--accent` and `--accent-tint`.
 * src/integrations/theme.ts serves it as `virtual:nji/theme.css`.
 */
export function themeCss(theme: string, palette: Palette = PALETTE): string {
  for (const marker of Object.values(THEME_MARKERS)) {
    if (theme.split(marker).length !== 2) throw new Error(`src/styles/theme.css needs the line ${marker} once`);
  }
  const accents = INITIATIVE_COLOURS.map((c) => `[data-colour='${c}'] { --accent: var(--${c}); --accent-tint: var(--${c}-tint); }`);
  return theme
    .replace(THEME_MARKERS.light, () => `color-scheme: light dark;\n  ${declarations(palette.light)}`)
    .replace(THEME_MARKERS.dark, () => [`@media (prefers-color-scheme: dark) {\n  :root {\n    ${declarations(palette.dark)}\n  }\n}`, ...accents].join('\n'));
}
