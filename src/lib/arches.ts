/**
 * The publication's emblem, drawn once: three arches side by side, the first
 * the tallest, one for each initiative colour (oranje, groen, blauw). The
 * cover (src/pages/index.astro), the social cards (social-card.ts), the
 * podcast cover (podcast/cover.ts), the favicon (src/pages/favicon.svg.ts) and
 * a story without art of its own (InitiativeArt.astro, `bogen`) all draw it
 * with this function; only where it stands, how high, and its colours differ.
 * Pure: returns SVG markup.
 */
import { PALETTE, type Palette } from './colours';

/** The drawing's own units: three arches 17 wide with 3 between, 91, 76 and 61 high. */
const ARCH = 17;
const GAP = 3;
const HEIGHTS = [91, 76, 61] as const;
export const ARCHES_WIDTH = 3 * ARCH + 2 * GAP;
export const ARCHES_HEIGHT = HEIGHTS[0];

/** One arch standing on the drawing's foot: straight sides and a half-circle top. */
const archPath = (left: number, height: number) => {
  const r = ARCH / 2;
  return `M${left} ${ARCHES_HEIGHT}V${ARCHES_HEIGHT - height + r}a${r} ${r} 0 0 1 ${ARCH} 0V${ARCHES_HEIGHT}Z`;
};

export interface ArchesPlace {
  /** Left edge and top of the tallest arch, in the surrounding drawing's units. */
  x: number;
  y: number;
  /** Height of the tallest arch; the width follows (ARCHES_WIDTH / ARCHES_HEIGHT of it). */
  height: number;
}

/** Width of the emblem drawn `height` high. */
export const archesWidth = (height: number) => (height * ARCHES_WIDTH) / ARCHES_HEIGHT;

/**
 * The three arches as an SVG group, placed and scaled; `fills` are any SVG
 * paint (a colour, or `var(--accent)` inline in a page), `opacities` optional.
 */
export function archesSvg(place: ArchesPlace, fills: readonly [string, string, string], opacities?: readonly [number, number, number]): string {
  const scale = +(place.height / ARCHES_HEIGHT).toFixed(6);
  const paths = HEIGHTS.map((height, i) => {
    const opacity = opacities && opacities[i] !== 1 ? ` opacity="${opacities[i]}"` : '';
    return `<path d="${archPath(i * (ARCH + GAP), height)}" fill="${fills[i]}"${opacity}/>`;
  }).join('');
  const at = (n: number) => +n.toFixed(3);
  return `<g transform="translate(${at(place.x)} ${at(place.y)}) scale(${scale})">${paths}</g>`;
}

/**
 * The favicon (served by src/pages/favicon.svg.ts): the emblem in the dark
 * scheme's initiative colours on the light scheme's brand purple, which they
 * stand out against at 16 pixels. Colours from the one table, lib/colours.
 */
export const faviconColours = (palette: Palette = PALETTE) => {
  const { brand } = palette.light;
  const { oranje, groen, blauw } = palette.dark.initiatives;
  return { brand, oranje: oranje.strong, groen: groen.strong, blauw: blauw.strong };
};

export function faviconSvg(palette: Palette = PALETTE): string {
  const C = faviconColours(palette);
  const height = 24;
  const x = +((32 - archesWidth(height)) / 2).toFixed(2);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${C.brand}"/>${archesSvg({ x, y: 4, height }, [C.oranje, C.groen, C.blauw])}</svg>\n`;
}
