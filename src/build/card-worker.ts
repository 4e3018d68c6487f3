/**
 * The social cards' worker thread (started by src/integrations/social-cards.ts
 * through build/in-worker.ts):
 * renders every card it is given (src/build/card-png.ts), through the build's
 * disk cache, writes each where its page's og:image points, and reports how
 * many it rendered and how many came from the cache. A thread of its own so
 * the cards are drawn while the main thread builds the search index and the
 * PDF is typeset in a worker of its own.
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

/** Makes every card (two per core: sharp and zlib run in libuv's threads while this thread composes). */
export async function makeCards(jobs: readonly CardJob[]): Promise<CardWorkerResult> {
  let rendered = 0;
  let reused = 0;
  await mapLimited(jobs, 2 * availableParallelism(), async ({ target, layers, key }) => {
    const { bytes, reused: fromCache } = await cachedFile('cards', `${key}.png`, () => renderCard(layers));
    if (fromCache) reused++;
    else rendered++;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  });
  return { rendered, reused };
}

if (parentPort && (workerData as { cards?: unknown } | undefined)?.cards) {
  reportTo(parentPort, makeCards((workerData as { cards: CardJob[] }).cards));
}
