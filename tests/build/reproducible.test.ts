/**
 * Reproducible builds: the same sources give the same bytes. A copy of the
 * project is built cold (its own content and Vite caches, and its own
 * NJI_CACHE_DIR for the cards, clips and Zopfli files, in another folder) and every file of its dist/ must equal the dist/ that
 * `npm test` built in the project: page ids, asset hashes, the search index,
 * the social cards, the sitemap and the feed. No timestamp has to stay: the
 * build writes none (the feed and /wijzigingen/ carry the dates of
 * content/updates, not the build's).
 *
 * The same cold build then proves the card and clip caches: it rendered
 * every card and cut every clip, and a second build after one page changed
 * renders only that page's card and cuts no clip. One fixture build serves
 * both, so reproducibility costs no extra build.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../support/fixture';
import { DIST } from '../support/paths';
import { builtFiles, builtPages } from '../support/site';

const fixture = makeFixture();
const cache = mkdtempSync(join(tmpdir(), 'nji-cache-'));
const env = { NJI_CACHE_DIR: cache };
/**
 * Vitest puts Vite's mode into the environment (NODE_ENV=test, DEV=1, …); an
 * astro build that inherits it builds differently. This file's builds run as
 * `npm run build` does, without them.
 */
const VITEST_MODE = ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'];
const saved = Object.fromEntries(VITEST_MODE.map((k) => [k, process.env[k]]));
let cold: ReturnType<typeof fixture.build>;
beforeAll(() => {
  for (const k of VITEST_MODE) delete process.env[k];
  cold = fixture.build(env);
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  fixture.dispose();
  rmSync(cache, { recursive: true, force: true });
});

const cardLine = (output: string) => /(\d+) social cards: (\d+) rendered, (\d+) from cache/.exec(output)?.slice(1).map(Number);
const clipLine = (output: string) => /(\d+) clips: (\d+) cut, (\d+) from cache/.exec(output)?.slice(1).map(Number);

describe('two builds of the same sources', () => {
  it('give a byte-identical dist/ (a cold build elsewhere against the one npm test made)', () => {
    expect(cold.status, cold.output).toBe(0);
    // The PDF edition (publicatie.pdf) is among the files: typeset here, not taken from a cache.
    expect(cold.output).toMatch(/publicatie\.pdf: .*QR-codes, aangeboden/);
    expect(cold.output).not.toContain('(uit de cache)');
    const other = join(fixture.dir, 'dist');
    const files = builtFiles(DIST);
    expect(builtFiles(other), 'the same files').toEqual(files);
    const differ = files.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(other, f))));
    expect(differ, 'files that differ (is dist/ built from this tree? npm run build)').toEqual([]);
  });
});

describe('the card and clip caches', () => {
  it('render every card and cut every clip once, then only the card of a page that changed and no clip', () => {
    const pages = builtPages(join(fixture.dir, 'dist')).length;
    expect(cardLine(cold.output)).toEqual([pages, pages, 0]);
    const fragments = builtFiles(join(fixture.dir, 'dist')).filter((f) => /^audio\/fragmenten\/.*\.mp3$/.test(f)).length;
    expect(fragments).toBeGreaterThan(0);
    expect(clipLine(cold.output)).toEqual([fragments, fragments, 0]);

    fixture.edit('content/chapters/valkuilen.mdx', (t) => t.replace(/^title: .*$/m, 'title: "Valkuilen om te vermijden"'));
    const second = fixture.build(env);
    expect(second.status, second.output).toBe(0);
    expect(cardLine(second.output)).toEqual([pages, 1, pages - 1]);
    expect(clipLine(second.output)).toEqual([fragments, 0, fragments]);
  });
});
