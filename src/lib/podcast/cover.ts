/**
 * The podcast's cover art: the social card's design (src/lib/social-card.ts)
 * on a square, drawn at 600 units and rendered at 3000×3000 pixels (Apple asks
 * for 1400–3000 px, square). Large type, because podcast apps show the cover
 * as small as a thumbnail: the kicker "Fragmenten", the publication's title,
 * NJi and its full name, and the cover's three arches in the initiative colours.
 * Pure: builds the SVG; src/build/podcast-cover.ts renders it with sharp.
 */
import { archesSvg, archesWidth } from '../arches';
import { BOLD_SERIF_EM, CARD_COLOURS, SANS, SERIF, charsFor, textBlock, wrapText } from '../social-card';

export const COVER_SIZE = 3000;
/** Bump when the drawing changes, so a cached cover is made again. */
export const COVER_TEMPLATE_VERSION = 2;

const UNITS = 600;
const LEFT = 48;

export interface CoverData {
  title: string;
  /** The word over the title: "Fragmenten". */
  kicker: string;
  publisher: string;
  publisherShort: string;
}

export function coverSvg(cover: CoverData): string {
  const C = CARD_COLOURS;
  const parts: string[] = [];
  parts.push(`<rect width="${UNITS}" height="${UNITS}" fill="${C.paper}"/>`);
  parts.push(`<rect width="${UNITS}" height="14" fill="${C.brand}"/>`);

  // The publication's three arches (lib/arches.ts), bottom right, standing on the foot of the square.
  const height = 320;
  parts.push(archesSvg({ x: +(590 - archesWidth(height)).toFixed(2), y: UNITS - height, height }, [C.oranje.strong, C.groen.strong, C.blauw.strong]));

  parts.push(textBlock([cover.kicker.toUpperCase()], LEFT, 92, 26, 1.2, `font-family="${SANS}" font-weight="700" letter-spacing="3" fill="${C.brand}"`));
  // The largest size at which every word of the title fits the width.
  const width = UNITS - 2 * LEFT;
  const longestWord = Math.max(...cover.title.split(/\s+/).map((w) => [...w].length));
  const size = Math.min(56, Math.floor(width / (longestWord * BOLD_SERIF_EM)));
  const lines = wrapText(cover.title, charsFor(width, size, BOLD_SERIF_EM), 3);
  parts.push(textBlock(lines, LEFT, 92 + 24 + Math.round(size * 1.05), size, 1.1, `font-family="${SERIF}" font-weight="700" fill="${C.ink}"`));

  parts.push(textBlock([cover.publisherShort], LEFT, 528, 56, 1.2, `font-family="${SANS}" font-weight="700" fill="${C.brand}"`));
  parts.push(textBlock([cover.publisher], LEFT, 562, 19, 1.2, `font-family="${SANS}" fill="${C.muted}"`));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_SIZE}" height="${COVER_SIZE}" viewBox="0 0 ${UNITS} ${UNITS}">${parts.join('')}</svg>`;
}
