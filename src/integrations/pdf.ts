/**
 * The PDF edition build step, in two parts: `start` (placed before search in
 * astro.config.mjs) typesets `publicatie.pdf` from the written pages
 * (src/build/pdf.ts), for a large edition in a worker thread
 * (src/build/pdf-worker.ts) while the main thread builds the search index;
 * `done` (after search, before headers) waits for it, writes the PDF and
 * fills in its size and page count where the pages offer it ("Download als
 * PDF (1,2 MB, 32 pagina's)", src/components/PdfDownload.astro). The pages
 * are completed only after search has read them (the facts are not
 * searched: `data-pagefind-ignore`), so no page is read while it is written.
 * Cached in the build's disk cache (build/disk-cache.ts, nji-pdf/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import { htmlFiles } from '../build/html-files';
import { buildPdf, PDF_FILE, type PdfResult } from '../build/pdf';
import { inWorker } from '../build/in-worker';
import type { PdfJob } from '../build/pdf-worker';
import { pdfFacts, PDF_FACTS_PLACEHOLDER } from '../lib/pdf/facts';

/**
 * From this many pages the PDF is typeset in a worker thread: a worker costs
 * some 0.3 s to bundle and start, more than the small site's whole PDF saves
 * by running beside search (34 pages, about 0.7 s).
 */
const WORKER_FROM_PAGES = 100;

/** Typesets the PDF in a worker thread (src/build/pdf-worker.ts); the Typst compiler, a native module, is found from node_modules there. */
export const pdfInWorker = (job: PdfJob): Promise<PdfResult> =>
  inWorker(new URL('../build/pdf-worker.ts', import.meta.url), { pdf: job }, { external: ['@myriaddreamin/typst-ts-node-compiler'], label: 'PDF' });

export default function pdf(): { start: AstroIntegration; done: AstroIntegration } {
  let base = '/';
  let site = 'https://www.nji.nl';
  let running: { started: number; worker: boolean; result: Promise<PdfResult> } | undefined;
  return {
    start: {
      name: 'nji-pdf',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = baseDir(config.base);
          site = config.site ?? site;
        },
        'astro:build:done': ({ dir }) => {
          const started = performance.now();
          const out = fileURLToPath(dir);
          const worker = htmlFiles(out).length >= WORKER_FROM_PAGES;
          const job: PdfJob = { dist: out, options: { site, base } };
          const result = worker ? pdfInWorker(job) : buildPdf(job.dist, job.options);
          // Reported by `done`; until then a failure must not end the process as unhandled.
          result.catch(() => {});
          running = { started, worker, result };
        },
      },
    },
    done: {
      name: 'nji-pdf-done',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          if (!running) return;
          const waiting = performance.now();
          const result = await running.result;
          const waited = performance.now() - waiting;
          const out = fileURLToPath(dir);
          writeFileSync(join(out, PDF_FILE), result.bytes);
          const facts = pdfFacts(result.bytes.length, result.pages);
          let offered = 0;
          for (const file of htmlFiles(out)) {
            const html = readFileSync(file, 'utf8');
            if (!html.includes(PDF_FACTS_PLACEHOLDER)) continue;
            writeFileSync(file, html.replaceAll(PDF_FACTS_PLACEHOLDER, facts));
            offered++;
          }
          logger.info(
            `${PDF_FILE}: ${facts}, ${result.fragments.length} QR-codes${result.reused ? ' (uit de cache)' : ''}, ` +
              `aangeboden op ${offered} pagina's, in ${Math.round(performance.now() - running.started)} ms` +
              `${running.worker ? ' (in een worker thread)' : ''} naast de zoekindex, ${Math.round(waited)} ms daarna`,
          );
          running = undefined;
        },
      },
    },
  };
}
