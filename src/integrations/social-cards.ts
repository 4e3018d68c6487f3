/**
 * The social cards build step, in one place: after every build, one 1200×630
 * PNG per page (the picture shown when a page is shared), rendered with sharp
 * from the SVG template in src/lib/social-card.ts, written where the page's
 * og:image points. Page titles come from the built pages; what stories and
 * chapters add (headline, colour, chapter number) from /og/kaarten.json, which
 * the site builds and this step removes. Rendered cards are kept in the
 * build's disk cache (src/build/disk-cache.ts, nji-cards/) under a hash of
 * their SVG, so a page whose card did not change is not rendered again. Each
 * PNG carries the words it shows as its Description (an iTXt chunk).
 *
 * Scale: a card is drawn in layers (src/build/card-png.ts): the background
 * the cards share once per build, then only the page's own words, packed as
 * a palette PNG without a quantiser: about 12 ms of CPU a card, where drawing
 * every card whole and letting libimagequant pick its colours took 22–35.
 * Cards are rendered a few at a time, two per core (sharp and zlib run in
 * libuv's threads), so a 10,000-page edition neither queues 10,000 jobs nor holds
 * every page in memory.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import { CARD_TEMPLATE_VERSION, cardLayers, cardText, type CardData, type CardLayers } from '../lib/social-card';
import { CARD_PNG_VERSION, renderCardPng } from '../build/card-png';
import { withPngText } from '../build/png-text';
import { PUBLISHER, SITE_TITLE } from '../lib/site';
import { decodeEntities } from '../lib/html';
import { htmlFiles } from '../build/html-files';
import { cachedFile } from '../build/disk-cache';
import { mapLimited } from '../lib/limit';

/** Where src/pages/og/kaarten.json.ts writes what the cards add to the page titles. */
const CARDS_DATA_PATH = 'og/kaarten.json';

/** The card as a PNG with its words as the Description (readable without seeing the picture; checked by the tests). */
export async function renderCard(layers: CardLayers): Promise<Buffer> {
  return withPngText(await renderCardPng(layers), 'Description', cardText(layers.svg));
}

const meta = (html: string, property: string) =>
  new RegExp(`<meta[^>]*property="${property}"[^>]*content="([^"]*)"`).exec(html)?.[1] ??
  new RegExp(`<meta[^>]*content="([^"]*)"[^>]*property="${property}"`).exec(html)?.[1];

export default function socialCards(): AstroIntegration {
  let base = '/';
  return {
    name: 'nji-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseDir(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const out = fileURLToPath(dir);
        const dataFile = join(out, CARDS_DATA_PATH);
        const extras: Record<string, Partial<CardData>> = existsSync(dataFile) ? JSON.parse(readFileSync(dataFile, 'utf8')) : {};
        rmSync(dataFile, { force: true });

        let rendered = 0;
        let reused = 0;
        // Two per core: while one job waits for sharp, the other prepares its SVG.
        await mapLimited(htmlFiles(out), 2 * availableParallelism(), async (file) => {
          const html = readFileSync(file, 'utf8');
          const image = meta(html, 'og:image');
          const title = meta(html, 'og:title');
          if (!image || !title) return;
          const path = decodeURI(new URL(image).pathname);
          if (!path.startsWith(base)) throw new Error(`${file}: og:image ${image} lies outside the site (${base})`);
          const target = join(out, path.slice(base.length));
          const card: CardData = { title: decodeEntities(title), ...extras[path.slice(base.length)] };
          const layers = cardLayers(card, { title: SITE_TITLE, publisher: PUBLISHER });
          // The whole drawing, its blocks' boxes and how it is rendered and packed.
          const key = createHash('sha256')
            .update(`${CARD_TEMPLATE_VERSION}\n${CARD_PNG_VERSION}\n${JSON.stringify(layers.blocks.map((block) => block.box))}\n${layers.svg}`)
            .digest('hex')
            .slice(0, 24);
          const { bytes, reused: fromCache } = await cachedFile('cards', `${key}.png`, () => renderCard(layers));
          if (fromCache) reused++;
          else rendered++;
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, bytes);
        });
        // CPU time too (sharp's threads included): on a busy machine the wall clock says little.
        const cpu = process.cpuUsage(cpuBefore);
        logger.info(
          `${rendered + reused} social cards: ${rendered} rendered, ${reused} from cache, in ${Math.round(performance.now() - started)} ms (${Math.round((cpu.user + cpu.system) / 1000)} ms of CPU)`,
        );
      },
    },
  };
}
