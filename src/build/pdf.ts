/**
 * The PDF edition, build part: reads the built pages of `dist/` in the
 * publication's reading order (the cover's first chapter, then each page's
 * "next" link: chapters, stories, resources, colophon), converts their main
 * content to Typst (src/lib/pdf/), makes a QR code per fragment (`qrcode`,
 * PNG), and typesets with Typst (`@myriaddreamin/typst-ts-node-compiler`, a
 * native compiler in an npm package: no browser, tagged PDF by default).
 * The fonts come from npm packages, never from the machine (see
 * `typstCompiler`), and the PDF has no date: the same content gives the same bytes. The result is cached in
 * node_modules/.cache/nji-pdf/ under a hash of the Typst source, the QR
 * images and the compiler's version.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import QRCode from 'qrcode';
import { cacheDir, cachedFile } from './disk-cache';
import { byClass, convert, find, plainText, type Converted } from '../lib/pdf/typst';
import { typstDocument } from '../lib/pdf/template';
import { PUBLISHER, SITE_TITLE } from '../lib/site';

const require = createRequire(import.meta.url);

/** The fonts the PDF uses, from their npm packages (Noto Serif and Noto Sans, both in the site's font stacks). */
const FONT_FILES = [
  '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
];

export { PDF_FILE } from '../lib/pdf/facts';

/** The site's origin and base path: the PDF prints absolute addresses. */
export interface PdfOptions {
  site: string;
  base: string;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** The absolute address of every fragment, in the order of the PDF. */
  fragments: string[];
  reused: boolean;
}

/**
 * A built page's `<main>`. Only that part of the file is parsed: the head and
 * header are about two thirds of a page's bytes, and at 1,000 chapters
 * parsing whole pages took 2.6 s.
 */
function mainOf(file: string): Element {
  const html = readFileSync(file, 'utf8');
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  const main = start !== -1 && end > start ? find(fromHtml(html.slice(start, end + '</main>'.length), { fragment: true }), (el) => el.tagName === 'main') : undefined;
  if (!main) throw new Error(`${file}: geen <main>`);
  return main;
}

const htmlFile = (dist: string, base: string, path: string): string => {
  const rel = decodeURIComponent(path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, ''));
  return join(dist, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
};

/**
 * The pages after the cover, in reading order, by following each page's
 * "next" link from the cover's first chapter; each with its `<main>`, parsed
 * once and handed on, so a large edition is read page by page.
 */
function* walk(dist: string, base: string): Generator<{ path: string; main: Element }> {
  const cover = mainOf(join(dist, 'index.html'));
  const list = find(cover, byClass('chapter-list'));
  const first = list && find(list, (el) => el.tagName === 'a');
  if (!first) throw new Error('PDF: de omslag (index.html) heeft geen inhoudsopgave met hoofdstukken');
  const seen = new Set<string>();
  let next: string | undefined = String(first.properties['href']);
  // A loop in the "next" links ends the order (a set: looking it up in the list was quadratic in pages).
  while (next && !seen.has(next)) {
    seen.add(next);
    const main = mainOf(htmlFile(dist, base, next));
    yield { path: next, main };
    const link = find(main, (el) => el.tagName === 'a' && String(el.properties['rel'] ?? '').includes('next'));
    next = link ? String(link.properties['href']) : undefined;
  }
}

/** The addresses of the pages after the cover, in reading order. */
export const readingOrder = (dist: string, base: string): string[] => [...walk(dist, base)].map((page) => page.path);

/** Typst source and its images, from dist/. */
function pdfSource(dist: string, options: PdfOptions): { source: string; images: Map<string, string>; fragments: string[] } {
  const images = new Map<string, string>();
  // Each part numbers its own QR codes: the colophon is read last (it closes the reading order) but set first.
  const parts = { colophon: [] as string[], pages: [] as string[], cover: [] as string[] };
  const qrIn = (part: keyof typeof parts) => (url: string) => {
    const path = `/qr/${part === 'pages' ? '' : `${part}-`}${parts[part].length + 1}.png`;
    images.set(path, url);
    parts[part].push(url);
    return path;
  };
  const site = new URL(options.site).origin;
  const page = (path: string, main: Element, part: 'pages' | 'colophon' = 'pages'): Converted => convert(main, { site, path, qr: qrIn(part) });

  const coverMain = mainOf(join(dist, 'index.html'));
  const text = (test: (el: Element) => boolean) => {
    const el = find(coverMain, test);
    return el ? plainText(el) : '';
  };
  // The cover's own text and the story cards (their summaries are printed text), as on the site's cover.
  const homeText = find(coverMain, byClass('stories'));
  // One pass: each page is converted as it is read, and only the colophon's tree waits.
  let colophonPage: { path: string; main: Element } | undefined;
  const pages: Converted[] = [];
  for (const visited of walk(dist, options.base)) {
    if (!colophonPage && visited.path.endsWith('/colofon/')) colophonPage = visited;
    else pages.push(page(visited.path, visited.main));
  }
  const colophon = colophonPage ? page(colophonPage.path, colophonPage.main, 'colophon') : { body: '', apart: [] };
  // The edition's notes and the register close the PDF, their headings one level up.
  const end = [...colophon.apart, ...pages.flatMap((p) => p.apart)].map((markup) =>
    markup.replace(/#heading\(level: (\d)\)/g, (_, n: string) => `#heading(level: ${Math.max(1, Number(n) - 1)})`),
  );
  const source = typstDocument({
    title: SITE_TITLE,
    author: PUBLISHER,
    cover: {
      kicker: text(byClass('kicker')),
      title: text((el) => el.tagName === 'h1'),
      lead: text(byClass('cover-lead')),
      updated: text(byClass('updated')),
      // On the cover, before the first chapter, a heading of the home text is set as a heading but not tagged as one (PDF/UA: the first heading is a level 1).
      more: homeText ? convert(homeText, { site, path: options.base, qr: qrIn('cover') }).body.replace(/#heading\(level: \d\)/g, '#coverhead') : '',
      address: new URL(options.base, site).href.replace(/^https?:\/\//, ''),
    },
    colophon: colophon.body,
    pages: pages.map((p) => p.body),
    end,
  });
  return { source, images, fragments: [...parts.cover, ...parts.colophon, ...parts.pages] };
}

function compilerVersion(): string {
  const pkg = require.resolve('@myriaddreamin/typst-ts-node-compiler/package.json');
  return JSON.parse(readFileSync(pkg, 'utf8')).version as string;
}

type TypstModule = typeof import('@myriaddreamin/typst-ts-node-compiler');

/**
 * A Typst compiler that knows only the given fonts and Typst's own (New
 * Computer Modern), never the machine's: a system font of the same family
 * (Debian's fonts-noto-core has Noto Serif) would otherwise be chosen on one
 * machine and not on another, and the PDF's bytes would differ. The Node
 * compiler has no option for this yet (typst.ts issue 893, "expose controls
 * for system fonts"); it finds system fonts through fontconfig while it is
 * created, so for that moment FONTCONFIG_FILE names a configuration whose
 * only font folder does not exist.
 */
export function typstCompiler(fonts: Buffer[], scratchDir: string): InstanceType<TypstModule['NodeCompiler']> {
  // Loaded with require: a native module, and the build's module runner is closed by the time build:done runs.
  const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler') as TypstModule;
  mkdirSync(scratchDir, { recursive: true });
  const config = join(scratchDir, 'geen-systeemlettertypen.conf');
  writeFileSync(config, '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>/nji-pdf-geen-systeemlettertypen</dir></fontconfig>\n');
  const saved = process.env['FONTCONFIG_FILE'];
  process.env['FONTCONFIG_FILE'] = config;
  try {
    return NodeCompiler.create({ workspace: '/', fontArgs: [{ fontBlobs: fonts }] });
  } finally {
    if (saved === undefined) delete process.env['FONTCONFIG_FILE'];
    else process.env['FONTCONFIG_FILE'] = saved;
  }
}

/** The font files the PDF is set in. */
export const pdfFonts = (): Buffer[] => FONT_FILES.map((f) => readFileSync(require.resolve(f)));

/** Typesets the publication from dist/; reuses the cached PDF when nothing it is made from changed. */
export async function buildPdf(dist: string, options: PdfOptions): Promise<PdfResult> {
  const { source, images, fragments } = pdfSource(dist, options);
  const pngs = new Map<string, Buffer>();
  for (const [path, url] of images) {
    pngs.set(path, await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 4 }));
  }
  const fonts = pdfFonts();
  const hash = createHash('sha256').update(compilerVersion()).update(source);
  for (const [path, png] of pngs) hash.update(path).update(png);
  for (const font of fonts) hash.update(font);
  const key = hash.digest('hex').slice(0, 32);
  let pages = 0;
  const { bytes, reused } = await cachedFile('pdf', `${key}.pdf`, async () => {
    const compiler = typstCompiler(fonts, cacheDir('pdf'));
    for (const [path, png] of pngs) compiler.mapShadow(path, png);
    const result = compiler.compile({ mainFileContent: source });
    const doc = result.result;
    if (result.hasError() || !doc) {
      const error = result.takeError();
      const details = error ? JSON.stringify(error.shortDiagnostics, null, 1) : '';
      throw new Error(`PDF: Typst kon de publicatie niet zetten.\n${details}`);
    }
    pages = doc.numOfPages;
    return compiler.pdf(doc, { pdfStandard: 'ua-1' });
  });
  if (!pages) pages = countPages(bytes);
  return { bytes, pages, fragments, reused };
}

/** The page count of a PDF that Typst wrote (its page tree's /Count). */
function countPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return Math.max(0, ...counts);
}
