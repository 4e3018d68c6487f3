/**
 * The PDF edition build step: after the pages are written, typesets
 * `publicatie.pdf` from them (src/build/pdf.ts) and fills in its size and
 * page count where the pages offer it ("Download als PDF (1,2 MB, 32
 * pagina's)", src/components/PdfDownload.astro). Runs before search and
 * headers, so both see the finished pages. Cached in the build's disk cache (build/disk-cache.ts, nji-pdf/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import { htmlFiles } from '../build/html-files';
import { buildPdf, PDF_FILE } from '../build/pdf';
import { pdfFacts, PDF_FACTS_PLACEHOLDER } from '../lib/pdf/facts';

export default function pdf(): AstroIntegration {
  let base = '/';
  let site = 'https://www.nji.nl';
  return {
    name: 'nji-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseDir(config.base);
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const result = await buildPdf(out, { site, base });
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
            `aangeboden op ${offered} pagina's, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
