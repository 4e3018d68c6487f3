/**
 * The social cards' worker (started by src/integrations/social-cards.ts
 * through build/in-worker.ts): renders every card it is given
 * (src/build/card-png.ts), through the build's disk cache, writes each where
 * its page's og:image points, and reports how many it rendered and how many
 * came from the cache. A thread of its own, so the cards are drawn while the
 * main thread builds the search index and the PDF is typeset in a worker of
 * its own. Run as a process with FORESEE_ARGUMENT, it draws a large
 * edition's foreseen cards (build/card-forecast.ts) into the cache while
 * Astro builds the pages, at the lowest priority: it takes only the time
 * Astro leaves.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardLayers } from '../lib/social-card';
import { cardText } from '../lib/social-card';
import { mapLimited } from '../lib/limit';
import { cachedFile } from './disk-cache';
import { renderCardPng } from './card-png';
import { withPngText } from './png-text';
import { reportTo } from './worker-report';

/** One card to make: where it goes, its layers, and its key in the cache. */
export interface CardJob {
  target: string;
  layers: CardLayers;
  key: string;
}

/** A card to draw into the cache only: its layers and its key (a foreseen card has no page yet). */
export type CardDrawing = Pick<CardJob, 'layers' | 'key'>;

export interface CardWorkerResult {
  rendered: number;
  reused: number;
}

/** The card as a PNG with its words as the Description (readable without seeing the picture; checked by the tests). */
export async function renderCard(layers: CardLayers): Promise<Buffer> {
  return withPngText(await renderCardPng(layers), 'Description', cardText(layers.svg));
}

/** How many cards are drawn at once: two per core (sharp and zlib run in libuv's threads while this thread composes). */
const AT_ONCE = 2 * availableParallelism();

/** Makes every card (through the build's disk cache) and writes each where its page's og:image points. */
export async function makeCards(jobs: readonly CardJob[]): Promise<CardWorkerResult> {
  let rendered = 0;
  let reused = 0;
  await mapLimited(jobs, AT_ONCE, async ({ target, layers, key }) => {
    const { bytes, reused: fromCache } = await cachedFile('cards', `${key}.png`, () => renderCard(layers));
    if (fromCache) reused++;
    else rendered++;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  });
  return { rendered, reused };
}

/** Draws cards into the build's disk cache only: the foreseen ones (src/build/card-forecast.ts), before the pages exist. */
export const foresee = (jobs: readonly CardDrawing[]): Promise<unknown> =>
  mapLimited(jobs, AT_ONCE, ({ layers, key }) => cachedFile('cards', `${key}.png`, () => renderCard(layers)));

/** The argument that runs this module as the forecast's process (see build/in-worker.ts, inBackground). */
export const FORESEE_ARGUMENT = '--foresee';

if (parentPort && (workerData as { cards?: unknown } | undefined)?.cards) {
  reportTo(parentPort, makeCards((workerData as { cards: CardJob[] }).cards));
} else if (!parentPort && process.argv[2] === FORESEE_ARGUMENT && process.argv[3]) {
  // A process of its own at the lowest priority, stopped when the build is done; a card it could not draw is drawn then.
  foresee(JSON.parse(readFileSync(process.argv[3], 'utf8')) as CardJob[]).then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
