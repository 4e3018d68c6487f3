/**
 * The PDF edition (dist/publicatie.pdf, src/integrations/pdf.ts), read back
 * with outside tools: poppler's pdfinfo, pdffonts, pdfimages and pdftotext,
 * and qpdf for the bookmarks (Debian: poppler-utils, qpdf; .ci/run installs
 * them). Checks: a sane page count, tagged and titled, every font embedded,
 * a bookmark for every chapter and story, every fragment's QR code decodes
 * (jsQR) to its absolute address, the text carries the publication as the
 * site does (the fidelity check on the PDF's text), and a second typesetting
 * gives the same bytes. About 5 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, formatReport, readEntries } from '../../tools/fidelity/check.ts';
import { buildPdf, readingOrder } from '../../src/build/pdf';
import { PAGE } from '../../src/lib/pdf/template';
import { DIST, ROOT } from '../support/paths';
import { pageHtml } from '../support/site';

const PDF = join(DIST, 'publicatie.pdf');
const SITE = 'https://www.nji.nl';

function tool(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} niet gevonden — apt-get install poppler-utils qpdf`);
    }
    throw error;
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'nji-pdf-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every fragment's address on the site, in reading order, as the PDF must print them. */
function fragmentAddresses(): string[] {
  return readingOrder(DIST, '/').flatMap((path) =>
    [...pageHtml(path).matchAll(/<fragment-player[^>]*data-share="([^"]+)"/g)].map((m) => new URL(m[1]!, SITE).href),
  );
}

describe('the PDF edition', () => {
  let info: string;
  beforeAll(() => {
    info = tool('pdfinfo', [PDF]);
  });

  it('is A4, tagged, titled, and has a sane number of pages', () => {
    expect(info).toMatch(/^Title:\s+Burgerinitiatieven en wijkteams$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(pages).toBeLessThanOrEqual(80);
    // The pages offer the PDF with its real page count.
    expect(pageHtml('/colofon/')).toContain(`${pages} pagina's)`);
  });

  it('embeds every font it uses', () => {
    const rows = tool('pdffonts', [PDF]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row, row).toMatch(/\s(yes)\s+(yes|no)\s+yes\s+\d+\s+\d+$/);
  });

  it('has a bookmark for every chapter and story, in reading order', () => {
    const json = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', PDF])) as { outlines: { title: string }[] };
    const bookmarks = json.outlines.map((o) => o.title);
    const titles = readingOrder(DIST, '/')
      .filter((p) => /^\/(handreiking|verhalen)\//.test(p))
      .map((p) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(pageHtml(p))![1]!.replace(/<[^>]+>/g, '').replace(/\u00AD/g, '').trim());
    expect(titles.length).toBe(10);
    expect(bookmarks.filter((b) => titles.includes(b))).toEqual(titles);
  });

  it("every fragment's QR code decodes to its absolute address", async () => {
    const dir = join(scratch, 'qr');
    execFileSync('mkdir', ['-p', dir]);
    tool('pdfimages', ['-png', PDF, join(dir, 'qr')]);
    const decoded: string[] = [];
    for (const file of readdirSync(dir).sort()) {
      const { data, info: meta } = await sharp(join(dir, file)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data), meta.width, meta.height);
      if (code) decoded.push(code.data);
    }
    const expected = fragmentAddresses();
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(decoded).toEqual(expected);
  });

  it('carries the publication as the site does: coverage ≥ 99 %', () => {
    // The text area only (no running heads or page numbers), up to the edition's notes and register at the end.
    const text = tool('pdftotext', ['-enc', 'UTF-8', '-x', '0', '-y', String(PAGE.top - 4), '-W', '600', '-H', String(Math.round(PAGE.height - PAGE.top - PAGE.bottom + 8)), PDF, '-']);
    const pages = text.split('\f');
    const end = pages.findIndex((p) => p.trimStart().startsWith('Hoe de opbouw is gelezen'));
    expect(end).toBeGreaterThan(0);
    // A link's address after its text, "(www.nji.nl/bronnen/)", is the edition's apparatus, like the site's lists of links.
    const blocks = pages
      .slice(0, end)
      // The contents page is the PDF's own; a list's bullet is not text.
      .filter((p) => !/\.{10,}/.test(p))
      .map((p) => p.replace(/^\s*•\s*/gm, ''))
      .join('\n')
      .replace(/\s*\((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^()]*\)/g, '')
      .split(/\n\s*\n/)
      .map((b) => b.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const report = check({
      source: readFileSync(join(ROOT, 'tests/fixtures/publicatie/bron.txt'), 'utf8'),
      pages: [{ path: '/publicatie.pdf', blocks }],
      entries: readEntries(readFileSync(join(ROOT, 'content/verbeteringen.yaml'), 'utf8')),
    } as Parameters<typeof check>[0]);
    expect(report.coverage, formatReport(report)).toBeGreaterThanOrEqual(0.99);
  });

  // Not yet: the contents page's leader dots, the fragment length's '·' and a few blocks pdftotext joins are
  // still reported as differences (28 on 2026 content); then: expect(onRecord(report)).toBe(true).
  it.todo('has no difference from the print that is not on the record');

  it('gives the same bytes when typeset again from the same pages', async () => {
    const again = await buildPdf(DIST, { site: SITE, base: '/', cacheDir: join(scratch, 'cache') });
    expect(again.reused).toBe(false);
    expect(Buffer.from(again.bytes).equals(readFileSync(PDF))).toBe(true);
  });
});
