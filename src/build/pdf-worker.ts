/**
 * The PDF's worker thread (started by src/integrations/pdf.ts through
 * build/in-worker.ts for a large edition): typesets the publication from the
 * built pages (build/pdf.ts) and reports the PDF to the main thread. A thread of its own because the Typst compiler blocks its thread
 * for the whole PDF: meanwhile the main thread builds the search index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildPdf, type PdfOptions } from './pdf';
import { reportTo } from './worker-report';

export interface PdfJob {
  dist: string;
  options: PdfOptions;
}

if (parentPort && (workerData as { pdf?: unknown } | undefined)?.pdf) {
  const { dist, options } = (workerData as { pdf: PdfJob }).pdf;
  reportTo(parentPort, buildPdf(dist, options));
}
