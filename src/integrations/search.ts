/**
 * The search build step, in one place: after every build, Pagefind indexes the
 * built pages (Dutch, so "verhaal" finds "verhalen") and one record per audio
 * fragment (its quote and transcript, linking to the fragment itself), and
 * writes the index to <dist>/pagefind/. The fragment records come from
 * /zoeken/fragmenten.json, which the site builds and this step removes.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const RECORDS_PATH = 'zoeken/fragmenten.json';

/**
 * Pagefind also writes its own ready-made search interfaces and a highlighter.
 * Our search has its own interface (src/browser/search/), so these ~430 KB are
 * never loaded; they are removed so a host does not have to carry them.
 */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface FragmentRecord {
  url: string;
  title: string;
  content: string;
  initiative: string;
  story: string;
  /** What the recording is, when readers must be told: "voorlopige opname" for a stand-in (lib/recording). */
  recording?: string;
}

export default function search(): AstroIntegration {
  return {
    name: 'nji-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsFile = join(out, RECORDS_PATH);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: out });
        if (pages.errors.length) throw new Error(`Pagefind could not index the site: ${pages.errors.join('; ')}`);
        let fragments = 0;
        if (existsSync(recordsFile)) {
          const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as FragmentRecord[];
          for (const record of records) {
            const added = await index.addCustomRecord({
              url: record.url,
              content: record.content,
              language: 'nl',
              meta: { title: record.title, verhaal: record.story, ...(record.recording ? { opname: record.recording } : {}) },
              filters: { type: ['Fragment'], initiatief: [record.initiative] },
            });
            if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
            fragments++;
          }
          rmSync(recordsFile);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        for (const file of readdirSync(written.outputPath)) {
          if (UNUSED_PAGEFIND_FILE.test(file)) rmSync(join(written.outputPath, file));
        }
        logger.info(
          `indexed ${pages.page_count} pages and ${fragments} fragments in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
