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
 * libuv's threads), so a 10,000-page edition does not queue 10,000 jobs; they
 * start before the PDF and search and are waited for after them, from 100
 * cards on in a worker thread (src/build/card-worker.ts, started by
 * build/in-worker.ts), beside the main thread's search index and the PDF's
 * worker.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import { CARD_TEMPLATE_VERSION, cardLayers, type CardData } from '../lib/social-card';
import { CARD_PNG_VERSION } from '../build/card-png';
import { makeCards, type CardJob, type CardWorkerResult } from '../build/card-worker';
import { PUBLISHER, SITE_TITLE } from '../lib/site';
import { decodeEntities } from '../lib/html';
import { htmlFiles } from '../build/html-files';
import { inWorker } from '../build/in-worker';

/** Where src/pages/og/kaarten.json.ts writes what the cards add to the page titles. */
const CARDS_DATA_PATH = 'og/kaarten.json';

const meta = (html: string, property: string) =>
  new RegExp(`<meta[^>]*property="${property}"[^>]*content="([^"]*)"`).exec(html)?.[1] ??
  new RegExp(`<meta[^>]*content="([^"]*)"[^>]*property="${property}"`).exec(html)?.[1];

/** Every page's card: where it goes, its layers and its cache key (the whole drawing, its blocks' boxes, how it is rendered and packed). */
function cardJobs(out: string, base: string): CardJob[] {
  const dataFile = join(out, CARDS_DATA_PATH);
  const extras: Record<string, Partial<CardData>> = existsSync(dataFile) ? JSON.parse(readFileSync(dataFile, 'utf8')) : {};
  rmSync(dataFile, { force: true });
  return htmlFiles(out).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'og:image');
    const title = meta(html, 'og:title');
    if (!image || !title) return [];
    const path = decodeURI(new URL(image).pathname);
    if (!path.startsWith(base)) throw new Error(`${file}: og:image ${image} lies outside the site (${base})`);
    const card: CardData = { title: decodeEntities(title), ...extras[path.slice(base.length)] };
    const layers = cardLayers(card, { title: SITE_TITLE, publisher: PUBLISHER });
    const key = createHash('sha256')
      .update(`${CARD_TEMPLATE_VERSION}\n${CARD_PNG_VERSION}\n${JSON.stringify(layers.blocks.map((block) => block.box))}\n${layers.svg}`)
      .digest('hex')
      .slice(0, 24);
    return [{ target: join(out, path.slice(base.length)), layers, key }];
  });
}

/**
 * Below this many cards they are made on the main thread: a worker costs some
 * 0.35 s to bundle and start (sharp loads again in it), more than a small
 * edition's cards take (the small site: 21 cards, well under a second).
 */
const WORKER_FROM_CARDS = 100;

/** Makes the cards in a worker thread (src/build/card-worker.ts); sharp is found from node_modules there. */
export const cardsInWorker = (jobs: CardJob[]): Promise<CardWorkerResult> =>
  inWorker(new URL('../build/card-worker.ts', import.meta.url), { cards: jobs }, { external: ['sharp'], label: 'social cards' });

/**
 * The cards step in two parts: `start` (placed before the PDF and search in
 * astro.config.mjs) reads the pages and starts the worker; `done` (placed
 * after them) waits for it and reports. The PDF step rewrites pages too, but
 * only its facts placeholder, never the sharing tags read here, and `start`
 * reads every page before it returns.
 */
export default function socialCards(): { start: AstroIntegration; done: AstroIntegration } {
  let base = '/';
  let running: { started: number; cards: number; result: Promise<CardWorkerResult> } | undefined;
  return {
    start: {
      name: 'nji-social-cards',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = baseDir(config.base);
        },
        'astro:build:done': ({ dir }) => {
          const started = performance.now();
          const jobs = cardJobs(fileURLToPath(dir), base);
          const result = jobs.length >= WORKER_FROM_CARDS ? cardsInWorker(jobs) : makeCards(jobs);
          // Reported by `done`; until then a failure must not end the process as unhandled.
          result.catch(() => {});
          running = { started, cards: jobs.length, result };
        },
      },
    },
    done: {
      name: 'nji-social-cards-done',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!running) return;
          const waiting = performance.now();
          const { rendered, reused } = await running.result;
          const now = performance.now();
          // How long the build waited for the cards after the PDF and search: what they still add to its time.
          logger.info(
            `${running.cards} social cards: ${rendered} rendered, ${reused} from cache, in ${Math.round(now - running.started)} ms beside the PDF and search${running.cards >= WORKER_FROM_CARDS ? ' (in a worker thread)' : ''}, ${Math.round(now - waiting)} ms after them`,
          );
          running = undefined;
        },
      },
    },
  };
}
