/**
 * The social cards build step, in one place: after every build, one 1200×630
 * PNG per page (the picture shown when a page is shared), rendered with sharp
 * from the SVG template in src/lib/social-card.ts, written where the page's
 * og:image points. Page titles come from the built pages; what stories and
 * chapters add (headline, colour, chapter number) from /og/kaarten.json, which
 * the site builds and this step removes. Rendered cards are kept in
 * node_modules/.cache/nji-cards/ under a hash of their SVG, so a page whose
 * card did not change is not rendered again. Each PNG carries the words it
 * shows as its Description (an iTXt chunk).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import sharp from 'sharp';
import { CARD_TEMPLATE_VERSION, cardSvg, cardText, type CardData } from '../lib/social-card';
import { withPngText } from '../build/png-text';
import { PUBLISHER, SITE_TITLE } from '../lib/site';
import { decodeEntities } from '../lib/html';
import { htmlFiles } from '../build/html-files';

/** Where src/pages/og/kaarten.json.ts writes what the cards add to the page titles. */
const CARDS_DATA_PATH = 'og/kaarten.json';


const meta = (html: string, property: string) =>
  new RegExp(`<meta[^>]*property="${property}"[^>]*content="([^"]*)"`).exec(html)?.[1] ??
  new RegExp(`<meta[^>]*content="([^"]*)"[^>]*property="${property}"`).exec(html)?.[1];

export default function socialCards(): AstroIntegration {
  let root = new URL('file:///');
  let base = '/';
  return {
    name: 'nji-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = baseDir(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const dataFile = join(out, CARDS_DATA_PATH);
        const extras: Record<string, Partial<CardData>> = existsSync(dataFile) ? JSON.parse(readFileSync(dataFile, 'utf8')) : {};
        rmSync(dataFile, { force: true });
        const cache = process.env['NJI_CARD_CACHE'] ?? fileURLToPath(new URL('node_modules/.cache/nji-cards/', root));
        mkdirSync(cache, { recursive: true });

        let rendered = 0;
        let reused = 0;
        const jobs = htmlFiles(out).map(async (file) => {
          const html = readFileSync(file, 'utf8');
          const image = meta(html, 'og:image');
          const title = meta(html, 'og:title');
          if (!image || !title) return;
          const path = decodeURI(new URL(image).pathname);
          if (!path.startsWith(base)) throw new Error(`${file}: og:image ${image} lies outside the site (${base})`);
          const target = join(out, path.slice(base.length));
          const card: CardData = { title: decodeEntities(title), ...extras[path.slice(base.length)] };
          const svg = cardSvg(card, { title: SITE_TITLE, publisher: PUBLISHER });
          const key = createHash('sha256').update(`${CARD_TEMPLATE_VERSION}\n${sharp.versions.vips}\n${svg}`).digest('hex').slice(0, 24);
          const cached = join(cache, `${key}.png`);
          mkdirSync(dirname(target), { recursive: true });
          if (existsSync(cached)) {
            reused++;
          } else {
            // The card's words go along as the PNG's Description (readable without seeing the picture; checked by the tests).
            const png = withPngText(await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer(), 'Description', cardText(svg));
            // Write then rename: a build running next to this one never reads half a file.
            const partial = `${cached}.${process.pid}.tmp`;
            writeFileSync(partial, png);
            renameSync(partial, cached);
            rendered++;
          }
          copyFileSync(cached, target);
        });
        await Promise.all(jobs);
        logger.info(
          `${rendered + reused} social cards: ${rendered} rendered, ${reused} from cache, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
