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
 * worker. A large edition's chapters' and stories' cards are foreseen from
 * content/ when the build starts (build/card-forecast.ts) and drawn into the
 * disk cache by a process at the lowest priority while Astro builds the
 * pages; it is stopped when the build is done, and every page's card is then
 * made from its sharing tags as always, the foreseen ones found in the cache.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import { CARD_TEMPLATE_VERSION, cardLayers, type CardData } from '../lib/social-card';
import { CARD_PNG_VERSION } from '../build/card-png';
import { FORESEE_ARGUMENT, makeCards, type CardDrawing, type CardJob, type CardWorkerResult } from '../build/card-worker';
import { PUBLISHER, SITE_TITLE } from '../lib/site';
import { decodeEntities } from '../lib/html';
import { htmlFiles } from '../build/html-files';
import { forecastCards } from '../build/card-forecast';
import { inBackground, inWorker } from '../build/in-worker';

/** Where src/pages/og/kaarten.json.ts writes what the cards add to the page titles. */
const CARDS_DATA_PATH = 'og/kaarten.json';

const meta = (html: string, property: string) =>
  new RegExp(`<meta[^>]*property="${property}"[^>]*content="([^"]*)"`).exec(html)?.[1] ??
  new RegExp(`<meta[^>]*content="([^"]*)"[^>]*property="${property}"`).exec(html)?.[1];

/** A card's layers and its cache key: the whole drawing, its blocks' boxes, how it is rendered and packed. */
function cardOf(card: CardData): CardDrawing {
  const layers = cardLayers(card, { title: SITE_TITLE, publisher: PUBLISHER });
  const key = createHash('sha256')
    .update(`${CARD_TEMPLATE_VERSION}\n${CARD_PNG_VERSION}\n${JSON.stringify(layers.blocks.map((block) => block.box))}\n${layers.svg}`)
    .digest('hex')
    .slice(0, 24);
  return { layers, key };
}

/** Every page's card, from its sharing tags: where it goes, its layers and its cache key. */
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
    return [{ target: join(out, path.slice(base.length)), ...cardOf({ title: decodeEntities(title), ...extras[path.slice(base.length)] }) }];
  });
}

/** The chapters' and stories' cards foreseen from content/ (build/card-forecast.ts), by key. */
export const foreseenCards = (root: string): CardDrawing[] => forecastCards(root).map(cardOf);

/**
 * Below this many cards they are made on the main thread: a worker costs some
 * 0.35 s to bundle and start (sharp loads again in it), more than a small
 * edition's cards take (the small site: 21 cards, well under a second).
 */
const WORKER_FROM_CARDS = 100;

const CARD_WORKER = new URL('../build/card-worker.ts', import.meta.url);
const CARD_WORKER_OPTIONS = { external: ['sharp'], label: 'social cards' };

/** Makes the cards in a worker thread (src/build/card-worker.ts); sharp is found from node_modules there. */
export const cardsInWorker = (jobs: CardJob[]): Promise<CardWorkerResult> => inWorker(CARD_WORKER, { cards: jobs }, CARD_WORKER_OPTIONS);

/**
 * Draws the foreseen cards into the build's disk cache in a process of its
 * own at the lowest priority (build/in-worker.ts, inBackground): it takes only
 * the time Astro leaves, and its cards are found in the cache afterwards.
 */
export const foreseeInBackground = (foreseen: CardDrawing[]) =>
  inBackground(CARD_WORKER, [FORESEE_ARGUMENT], foreseen, CARD_WORKER_OPTIONS);

/**
 * The cards step in two parts: `start` (placed before the PDF and search in
 * astro.config.mjs) foresees a large edition's cards when the build starts,
 * and when it is done reads the pages and hands their cards to the worker (or
 * makes them); `done` (placed after the PDF and search) waits for it and
 * reports. The PDF step rewrites pages too, but only its facts placeholder,
 * after search, never the sharing tags read here, and `start` reads every page
 * before it returns.
 */
export default function socialCards(): { start: AstroIntegration; done: AstroIntegration } {
  let base = '/';
  let root = '.';
  let early: { stop(): void; keys: Set<string> } | undefined;
  let running: { started: number; cards: number; foreseen: { right: number; of: number } | undefined; result: Promise<CardWorkerResult> } | undefined;
  return {
    start: {
      name: 'nji-social-cards',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = baseDir(config.base);
          root = fileURLToPath(config.root);
        },
        // A large edition's chapters and stories: their cards are drawn while Astro builds the pages.
        'astro:build:start': () => {
          const foreseen = foreseenCards(root);
          if (foreseen.length >= WORKER_FROM_CARDS) early = { ...foreseeInBackground(foreseen), keys: new Set(foreseen.map((card) => card.key)) };
        },
        'astro:build:done': ({ dir }) => {
          // The foreseen cards drawn so far are in the cache; the rest are drawn now, at the build's priority.
          early?.stop();
          const started = performance.now();
          const jobs = cardJobs(fileURLToPath(dir), base);
          const keys = early?.keys;
          const foreseen = keys && { right: jobs.filter((job) => keys.has(job.key)).length, of: keys.size };
          early = undefined;
          const result = jobs.length >= WORKER_FROM_CARDS ? cardsInWorker(jobs) : makeCards(jobs);
          // Reported by `done`; until then a failure must not end the process as unhandled.
          result.catch(() => {});
          running = { started, cards: jobs.length, foreseen, result };
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
            `${running.cards} social cards: ${rendered} rendered, ${reused} from cache` +
              `${running.foreseen ? ` (${running.foreseen.right} of them foreseen from content/ and drawn, as far as time allowed, while the pages were built; ${running.foreseen.of} foreseen)` : ''}, ` +
              `in ${Math.round(now - running.started)} ms beside the PDF and search${running.cards >= WORKER_FROM_CARDS ? ' (in a worker thread)' : ''}, ${Math.round(now - waiting)} ms after them`,
          );
          running = undefined;
        },
      },
    },
  };
}
