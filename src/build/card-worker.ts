/**
 * The social cards' worker thread (started by src/integrations/social-cards.ts
 * through build/in-worker.ts): renders every card it is given
 * (src/build/card-png.ts), through the build's disk cache, writes each where
 * its page's og:image points, and reports how many it rendered and how many
 * came from the cache. Started before Astro builds the pages, with the cards
 * foreseen from content/ (build/card-forecast.ts): it draws those while Astro
 * keeps the main thread busy, then makes the pages' cards when they are sent,
 * each foreseen one already drawn or being drawn. A thread of its own also
 * after the build, while the main thread builds the search index and the PDF
 * is typeset in a worker of its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardLayers } from '../lib/social-card';
import { cardText } from '../lib/social-card';
import { mapLimited } from '../lib/limit';
import { cachedFile } from './disk-cache';
import { renderCardPng } from './card-png';
import { withPngText } from './png-text';
import { reportTo } from './in-worker';

/** One card to make: where it goes, its layers, and its key in the cache. */
export interface CardJob {
  target: string;
  layers: CardLayers;
  key: string;
}

export interface CardWorkerResult {
  rendered: number;
  reused: number;
}

/** The card as a PNG with its words as the Description (readable without seeing the picture; checked by the tests). */
export async function renderCard(layers: CardLayers): Promise<Buffer> {
  return withPngText(await renderCardPng(layers), 'Description', cardText(layers.svg));
}

/** Cards asked for in one build, by key: each is made once, whether foreseen or asked for by its page. */
type Made = Map<string, Promise<boolean>>;

/** Makes the card into the build's disk cache, once per key; resolves with whether it came from the cache. */
function ensure(made: Made, { layers, key }: Pick<CardJob, 'layers' | 'key'>): Promise<boolean> {
  let done = made.get(key);
  if (!done) {
    done = cachedFile('cards', `${key}.png`, () => renderCard(layers)).then((file) => file.reused);
    made.set(key, done);
  }
  return done;
}

/** How many cards are drawn at once: two per core (sharp and zlib run in libuv's threads while this thread composes). */
const AT_ONCE = 2 * availableParallelism();

/** Makes every card and writes each where its page's og:image points. */
export async function makeCards(jobs: readonly CardJob[], made: Made = new Map()): Promise<CardWorkerResult> {
  let rendered = 0;
  let reused = 0;
  await mapLimited(jobs, AT_ONCE, async (job) => {
    // A foreseen card is drawn (or being drawn) already: only its bytes are read back.
    const fromCache = await ensure(made, job);
    const { bytes } = await cachedFile('cards', `${job.key}.png`, () => renderCard(job.layers));
    if (fromCache) reused++;
    else rendered++;
    mkdirSync(dirname(job.target), { recursive: true });
    writeFileSync(job.target, bytes);
  });
  return { rendered, reused };
}

/**
 * The foreseen cards (src/build/card-forecast.ts), drawn into the disk cache
 * while Astro builds the pages, one at a time: Astro keeps one core busy, and
 * more cards at once would take that core from it.
 */
export const foresee = (jobs: readonly Pick<CardJob, 'layers' | 'key'>[], made: Made): Promise<unknown> => mapLimited(jobs, 1, (job) => ensure(made, job));

const data = workerData as { cards?: CardJob[]; forecast?: CardJob[] } | undefined;
if (parentPort && data?.cards) {
  reportTo(parentPort, makeCards(data.cards));
} else if (parentPort && data?.forecast) {
  // Started before the pages are built: draws the forecast, then makes the pages' cards when they are sent.
  // A card that failed here fails again, and is reported, when the pages ask for it.
  const made: Made = new Map();
  foresee(data.forecast, made).catch(() => {});
  const port = parentPort;
  port.once('message', (message: { cards: CardJob[] }) => reportTo(port, makeCards(message.cards, made)));
}
