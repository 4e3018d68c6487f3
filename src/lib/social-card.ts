/**
 * The picture that appears when someone shares a page (Open Graph / Twitter
 * card): 1200×630, the publication's title, the page's title and, for a
 * story, the initiative with its headline in the initiative's colour. The
 * headline is the story's printed heading, not a quotation: upright, without
 * quote marks (tests/build/headlines.test.ts).
 * Pure: builds the SVG; src/integrations/social-cards.ts renders it to PNG and
 * src/build/png-text.ts puts its words in the PNG. Longer than 150 lines because
 * the template is one drawing: layout, text fitting and the file name belong together.
 */
import { decodeEntities, escapeXml } from './html';
import { withoutBase } from './paths';
import { archesSvg } from './arches';
import { PALETTE, type InitiativeColour, type Palette } from './colours';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/**
 * Part of each card's cache key, beside the SVG itself: a change of the template
 * that changes the SVG renders the cards again by itself. Bump this only when
 * the picture changes while the SVG does not (how it is rendered).
 */
export const CARD_TEMPLATE_VERSION = 6;

/**
 * The card's colours: the light scheme of the one table (lib/colours), since
 * sharp cannot read CSS variables; brandTint stands behind a card without an
 * initiative. The podcast cover (podcast/cover.ts) uses them too.
 */
export const cardColours = (palette: Palette = PALETTE) => {
  const { paper, ink, muted, brand, initiatives } = palette.light;
  return { paper, ink, muted, brand, brandTint: palette.brandTint, ...initiatives };
};
export const CARD_COLOURS = cardColours();

export interface CardData {
  /** The page's title. */
  title: string;
  /** Small line above the title: "Verhaal · Eindhoven", "Handreiking · hoofdstuk 3 van 8". */
  kicker?: string | undefined;
  /** For a story: the initiative and its headline (the story's printed heading, shown as a heading, never in quote marks). */
  initiative?: string | undefined;
  headline?: string | undefined;
  colour?: InitiativeColour | undefined;
}

export const SERIF = "Charter, 'Bitstream Charter', 'Noto Serif', 'DejaVu Serif', Georgia, serif";
export const SANS = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/**
 * Breaks text into lines of at most `width` characters, at spaces; a word
 * longer than a line is cut. More than `maxLines` lines: the last ends in "…".
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while ([...word].length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push([...word].slice(0, width - 1).join('') + '-');
      word = [...word].slice(width - 1).join('');
    }
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while ([...last].length > width - 1 && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[\s,.;:–-]+$/, '')}…`;
  return kept;
}

/** Average glyph width as a share of the font size (DejaVu, the widest common fallback), so text never runs off the card. */
export const BOLD_SERIF_EM = 0.68;
const SEMIBOLD_SANS_EM = 0.64;
export const charsFor = (pixels: number, size: number, em: number) => Math.floor(pixels / (size * em));

export function textBlock(lines: string[], x: number, y: number, size: number, leading: number, attrs: string): string {
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${Math.round(y + i * size * leading)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text font-size="${size}" ${attrs}>${spans}</text>`;
}

/** A box on the card, in pixels from its top left corner. */
export interface CardBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One of a card's own text blocks: its markup, its one fill colour, and a box it is drawn inside of. */
export interface CardBlock {
  markup: string;
  fill: string;
  box: CardBox;
}

/**
 * The card in layers, for a renderer that draws what cards share once:
 * `background` is everything the page's own words do not change (paper, bar,
 * arches, the publication and its publisher: one of a handful per edition,
 * whatever its size); `blocks` are the page's own words (kicker, title,
 * headline, initiative), each with a box that holds every glyph; `svg` is the
 * whole card in one drawing (background, then the blocks), the card's key and
 * the source of its words (cardText).
 */
export interface CardLayers {
  background: string;
  blocks: CardBlock[];
  svg: string;
}

const svgDocument = (width: number, height: number, inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner}</svg>`;

/**
 * The box a text block's glyphs lie in: from above the first line's accented
 * capitals (1.25 em over the baseline) to below the last line's descenders,
 * from a little left of `x` to the card's right edge (a line is never cut, so
 * it may run past the width the template aims for). tests/unit/card-png.test.ts
 * checks that no glyph touches the box's edge.
 */
function blockBox(lines: number, x: number, y: number, size: number, leading: number): CardBox {
  const top = Math.max(0, Math.floor(y - size * 1.25));
  const bottom = Math.min(CARD_HEIGHT, Math.ceil(y + (lines - 1) * size * leading + size * 0.5));
  const left = Math.max(0, x - 12);
  return { left, top, width: CARD_WIDTH - left, height: bottom - top };
}

/** The card as layers (see CardLayers). */
export function cardLayers(card: CardData, publication: { title: string; publisher: string }): CardLayers {
  const C = CARD_COLOURS;
  const accent = card.colour ? C[card.colour].strong : C.brand;
  const tint = card.colour ? C[card.colour].tint : C.brandTint;
  const left = 80;
  const textWidth = card.headline ? 700 : 790;
  const parts: string[] = [];
  const blocks: CardBlock[] = [];
  /** One of the page's own text blocks. */
  const own = (lines: string[], y: number, size: number, leading: number, font: string, fill: string) => {
    blocks.push({ markup: textBlock(lines, left, y, size, leading, `${font} fill="${fill}"`), fill, box: blockBox(lines.length, left, y, size, leading) });
  };

  parts.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${C.paper}"/>`);
  parts.push(`<rect width="${CARD_WIDTH}" height="16" fill="${accent}"/>`);

  // Right: the publication's three arches (lib/arches.ts), or for a story two arches in its colour.
  if (card.colour) {
    parts.push(`<path d="M860 630 V330 a150 150 0 0 1 300 0 V630 Z" fill="${tint}"/>`);
    parts.push(`<path d="M935 630 V390 a75 75 0 0 1 150 0 V630 Z" fill="${accent}"/>`);
  } else {
    parts.push(archesSvg({ x: 922, y: 266, height: 364 }, [C.oranje.strong, C.groen.strong, C.blauw.strong]));
  }

  // Top: the publication and its publisher (on the cover's card the title says the first already).
  if (card.title !== publication.title) {
    parts.push(textBlock([publication.title], left, 92, 30, 1.2, `font-family="${SANS}" font-weight="700" fill="${C.brand}"`));
  }
  parts.push(textBlock([publication.publisher], left, card.title !== publication.title ? 132 : 92, 24, 1.2, `font-family="${SANS}" fill="${C.muted}"`));

  let y = 226;
  if (card.kicker) {
    own([card.kicker.toUpperCase()], y, 22, 1.2, `font-family="${SANS}" font-weight="700" letter-spacing="2"`, accent);
    y += 24;
  }
  // The largest size at which the title fits its lines without cutting a word.
  const maxTitleLines = card.headline ? 2 : 3;
  const sizes = card.headline ? [60, 52, 46] : [72, 62, 54, 48];
  const longestWord = Math.max(...card.title.split(/\s+/).map((w) => [...w].length));
  const titleSize =
    sizes.find((size) => {
      const chars = charsFor(textWidth, size, BOLD_SERIF_EM);
      return longestWord <= chars && wrapText(card.title, chars, 99).length <= maxTitleLines;
    }) ?? sizes.at(-1)!;
  const titleLines = wrapText(card.title, charsFor(textWidth, titleSize, BOLD_SERIF_EM), maxTitleLines);
  y += Math.round(titleSize * 0.95);
  own(titleLines, y, titleSize, 1.12, `font-family="${SERIF}" font-weight="700"`, C.ink);
  y += Math.round((titleLines.length - 1) * titleSize * 1.12);

  // The initiative, when it is not already the title, at the foot of the card.
  const footer = card.initiative && card.initiative !== card.title ? card.initiative : undefined;
  // The story's headline: a heading under the title, as printed (no quote marks, upright).
  if (card.headline) {
    const headlineSize = 38;
    const leading = 1.25;
    y += 70;
    const room = Math.floor(((footer ? 540 : 580) - y) / (headlineSize * leading)) + 1;
    const lines = wrapText(card.headline, charsFor(textWidth, headlineSize, SEMIBOLD_SANS_EM), Math.max(1, Math.min(3, room)));
    own(lines, y, headlineSize, leading, `font-family="${SANS}" font-weight="600"`, accent);
  }
  if (footer) {
    own([footer], 586, 26, 1.2, `font-family="${SANS}" font-weight="700"`, C.ink);
  }

  return {
    background: svgDocument(CARD_WIDTH, CARD_HEIGHT, parts.join('')),
    blocks,
    svg: svgDocument(CARD_WIDTH, CARD_HEIGHT, parts.join('') + blocks.map((block) => block.markup).join('')),
  };
}

/** The card as one SVG document. */
export function cardSvg(card: CardData, publication: { title: string; publisher: string }): string {
  return cardLayers(card, publication).svg;
}

/** A text block alone, in an SVG document the size of its box, placed as on the card. */
export function blockSvg(block: CardBlock): string {
  const { left, top, width, height } = block.box;
  return svgDocument(width, height, `<g transform="translate(${-left} ${-top})">${block.markup}</g>`);
}

/**
 * Where a page's card lives in the built site, relative to the base path:
 * "/" → "og/index.png", "/verhalen/buurt-in-bloei/" → "og/verhalen/buurt-in-bloei.png",
 * "/404.html" → "og/404.png". `pathname` may carry the base path.
 */
export function cardFile(pathname: string, base = '/'): string {
  const path = withoutBase(decodeURI(pathname), base).replace(/\/index\.html$/, '/').replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `og/${path || 'index'}.png`;
}

/** The words a card shows, as drawn in its SVG: one line per text block, in drawing order. */
export function cardText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((block) => [...block[1]!.matchAll(/<tspan\b[^>]*>([^<]*)<\/tspan>/g)].map((span) => decodeEntities(span[1]!)).join(' '))
    .join('\n');
}
