/**
 * The social card drawn in layers (src/build/card-png.ts: the background once,
 * then only the page's own text blocks, packed without a quantiser) looks like
 * the card drawn whole, never cuts a glyph off at its block's box, and gives
 * the same bytes every time; the cards worker (bundled, in a thread) writes
 * the same cards as the main thread. About 1.5 s (sharp draws some 25 cards).
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { blockSvg, CARD_HEIGHT, CARD_WIDTH, cardLayers, cardSvg, type CardData, type CardLayers } from '../../src/lib/social-card';
import { palettePng, renderCardPng } from '../../src/build/card-png';
import { makeCards, renderCard, type CardJob } from '../../src/build/card-worker';
import { cardsInWorker, foreseeInBackground } from '../../src/integrations/social-cards';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const publication = { title: 'Burgerinitiatieven en wijkteams', publisher: 'Nederlands Jeugdinstituut' };

/** Cards of every kind, and the widest, tallest and deepest glyphs a title or kicker may hold. */
const CARDS: Record<string, CardData> = {
  chapter: { title: 'De rol van de wijkprofessional', kicker: 'Handreiking · hoofdstuk 3 van 8' },
  cover: { title: publication.title },
  story: {
    title: 'Het Open Leercentrum en MB Coach',
    kicker: 'Verhaal · Eindhoven',
    headline: 'Om hulp te krijgen, hoef je niet per se een probleem te hebben.',
    initiative: 'Open Leercentrum en MB Coach',
    colour: 'blauw',
  },
  'accents and descenders': { title: 'ÉÇÑ Ÿ Åå Ĝĝ Ǿ gjpqy ÂÊ ÖÜ Ųų Ķķ Ģģ', kicker: 'ÉÉN ÅÇ ÑÖ · QJÇ' },
  'long kicker and wide title': { title: 'WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW', kicker: 'W'.repeat(80), headline: 'gjpqy ÉÅ '.repeat(12), initiative: 'ŸÅgjpq '.repeat(8), colour: 'oranje' },
};

async function wholeCard(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer();
}

async function pixels(png: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([CARD_WIDTH, CARD_HEIGHT, 3]);
  return data;
}

/** Mean and largest difference of a pixel (its most different channel, 0–255), and how many pixels differ by more than a fifth. */
function difference(a: Buffer, b: Buffer) {
  let sum = 0;
  let max = 0;
  let far = 0;
  for (let i = 0; i < a.length; i += 3) {
    const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
    sum += d;
    max = Math.max(max, d);
    if (d > 51) far++;
  }
  return { mean: sum / (a.length / 3), max, far };
}

// Under a second on an idle machine; sharp's first drawings wait long on a busy one.
describe('a card drawn in layers', { timeout: 30_000 }, () => {
  it.each(Object.entries(CARDS))('looks like the card drawn whole: %s', async (_, card) => {
    const layers = cardLayers(card, publication);
    expect(layers.svg).toBe(cardSvg(card, publication));
    const diff = difference(await pixels(await renderCardPng(layers)), await wholeCard(layers.svg));
    // Rounding and the reduced colours of edges; a glyph cut off or misplaced differs by far more.
    expect(diff.mean, JSON.stringify(diff)).toBeLessThan(1.5);
    expect(diff.max, JSON.stringify(diff)).toBeLessThanOrEqual(40);
    expect(diff.far).toBe(0);
  });

  it.each(Object.entries(CARDS))('never cuts a glyph at its box: %s', async (_, card) => {
    for (const block of cardLayers(card, publication).blocks) {
      const { width, height } = block.box;
      const alpha = await sharp(Buffer.from(blockSvg(block))).extractChannel(3).raw().toBuffer();
      const edge = (x: number, y: number) => alpha[y * width + x]!;
      // Top, bottom and left edges stay empty (the right one is the card's own edge).
      for (let x = 0; x < width; x++) expect(edge(x, 0) + edge(x, height - 1), `${block.markup} at x ${x}`).toBe(0);
      for (let y = 0; y < height; y++) expect(edge(0, y), `${block.markup} at y ${y}`).toBe(0);
    }
  });

  it('gives the same bytes every time', async () => {
    const layers = cardLayers(CARDS['story']!, publication);
    expect(Buffer.compare(await renderCardPng(layers), await renderCardPng(layers))).toBe(0);
  });

  it('still comes out right when its colours do not fit a palette of 256', async () => {
    // Ten text blocks in ten colours, each with 32 steps of coverage: more than a palette holds.
    const base = cardLayers({ title: 'x' }, publication);
    const fills = ['#a9410b', '#2d6a2f', '#1c5a96', '#4a2a78', '#1f1d2b', '#55516a', '#c0392b', '#16a085', '#8e44ad', '#d35400'];
    const blocks = fills.map((fill, i) => ({
      markup: `<text font-size="30" font-family="DejaVu Serif" fill="${fill}"><tspan x="80" y="${200 + 40 * i}">Kleur ${i} · gjpqy ÉÅ</tspan></text>`,
      fill,
      box: { left: 68, top: 160 + 40 * i, width: CARD_WIDTH - 68, height: 40 + 12 },
    }));
    const layers: CardLayers = {
      background: base.background,
      blocks,
      svg: base.background.replace('</svg>', `${blocks.map((block) => block.markup).join('')}</svg>`),
    };
    const diff = difference(await pixels(await renderCardPng(layers)), await wholeCard(layers.svg));
    expect(diff.mean, JSON.stringify(diff)).toBeLessThan(1.5);
    expect(diff.far).toBe(0);
  });
});

describe('a palette PNG', () => {
  it('decodes to its colours, pixel by pixel', async () => {
    const palette = [0xfbf8f3, 0x4a2a78, 0x1f1d2b];
    const indices = Uint8Array.from({ length: 6 * 4 }, (_, i) => i % 3);
    const data = await sharp(await palettePng(6, 4, palette, indices)).removeAlpha().raw().toBuffer();
    expect([...data]).toEqual([...indices].flatMap((i) => [palette[i]! >> 16, (palette[i]! >> 8) & 0xff, palette[i]! & 0xff]));
    await expect(palettePng(1, 1, Array.from({ length: 257 }, () => 0), new Uint8Array(1))).rejects.toThrow(RangeError);
  });
});

describe('the cards worker', { timeout: 60_000 }, () => {
  it('runs bundled in a worker thread and writes the same cards as the main thread', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nji-card-worker-'));
    const saved = process.env['NJI_CACHE_DIR'];
    try {
      const jobs = (where: string): CardJob[] =>
        Object.values(CARDS).slice(0, 3).map((card, i) => ({ target: join(root, where, `og/${i}.png`), layers: cardLayers(card, publication), key: `k${i}` }));
      process.env['NJI_CACHE_DIR'] = join(root, 'cache-worker');
      expect(await cardsInWorker(jobs('worker'))).toEqual({ rendered: 3, reused: 0 });
      process.env['NJI_CACHE_DIR'] = join(root, 'cache-main');
      expect(await makeCards(jobs('main'))).toEqual({ rendered: 3, reused: 0 });
      for (let i = 0; i < 3; i++) {
        expect(readFileSync(join(root, 'worker', `og/${i}.png`)).equals(readFileSync(join(root, 'main', `og/${i}.png`))), `card ${i}`).toBe(true);
      }
    } finally {
      if (saved === undefined) delete process.env['NJI_CACHE_DIR'];
      else process.env['NJI_CACHE_DIR'] = saved;
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('draws the foreseen cards into the cache in a process of its own at the lowest priority, where the pages’ cards find them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nji-card-forecast-'));
    const saved = process.env['NJI_CACHE_DIR'];
    try {
      process.env['NJI_CACHE_DIR'] = join(root, 'cache');
      const cards = Object.values(CARDS).slice(0, 3);
      const job = (card: CardData, i: number): CardJob => ({ target: join(root, `og/${i}.png`), layers: cardLayers(card, publication), key: `f${i}` });
      const background = foreseeInBackground(cards.map(job));
      await background.done;
      expect(existsSync(background.folder), background.folder).toBe(false);
      const cached = readdirSync(join(root, 'cache/nji-cards')).filter((f) => f.endsWith('.png'));
      expect(cached.sort()).toEqual(['f0.png', 'f1.png', 'f2.png']);
      // The pages' cards: the three foreseen from the cache, a fourth drawn now; the same bytes as drawn here.
      const jobs = [...cards, CARDS['long kicker and wide title']!].map(job);
      expect(await makeCards(jobs)).toEqual({ rendered: 1, reused: 3 });
      for (const [i, { layers }] of jobs.entries()) {
        expect(readFileSync(join(root, `og/${i}.png`)).equals(await renderCard(layers)), `card ${i}`).toBe(true);
      }
    } finally {
      if (saved === undefined) delete process.env['NJI_CACHE_DIR'];
      else process.env['NJI_CACHE_DIR'] = saved;
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a background process stopped by the build ends there and leaves no files behind', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ layers: cardLayers({ title: `Hoofdstuk ${i}` }, publication), key: `s${i}` }));
    const saved = process.env['NJI_CACHE_DIR'];
    const root = mkdtempSync(join(tmpdir(), 'nji-card-stop-'));
    process.env['NJI_CACHE_DIR'] = join(root, 'cache');
    try {
      const background = foreseeInBackground(many);
      const drawnSoFar = () => (existsSync(join(root, 'cache/nji-cards')) ? readdirSync(join(root, 'cache/nji-cards')).length : 0);
      // Stopped once it draws, as the build stops it after Astro (a bounded wait: a loaded machine starts it slowly).
      const until = Date.now() + 30_000;
      while (drawnSoFar() === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      background.stop();
      await background.done;
      expect(existsSync(background.folder), background.folder).toBe(false);
      // Stopped, not left to finish: far from all 400 cards were drawn (each takes some 12 ms of CPU).
      expect(drawnSoFar()).toBeGreaterThan(0);
      expect(drawnSoFar()).toBeLessThan(many.length / 2);
    } finally {
      if (saved === undefined) delete process.env['NJI_CACHE_DIR'];
      else process.env['NJI_CACHE_DIR'] = saved;
      rmSync(root, { recursive: true, force: true });
    }
  });
});
