/**
 * The search build step, in one place: after every build, Pagefind indexes the
 * built pages (Dutch, so "verhaal" finds "verhalen") and the records the pages
 * cannot give one by one (each fragment, each resource, /luisteren/ and the
 * role guide, from /zoeken/records.json, which the site builds and this step removes), and
 * writes the index to <dist>/pagefind/. From the indexed text it writes the
 * vocabulary for "Bedoelde je …?" to <dist>/zoeken/woorden.txt.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildVocabulary, VOCABULARY_PATH } from '../lib/search/vocabulary';
import { KEYWORDS_META } from '../lib/search/keywords';
import { repackPagefind } from '../build/zopfli';
import { LANGUAGE } from '../lib/text/nl';

export const RECORDS_PATH = 'zoeken/records.json';

/**
 * Pagefind also writes its own ready-made search interfaces and a highlighter,
 * a web worker and a wasm for pages in no known language. Our search has its
 * own interface (src/browser/search/), runs on the main thread (`noWorker`)
 * and every page is Dutch (pagefind-entry.json names only the Dutch wasm), so
 * these ~530 KB are never loaded; they are removed so a host does not have to
 * carry them.
 */
export const UNUSED_PAGEFIND_FILE = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

/** One search record: a fragment or a resource. `meta.title` is its title in the results. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string> & { title: string };
  filters: Record<string, string[]>;
}

/** The text of every record Pagefind wrote (its fragment files: gzip, behind a signature). */
function indexedTexts(dir: string): string[] {
  const SIGNATURE = 'pagefind_dcd';
  return readdirSync(dir).map((file) => {
    const json = gunzipSync(readFileSync(join(dir, file))).toString('utf8').slice(SIGNATURE.length);
    const record = JSON.parse(json) as { content: string; meta: Record<string, string> };
    return [record.meta['title'] ?? '', record.meta[KEYWORDS_META] ?? '', record.content].join('\n');
  });
}

export default function search(): AstroIntegration {
  return {
    name: 'nji-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsFile = join(out, RECORDS_PATH);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: out });
        if (pages.errors.length) throw new Error(`Pagefind could not index the site: ${pages.errors.join('; ')}`);
        let records = 0;
        if (existsSync(recordsFile)) {
          for (const record of JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[]) {
            const added = await index.addCustomRecord({ ...record, language: LANGUAGE });
            if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
            records++;
          }
          rmSync(recordsFile);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const file of readdirSync(written.outputPath)) {
          if (UNUSED_PAGEFIND_FILE.test(file)) rmSync(join(written.outputPath, file));
        }
        const indexed = performance.now();
        const vocabulary = buildVocabulary(indexedTexts(join(written.outputPath, 'fragment')));
        const worded = performance.now();
        const repacked = await repackPagefind(written.outputPath);
        writeFileSync(join(out, VOCABULARY_PATH), `${vocabulary.join('\n')}\n`);
        const ms = (from: number, to = performance.now()) => Math.round(to - from);
        // The parts' times too, so `npm run bench -- --scale N` shows which one grows.
        logger.info(
          `indexed ${pages.page_count} pages and ${records} fragments and resources in ${ms(started)} ms (Pagefind ${ms(started, indexed)}, suggestions ${ms(indexed, worded)}, Zopfli ${ms(worded)}); ${vocabulary.length} words for suggestions; ${repacked.files} files repacked with Zopfli, ${Math.round(repacked.before / 1024)} → ${Math.round(repacked.after / 1024)} KB`,
        );
      },
    },
  };
}
