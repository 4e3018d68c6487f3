/**
 * The podcast's cover art as a JPEG: the SVG of src/lib/podcast/cover.ts
 * rendered with sharp at 3000×3000, RGB without alpha (Apple refuses some
 * images with transparency or a palette), well under 500 KB. Kept in
 * node_modules/.cache/nji-cards/ next to the social cards, under a hash of
 * the SVG, so a rebuild does not render it again.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import sharp from 'sharp';
import { COVER_TEMPLATE_VERSION, coverSvg } from '../lib/podcast/cover';
import { PUBLISHER, PUBLISHER_SHORT, SITE_TITLE } from '../lib/site';
import { cachedFile } from './disk-cache';
import { perBuild } from './per-build';

const cacheDir = () => process.env['NJI_CARD_CACHE'] ?? join(process.cwd(), 'node_modules/.cache/nji-cards');

async function render(): Promise<Uint8Array<ArrayBuffer>> {
  const svg = coverSvg({ title: SITE_TITLE, kicker: 'Fragmenten', publisher: PUBLISHER, publisherShort: PUBLISHER_SHORT });
  const key = createHash('sha256').update(`${COVER_TEMPLATE_VERSION}\n${sharp.versions.vips}\n${svg}`).digest('hex').slice(0, 24);
  const { bytes } = await cachedFile(cacheDir(), `podcast-${key}.jpg`, () =>
    sharp(Buffer.from(svg))
      .flatten()
      .toColourspace('srgb')
      // Full colour resolution (4:4:4) keeps the edges of the coloured type clean.
      .jpeg({ quality: 85, mozjpeg: true, chromaSubsampling: '4:4:4' })
      .toBuffer(),
  );
  return bytes;
}

/** The cover's JPEG bytes, rendered (or read from the cache) once per build. */
export const getPodcastCover = perBuild(render);
