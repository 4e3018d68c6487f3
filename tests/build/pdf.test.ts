/**
 * The PDF edition (dist/publicatie.pdf, src/integrations/pdf.ts), read back
 * with outside tools, each run once and shared: poppler's pdfinfo, pdffonts,
 * pdfimages and pdftotext, and qpdf for the bookmarks (Debian: poppler-utils,
 * qpdf; .ci/run installs them). Checks: a sane page count, tagged and titled,
 * every font embedded and none of the machine's, a bookmark for every chapter
 * and story, every fragment's QR code decodes (jsQR) to its absolute address
 * (also under a sub-path, dist-base/), and the text carries the publication as
 * the site does: the fidelity check on the PDF's text, with the same register
 * (tools/fidelity/pdf.ts). That two builds give the same bytes is
 * tests/build/reproducible.test.ts: publicatie.pdf is one of dist/'s files.
 * 3–7 s on the 2-core machine (load 10–15), most of it the fidelity check (as long as the site's).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, formatReport, readEntries, type Report } from '../../tools/fidelity/check.ts';
import { fragmentLengths } from '../../tools/fidelity/fragment-lengths.ts';
import { pdfPages, readPdf, tool, type Bookmark } from '../../tools/fidelity/pdf.ts';
import { pdfFonts, typstCompiler } from '../../src/build/pdf';
import { pdfInWorker } from '../../src/integrations/pdf';
import { PAGE } from '../../src/lib/pdf/template';
import { pdfText } from '../../src/lib/text/nl';
import { SITE_TITLE } from '../../src/lib/site';
import { BASE_PATH, DIST, DIST_BASE, ROOT } from '../support/paths';
import { pageHtml } from '../support/site';

const PDF = join(DIST, 'publicatie.pdf');
const SITE = 'https://www.nji.nl';

const scratch = mkdtempSync(join(tmpdir(), 'nji-pdf-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The text of every QR code among a PDF's images, in the order of the PDF. */
async function qrCodes(pdf: string, name: string): Promise<string[]> {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  // The images as PPM or PGM (a header and the bytes), read without a decoder.
  tool('pdfimages', [pdf, join(dir, 'qr')]);
  const decoded: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, file));
    const header = /^P([56])\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
    if (!header) continue;
    const [channels, width, height] = [header[1] === '6' ? 3 : 1, Number(header[2]), Number(header[3])];
    const pixels = bytes.subarray(header[0].length);
    // The codes are drawn 4 pixels a module (src/build/pdf.ts): every second pixel is enough, and 4 times faster to decode.
    const [w, h] = [Math.floor(width / 2), Math.floor(height / 2)];
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const from = (y * 2 * width + x * 2) * channels;
        const to = (y * w + x) * 4;
        for (let c = 0; c < 3; c++) rgba[to + c] = pixels[from + (channels === 3 ? c : 0)]!;
        rgba[to + 3] = 255;
      }
    }
    const code = jsQR(rgba, w, h, { inversionAttempts: 'dontInvert' });
    if (code) decoded.push(code.data);
  }
  return decoded;
}

/** The pages after the cover in reading order: the cover's first chapter, then each page's "Volgende" link. */
function readingOrder(): string[] {
  const cover = pageHtml('/');
  const list = cover.slice(cover.indexOf('class="chapter-list'));
  const order: string[] = [];
  let next = /<a\b[^>]*\shref="([^"]+)"/.exec(list)?.[1];
  while (next && !order.includes(next)) {
    order.push(next);
    const tag = /<a\b[^>]*\srel="next"[^>]*>/.exec(pageHtml(next))?.[0];
    next = tag && /\shref="([^"]+)"/.exec(tag)?.[1];
  }
  return order;
}

describe('the PDF edition', () => {
  let info: string;
  let order: string[];
  let bookmarks: Bookmark[];
  let report: Report;
  beforeAll(() => {
    info = tool('pdfinfo', [PDF]);
    order = readingOrder();
    const read = readPdf(PDF, PAGE);
    bookmarks = read.bookmarks;
    // Not read, as on the site: the contents (the PDF's own), and from the first of the
    // colophon's parts that the site's check skips (data-fidelity="ignore") to the end.
    const ignored = [...pageHtml('/colofon/').matchAll(/data-fidelity="ignore"[^>]*>\s*<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]!.trim());
    const top = bookmarks.filter((b) => b.depth === 0).map((b) => b.title);
    const end = top.indexOf(ignored[0]!);
    expect(end, `the colophon's notes (“${ignored[0]}”) close the PDF`).toBeGreaterThan(0);
    const skipped = new Set([pdfText.contents, ...top.slice(end)]);
    const pages = pdfPages(read.blocks, bookmarks, (title) => skipped.has(title));
    // The fragments' lengths as the site plays them (the register's rule "fragmentlengte").
    pages[0]!.fragments = Object.assign({}, ...order.map((path) => fragmentLengths(pageHtml(path))));
    report = check({
      source: readFileSync(join(ROOT, 'tests/fixtures/publicatie/bron.txt'), 'utf8'),
      pages,
      entries: readEntries(readFileSync(join(ROOT, 'content/verbeteringen.yaml'), 'utf8')),
    });
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

  it('embeds every font it uses, and only the project’s: Noto Serif, Noto Sans and Typst’s own', () => {
    const rows = tool('pdffonts', [PDF]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row, row).toMatch(/\s(yes)\s+(yes|no)\s+yes\s+\d+\s+\d+$/);
      expect(row, row).toMatch(/^[A-Z]{6}\+(NotoSerif|NotoSans|NewCM)/);
    }
  });

  it('is typeset without the machine’s fonts, so every machine makes the same bytes', () => {
    // A family this machine has (fontconfig): the compiler must not know it.
    const family = tool('fc-list', [':', 'family']).split('\n').map((f) => f.split(',')[0]!.trim()).find((f) => f && !/^Noto (Serif|Sans)$/.test(f));
    expect(family, 'fc-list lists no font: install fonts-dejavu-core to test this').toBeTruthy();
    const compiler = typstCompiler(pdfFonts(), join(scratch, 'fonts'));
    const result = compiler.compile({ mainFileContent: `#set text(font: "${family}", fallback: false)\nTekst` });
    const warnings = JSON.stringify(result.takeWarnings()?.shortDiagnostics ?? []);
    expect(warnings).toContain(`unknown font family: ${family!.toLowerCase()}`);
  });

  it('has a running head on every page that goes on with a part, naming it, and none on a page where a part starts', () => {
    // pdftotext -layout: a page's first line is its running head ("title   Burgerinitiatieven en wijkteams") or its text.
    const pages = tool('pdftotext', ['-layout', PDF, '-']).split('\f').filter((page) => page.trim());
    const parts = bookmarks.filter((b) => b.depth === 0);
    let running = 0;
    for (let page = 2; page <= pages.length; page++) {
      const first = pages[page - 1]!.split('\n').find((line) => line.trim())!.trim().replace(/\s+/g, ' ');
      const current = parts.filter((b) => b.page <= page).at(-1)!;
      if (current.page === page) {
        expect(first, `page ${page}: “${current.title}” starts here`).not.toMatch(new RegExp(`${SITE_TITLE}$`));
      } else {
        expect(first, `page ${page}`).toBe(`${current.title} ${SITE_TITLE}`);
        running++;
      }
    }
    expect(running).toBeGreaterThan(5);
  });

  it('is the same PDF when a large edition typesets it in a worker thread', async () => {
    // An empty cache of its own: the worker typesets, it does not find the build's PDF.
    const saved = process.env['NJI_CACHE_DIR'];
    process.env['NJI_CACHE_DIR'] = join(scratch, 'worker-cache');
    try {
      const result = await pdfInWorker({ dist: DIST, options: { site: SITE, base: '/' } });
      expect(result.reused).toBe(false);
      expect(Buffer.from(result.bytes).equals(readFileSync(PDF))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['NJI_CACHE_DIR'];
      else process.env['NJI_CACHE_DIR'] = saved;
    }
  });

  it('has a bookmark for every chapter and story, in reading order', () => {
    const titles = order
      .filter((p) => /^\/(handreiking|verhalen)\//.test(p))
      .map((p) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(pageHtml(p))![1]!.replace(/<[^>]+>/g, '').replace(/\u00AD/g, '').trim());
    // Every chapter and story of content/ (an editor may add one): one page each in the reading order.
    const inContent = ['chapters', 'stories'].flatMap((dir) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.mdx')));
    expect(titles.length).toBe(inContent.length);
    expect(bookmarks.filter((b) => b.depth === 0).map((b) => b.title).filter((b) => titles.includes(b))).toEqual(titles);
  });

  it("every fragment's QR code decodes to its absolute address, also under a sub-path", async () => {
    const expected = order.flatMap((path) =>
      [...pageHtml(path).matchAll(/<fragment-player[^>]*data-share="([^"]+)"/g)].map((m) => new URL(m[1]!, SITE).href),
    );
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(await qrCodes(PDF, 'dist')).toEqual(expected);
    // dist-base/ (npm run build:base): SITE_URL and the base path.
    const based = expected.map((url) => url.replace(`${SITE}/`, `${SITE}${BASE_PATH}`));
    expect(await qrCodes(join(DIST_BASE, 'publicatie.pdf'), 'dist-base')).toEqual(based);
  });

  it('names each story on its cover as the printed cover does, the same words as the site’s cover', () => {
    // The site's cover: a card per story (StoryCard.astro), its heading and summary.
    const decode = (html: string) =>
      html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    const cards = [...pageHtml('/').matchAll(/<article class="story-card"[\s\S]*?<\/article>/g)].map(([card]) => ({
      title: decode(/class="card-title"[^>]*>\s*<a[^>]*>([\s\S]*?)<\/a>/.exec(card)![1]!),
      summary: decode(/class="summary"[^>]*>([^<]+)</.exec(card)![1]!),
    }));
    expect(cards).toHaveLength(readdirSync(join(ROOT, 'content/stories')).filter((f) => f.endsWith('.mdx')).length);
    // On the printed cover each story's heading is a line of its own, its summary beginning on the next
    // (its first words: an editor may correct the rest, with its record in the register).
    const lines = readFileSync(join(ROOT, 'tests/fixtures/publicatie/bron.txt'), 'utf8')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    for (const { title, summary } of cards) {
      const printed = lines.some((line, i) => line === title && summary.startsWith(lines[i + 1]!.split(' ').slice(0, 4).join(' ')));
      expect(printed, `“${title}” with its summary “${summary.slice(0, 40)}…” as printed`).toBe(true);
    }
    // The PDF's cover, its first page: the same headings, each followed by the address it links to.
    const cover = tool('pdftotext', ['-f', '1', '-l', '1', PDF, '-'])
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').split(` (${new URL(SITE).host}/`)[0]!.trim());
    expect(cover.filter((line) => cards.some((c) => c.title === line))).toEqual(cards.map((c) => c.title));
  });

  it('carries the publication as the site does: coverage ≥ 99 %', () => {
    expect(report.coverage, formatReport(report)).toBeGreaterThanOrEqual(0.99);
  });

  it('has no difference from the print that is not on the record, and shows every recorded one', () => {
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => `${f.hunk.page}: “${f.hunk.printedContext}” → “${f.hunk.editionContext}”`), formatReport(report)).toEqual([]);
    expect(report.stale.map((s) => `${s.entry.id}: ${s.place.printed}`), formatReport(report)).toEqual([]);
    expect(report.absent.map((a) => `${a.entry.id}: ${a.place.edition}`), formatReport(report)).toEqual([]);
  });
});
