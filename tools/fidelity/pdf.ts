/**
 * Fidelity check, the PDF edition (dist/publicatie.pdf, src/integrations/pdf.ts):
 * its text as the check reads a built page, so the PDF is held to the printed
 * publication with the same register as the site (tests/build/pdf.test.ts).
 *
 * Read with outside tools, once each: poppler's `pdftotext -bbox-layout` (the
 * words with their places, in poppler's blocks: a paragraph, a heading, a
 * label) and `qpdf --json` (the bookmarks and the page each opens on).
 * Debian: poppler-utils, qpdf.
 *
 * What is read, as on the site: the text area of each page (no running heads
 * or page numbers), cut into one part per chapter, story and page of the site
 * at its bookmark (each part's path is `/publicatie.pdf#page=N`, where it
 * starts). Not read: the parts the caller names (the contents, and the
 * edition's notes and register at the end, which the site's check skips too
 * as `data-fidelity="ignore"`), a list's bullet, a footnote's number (set
 * apart from its note, as the site's list marker), and the address a link prints
 * after its text, "(www.nji.nl/bronnen/)": the edition's apparatus, like the
 * site's lists of links.
 */
import { execFileSync } from 'node:child_process';
import type { SitePageText } from './check.ts';
import { decodeEntities } from './html.ts';

/** The text area of the PDF's pages, in points from the top (src/lib/pdf/template.ts, PAGE). */
export interface TextArea {
  top: number;
  bottom: number;
  height: number;
}

export interface PdfBlock {
  page: number;
  text: string;
}

export interface Bookmark {
  title: string;
  page: number;
  /** Nesting depth: 0 for a chapter, story or page of the site. */
  depth: number;
}

export function tool(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${command} niet gevonden — apt-get install poppler-utils qpdf`);
    throw error;
  }
}

/** The bookmarks in order, each with the page it opens (qpdf --json). */
export function bookmarks(file: string): Bookmark[] {
  interface Outline { title: string; destpageposfrom1: number | null; kids: Outline[] }
  const json = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: Outline[] };
  const out: Bookmark[] = [];
  const walk = (list: Outline[], depth: number) => {
    for (const o of list) {
      out.push({ title: o.title, page: o.destpageposfrom1 ?? 0, depth });
      walk(o.kids, depth + 1);
    }
  };
  walk(json.outlines, 0);
  return out;
}

const number = (attrs: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(attrs)?.[1]);

/**
 * Poppler's blocks of every page, in its reading order, inside the text area:
 * each block's lines joined with a space, or without one after a line that
 * ends in a word's hyphen (a long address broken at its hyphen).
 */
export function pdfBlocks(bboxHtml: string, area: TextArea): PdfBlock[] {
  const out: PdfBlock[] = [];
  const pages = bboxHtml.split(/<page\b/).slice(1);
  pages.forEach((page, p) => {
    for (const [, attrs, body] of page.matchAll(/<block([^>]*)>([\s\S]*?)<\/block>/g)) {
      const top = number(attrs!, 'yMin');
      const bottom = number(attrs!, 'yMax');
      // A large heading's glyph box reaches above the text area; the running head and page number lie well outside it.
      if (top < area.top - 20 || bottom > area.height - area.bottom + 12) continue;
      let text = '';
      const push = () => {
        if (text.trim()) out.push({ page: p + 1, text: text.trim() });
        text = '';
      };
      for (const [, line] of body!.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)) {
        const words = [...line!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((m) => decodeEntities(m[1]!));
        // A bullet starts a list item: a block of its own, as each <li> on the site.
        if (words[0] === '•') {
          push();
          words.shift();
        }
        const joined = words.join(' ');
        text += text === '' || /\p{L}-$/u.test(text) ? joined : ` ${joined}`;
      }
      push();
    }
  });
  return out;
}

/**
 * A paragraph that runs on over a page break is one block: the last block of
 * a page and the first of the next are joined when the one ends mid-sentence
 * (a small letter or a comma, not an address) or the other starts with a small letter.
 */
export function joinPages(blocks: PdfBlock[]): PdfBlock[] {
  const out: PdfBlock[] = [];
  blocks.forEach((block, i) => {
    const before = out[out.length - 1];
    const lastOfPage = before && blocks[i - 1]!.page === block.page - 1;
    const midSentence = before && /[\p{Ll},;]$/u.test(before.text) && !/[/#]\S*$/.test(before.text);
    if (before && lastOfPage && (midSentence || /^\p{Ll}/u.test(block.text))) {
      before.text += /\p{L}-$/u.test(before.text) ? block.text : ` ${block.text}`;
    } else out.push({ ...block });
  });
  return out;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** A link's printed address after its text: "(www.nji.nl/bronnen/)". */
const ADDRESS = /\s*\((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^()]*\)/g;

/**
 * The PDF's text as pages for the fidelity check: one per top-level bookmark
 * (and the cover before the first), without the parts named in `skip`.
 */
export function pdfPages(blocks: PdfBlock[], marks: Bookmark[], skip: (title: string) => boolean): SitePageText[] {
  const parts: { title: string; page: number; blocks: PdfBlock[] }[] = [{ title: '', page: 1, blocks: [] }];
  const starts = marks.filter((m) => m.depth === 0);
  let next = 0;
  blocks.forEach((block, i) => {
    const mark = starts[next];
    if (mark && block.page >= mark.page && same(block.text, mark.title)) {
      const part = { title: mark.title, page: block.page, blocks: [] as PdfBlock[] };
      // A kicker above the title, the first block of its page, goes with it ("Handreiking · hoofdstuk 2 van 7").
      const before = blocks[i - 1];
      if (before && before.page === block.page && blocks[i - 2]?.page !== block.page) part.blocks.push(parts[parts.length - 1]!.blocks.pop()!);
      parts.push(part);
      next++;
    }
    parts[parts.length - 1]!.blocks.push(block);
  });
  if (next < starts.length) throw new Error(`PDF: de kop van bladwijzer “${starts[next]!.title}” staat niet op blz. ${starts[next]!.page}`);
  return parts
    .filter((part) => !skip(part.title))
    .map((part) => ({
      path: `/publicatie.pdf#page=${part.page}`,
      blocks: joinPages(part.blocks)
        // A footnote's number stands apart, as the site's list marker, which the site's check does not read either.
        .filter((b) => !/^\d+$/.test(b.text))
        .map((b) => b.text.replace(ADDRESS, '').trim())
        .filter(Boolean),
    }));
}

/** The PDF's blocks and bookmarks, read once with pdftotext and qpdf; `pdfPages` makes pages for the check of them. */
export function readPdf(file: string, area: TextArea): { blocks: PdfBlock[]; bookmarks: Bookmark[] } {
  return { blocks: pdfBlocks(tool('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-']), area), bookmarks: bookmarks(file) };
}
