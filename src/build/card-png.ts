/**
 * Renders a social card (src/lib/social-card.ts, cardLayers) to a palette PNG
 * without drawing what cards share again and again. Drawing a whole card with
 * sharp cost some 22 ms of CPU (a third of it setting up a 1200×630 canvas,
 * whatever is on it) and packing it as a palette PNG another 15 (libimagequant
 * choosing 256 colours); at 1,000 chapters that was most of a cold build.
 *
 * Now the background (paper, bar, arches, the publication's name: a handful
 * per edition) is drawn once per build and reduced to the few colours it needs; a
 * card draws only its own text blocks, each in its own small box, and keeps
 * their coverage (alpha). Each pixel a block covers becomes the blend of the
 * background's colour and the block's fill at one of 32 coverage steps, so
 * the card's colours are known without a quantiser: the background's and a
 * few steps of each fill (a chapter's card has fewer than 150). The indices
 * are packed here as a standard 8-bit palette PNG with Node's zlib at level 6
 * (level 9 cost 22 ms a card for 12 % fewer bytes).
 * A card whose colours do not fit 256 (text over many background colours)
 * is drawn whole and quantised by sharp, as all cards were before.
 *
 * Deterministic: the same layers give the same bytes with the same sharp and
 * zlib (both in the cards' cache key, src/integrations/social-cards.ts).
 */
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import sharp from 'sharp';
import { blockSvg, CARD_HEIGHT, CARD_WIDTH, type CardLayers } from '../lib/social-card';
import { pngChunk } from './png-text';

/** Coverage steps of a text block's edges (plus none): 32 look as smooth as 256 at a card's sizes. */
export const COVERAGE_STEPS = 32;
/**
 * How closely the background's colours are kept (libimagequant's quality, 0–100):
 * at 99 a background keeps 50–90 colours (256 at 100) and looks the same (mean
 * error 0.35 of 255, as at 256 colours), leaving room for the blocks' steps.
 */
export const BACKGROUND_QUALITY = 99;

/** Everything that changes the bytes this file writes; part of the cards' cache key. */
export const CARD_PNG_VERSION = `card-png 1 · steps ${COVERAGE_STEPS} · background quality ${BACKGROUND_QUALITY} · vips ${sharp.versions.vips} · zlib ${process.versions.zlib}`;

interface Background {
  /** The PNG's rows: a filter byte (0) and the palette index of every pixel. */
  rows: Buffer;
  /** Colours as 0xRRGGBB. */
  palette: number[];
}

const backgrounds = new Map<string, Promise<Background>>();

/** A background drawn once and reduced to the few colours it needs. */
function background(svg: string): Promise<Background> {
  let made = backgrounds.get(svg);
  if (!made) {
    made = (async () => {
      const reduced = await sharp(Buffer.from(svg)).png({ palette: true, quality: BACKGROUND_QUALITY, dither: 0, effort: 1 }).toBuffer();
      const rgb = await sharp(reduced).removeAlpha().raw().toBuffer();
      const palette: number[] = [];
      const lookup = new Map<number, number>();
      const indices = new Uint8Array(CARD_WIDTH * CARD_HEIGHT);
      for (let p = 0; p < indices.length; p++) {
        const colour = (rgb[3 * p]! << 16) | (rgb[3 * p + 1]! << 8) | rgb[3 * p + 2]!;
        let index = lookup.get(colour);
        if (index === undefined) {
          index = palette.push(colour) - 1;
          lookup.set(colour, index);
        }
        indices[p] = index;
      }
      return { rows: rowsOf(CARD_WIDTH, CARD_HEIGHT, indices), palette };
    })();
    backgrounds.set(svg, made);
  }
  return made;
}

/** zlib on libuv's threads, beside sharp's, while the main thread composes the next card. */
const deflateAsync = promisify(deflate);

const hex = (colour: string) => Number.parseInt(colour.replace(/^#/, ''), 16);

/** The blend of `under` and `over` (0xRRGGBB) at `step` of COVERAGE_STEPS. */
function blend(under: number, over: number, step: number): number {
  const channel = (shift: number) => {
    const a = (under >> shift) & 0xff;
    return Math.round(a + ((((over >> shift) & 0xff) - a) * step) / COVERAGE_STEPS) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** PNG rows from palette indices: each row starts with its filter type, 0 (none), as palette images are best left. */
function rowsOf(width: number, height: number, indices: Uint8Array): Buffer {
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return rows;
}

/** An 8-bit palette PNG (colour type 3) from its rows (see rowsOf) and colours (0xRRGGBB). */
async function pngFromRows(width: number, height: number, palette: readonly number[], rows: Uint8Array): Promise<Buffer> {
  if (palette.length > 256) throw new RangeError(`a palette PNG holds 256 colours, not ${palette.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, palette, deflate, PNG's filters, not interlaced
  const colours = Buffer.alloc(3 * palette.length);
  palette.forEach((colour, i) => colours.writeUIntBE(colour, 3 * i, 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', colours),
    pngChunk('IDAT', await deflateAsync(rows, { level: 6 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An 8-bit palette PNG from palette indices (one a pixel, row by row) and colours (0xRRGGBB). */
export function palettePng(width: number, height: number, palette: readonly number[], indices: Uint8Array): Promise<Buffer> {
  return pngFromRows(width, height, palette, rowsOf(width, height, indices));
}

/** A block's coverage in its box: one byte a pixel, 0 to 255. */
async function coverage(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
}

/** The card as a PNG (without its Description, which src/integrations/social-cards.ts adds). */
export async function renderCardPng(layers: CardLayers): Promise<Buffer> {
  const base = await background(layers.background);
  const covers = await Promise.all(layers.blocks.map((block) => coverage(blockSvg(block))));
  // One copy of the background's rows a card; the blocks' pixels are written into it.
  const rows = Buffer.from(base.rows);
  const palette = [...base.palette];
  const lookup = new Map(palette.map((colour, i) => [colour, i]));
  const STEPS = COVERAGE_STEPS + 1;
  for (const [b, block] of layers.blocks.entries()) {
    const cover = covers[b]!;
    const fill = hex(block.fill);
    const { left, top, width, height } = block.box;
    // The palette index of (colour underneath, step), made once per pair: a block blends over few colours.
    const made = new Int16Array(256 * STEPS).fill(-1);
    for (let y = 0; y < height; y++) {
      const row = y * width;
      const at = (top + y) * (CARD_WIDTH + 1) + 1 + left;
      for (let x = 0; x < width; x++) {
        const alpha = cover[row + x]!;
        if (alpha === 0) continue;
        const step = ((alpha * COVERAGE_STEPS + 127) / 255) | 0;
        if (step === 0) continue;
        const under = rows[at + x]!;
        const key = under * STEPS + step;
        let index = made[key]!;
        if (index < 0) {
          const colour = step === COVERAGE_STEPS ? fill : blend(palette[under]!, fill, step);
          index = lookup.get(colour) ?? palette.push(colour) - 1;
          // More colours than a palette holds (text over many colours): the whole card through sharp's quantiser.
          if (index > 255) return sharp(Buffer.from(layers.svg)).png({ palette: true, dither: 0, effort: 1 }).toBuffer();
          lookup.set(colour, index);
          made[key] = index;
        }
        rows[at + x] = index;
      }
    }
  }
  return pngFromRows(CARD_WIDTH, CARD_HEIGHT, palette, rows);
}
