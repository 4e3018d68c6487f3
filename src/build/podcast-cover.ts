/**
 * The podcast's cover art as a JPEG: the SVG of src/lib/podcast/cover.ts
 * rendered with sharp at 3000×3000, RGB without alpha (Apple refuses some
 * images with transparency or a palette), well under 500 KB. Kept in the
 * build's disk cache (build/disk-cache.ts) next to the social cards, under a hash of
 * the SVG, so a rebuild does not render it again.
 *
 * The same design, small, is the artwork inside every published MP3 (its ID3
 * tag, src/build/audio-tags.ts): 400×400 at quality 80, about 14 KB, because a
 * player fetches the tag before the first sound and a listener pays for it
 * with every fragment; podcast apps show the feed's large cover anyway.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { COVER_TEMPLATE_VERSION, coverSvg } from '../lib/podcast/cover';
import { PUBLISHER, PUBLISHER_SHORT, SITE_TITLE } from '../lib/site';
import { podcastText } from '../lib/text/nl';
import { cachedFile } from './disk-cache';
import { perBuild } from './per-build';

/** The artwork in the MP3s' tags: its width and height in pixels, and JPEG quality. */
export const TAG_COVER = { size: 400, quality: 80 } as const;

async function render({ size, quality }: { size?: number; quality: number }): Promise<Uint8Array<ArrayBuffer>> {
  const svg = coverSvg({ title: SITE_TITLE, kicker: podcastText.coverKicker, publisher: PUBLISHER, publisherShort: PUBLISHER_SHORT });
  const key = createHash('sha256').update(`${COVER_TEMPLATE_VERSION}\n${sharp.versions.vips}\n${size ?? ''}\n${quality}\n${svg}`).digest('hex').slice(0, 24);
  const name = size ? `podcast-${size}-${key}.jpg` : `podcast-${key}.jpg`;
  const { bytes } = await cachedFile('cards', name, () => {
    const image = sharp(Buffer.from(svg));
    return (size ? image.resize(size, size) : image)
      .flatten()
      .toColourspace('srgb')
      // Full colour resolution (4:4:4) keeps the edges of the coloured type clean.
      .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:4:4' })
      .toBuffer();
  });
  return bytes;
}

/** The cover's JPEG bytes, rendered (or read from the cache) once per build. */
export const getPodcastCover = perBuild(() => render({ quality: 85 }));

/** The small cover for the MP3s' ID3 tags (TAG_COVER), once per build. */
export const getTagCover = perBuild(() => render(TAG_COVER));
