/**
 * The PDF edition, part 1 (pure): the main content of a built page, as hast,
 * turned into Typst markup. What a reader of the page sees is what the paper
 * gets, with the same exclusions as the fidelity check (tools/fidelity/html.ts):
 * no scripts, controls, navigation, hidden or visually hidden text, closed
 * transcripts, the role guide (an interactive tool that quotes the chapters).
 * What paper needs instead:
 * - a link prints its absolute address after its text (the site's print
 *   stylesheet does the same);
 * - a fragment prints its quote, its length and a QR code with its absolute
 *   address, and the recording note while the recording is a stand-in;
 * - figure 1 is drawn by Typst (vector), a story box is kept on one page.
 * Parts marked `data-fidelity="ignore"` (the colophon's notes on the edition
 * and its register of changes) are handed back apart: they go to the end.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface ConvertOptions {
  /** The site's origin, e.g. "https://www.nji.nl": built links already carry the base path. */
  site: string;
  /** The page's own path, for links to an anchor on it. */
  path: string;
  /** Registers a fragment's absolute address; returns the Typst path of its QR image. */
  qr: (url: string) => string;
}

export interface Converted {
  /** The page's text as Typst markup. */
  body: string;
  /** Parts marked data-fidelity="ignore", in order, as Typst markup. */
  apart: string[];
}

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'svg', 'math', 'noscript', 'nav', 'button', 'select', 'textarea', 'input', 'label',
  'dialog', 'audio', 'video', 'iframe', 'object', 'canvas', 'role-guide', 'summary', 'page-toc',
]);
const SKIP_CLASSES = ['visually-hidden', 'sr-only', 'role-guide-wrap', 'no-print', 'toc-column', 'status', 'keys', 'cover-art', 'transcript'];

/** Typst markup for literal text: every ASCII punctuation mark escaped, whitespace collapsed, soft hyphens dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\\#*_`$<>@[\]~=+\-/'"{}.:;]/g, (c) => `\\${c}`);
}

/** A Typst string literal. */
export function str(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** The address as a reader types it: without "https://". */
export function readableAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

const classes = (el: Element): string[] => {
  const c = el.properties?.['className'];
  return Array.isArray(c) ? c.map(String) : c === undefined || c === null ? [] : String(c).split(/\s+/);
};
const prop = (el: Element, name: string): string | undefined => {
  const v = el.properties?.[name];
  return v === undefined || v === null || v === false ? undefined : Array.isArray(v) ? v.join(' ') : String(v);
};
const isEl = (n: RootContent | ElementContent | Root): n is Element => n.type === 'element';
const kids = (n: Element | Root): (RootContent | ElementContent)[] => n.children;

/** The plain text of an element, with the same exclusions. */
export function plainText(node: Element | Root): string {
  let out = '';
  for (const child of kids(node)) {
    if (child.type === 'text') out += child.value;
    else if (isEl(child) && !skipped(child)) out += (child.tagName === 'br' ? ' ' : '') + plainText(child);
  }
  return out.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
}

function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (prop(el, 'hidden') !== undefined || prop(el, 'ariaHidden') === 'true') return true;
  if (prop(el, 'dataFootnoteBackref') !== undefined) return true;
  const c = classes(el);
  return SKIP_CLASSES.some((s) => c.includes(s));
}

/** Finds the first descendant element that matches. */
export function find(node: Element | Root, test: (el: Element) => boolean): Element | undefined {
  for (const child of kids(node)) {
    if (!isEl(child)) continue;
    if (test(child)) return child;
    const deeper = find(child, test);
    if (deeper) return deeper;
  }
  return undefined;
}

export const byClass = (name: string) => (el: Element) => classes(el).includes(name);

const block = (markup: string) => `\n\n${markup.trim()}\n\n`;
const content = (markup: string) => `[${markup.trim()}]`;

export function convert(root: Element | Root, options: ConvertOptions): Converted {
  const apart: string[] = [];

  const absolute = (href: string): string => {
    const url = new URL(href, new URL(options.path, options.site));
    return url.href;
  };

  const inline = (node: Element | Root): string => kids(node).map(one).join('');

  function link(el: Element): string {
    const href = prop(el, 'href') ?? '';
    const text = inline(el);
    // A footnote number and a link to a place on the same page: the text alone.
    if (href.startsWith('#')) return text;
    const url = absolute(href);
    const shown = readableAddress(url);
    const label = plainText(el);
    const address = label === shown || label === url ? '' : ` #addr(${str(shown)})`;
    return `#link(${str(url)})${content(text)}${address}`;
  }

  function fragment(el: Element): string {
    const quote = find(el, (e) => e.tagName === 'blockquote');
    const who = find(el, byClass('who'));
    const note = find(el, byClass('recording-note'));
    const length = find(el, byClass('length'));
    const share = prop(el, 'dataShare') ?? `#${prop(el, 'id') ?? ''}`;
    const url = absolute(share);
    const image = options.qr(url);
    return block(
      `#fragment(colour: ${str(prop(el, 'dataColour') ?? '')}, quote: ${content(quote ? inline(quote) : '')}, ` +
        `who: ${str(who ? plainText(who) : '')}, length: ${str(length ? plainText(length) : '')}, ` +
        `note: ${str(note ? plainText(note) : '')}, url: ${str(url)}, address: ${str(readableAddress(url))}, qr: ${str(image)})`,
    );
  }

  function diagram(el: Element): string {
    const root = find(el, byClass('root'));
    const task = root ? find(root, byClass('task')) : undefined;
    const rootText = root ? plainText(root).replace(task ? plainText(task) : '', '').trim() : '';
    const branches = [] as string[];
    for (const branch of findAll(el, byClass('branch'))) {
      const approach = find(branch, byClass('approach'));
      const roles = findAll(branch, byClass('role')).map((r) => str(plainText(r)));
      branches.push(`(${str(approach ? plainText(approach) : '')}, (${roles.join(', ')}${roles.length === 1 ? ',' : ''}))`);
    }
    const caption = find(el, (e) => e.tagName === 'figcaption');
    return block(
      `#figure1(task: ${str(task ? plainText(task) : '')}, root: ${str(rootText)}, branches: (${branches.join(', ')}${branches.length === 1 ? ',' : ''}), ` +
        `label: ${str(prop(el, 'ariaLabel') ?? '')}, caption: ${caption ? content(inline(caption)) : 'none'})`,
    );
  }

  function table(el: Element): string {
    const rows = findAll(el, (e) => e.tagName === 'tr');
    const columns = Math.max(...rows.map((r) => kids(r).filter((c) => isEl(c) && (c.tagName === 'td' || c.tagName === 'th')).length));
    const cells = (row: Element) =>
      kids(row)
        .filter((c): c is Element => isEl(c) && (c.tagName === 'td' || c.tagName === 'th'))
        .map((c) => {
          const span = Number(prop(c, 'colSpan') ?? '1');
          return span > 1 ? `table.cell(colspan: ${span})${content(flow(c))}` : content(flow(c));
        });
    const head = rows.filter((r) => find(el, (e) => e.tagName === 'thead' && e.children.includes(r)));
    const body = rows.filter((r) => !head.includes(r));
    const header = head.length ? `table.header(${head.flatMap(cells).join(', ')}), ` : '';
    return block(`#register(columns: ${columns}, ${header}${body.flatMap(cells).join(', ')})`);
  }

  function list(el: Element, ordered: boolean): string {
    const items = kids(el)
      .filter((c): c is Element => isEl(c) && c.tagName === 'li' && !skipped(c))
      .map((li) => content(flow(li)));
    if (items.length === 0) return '';
    const start = Number(prop(el, 'start') ?? '1');
    return block(ordered ? `#enum(start: ${start}, ${items.join(', ')})` : `#list(${items.join(', ')})`);
  }

  /** Block content: paragraphs and blocks separated by blank lines. */
  function flow(node: Element | Root): string {
    return kids(node).map(one).join('').replace(/\n{3,}/g, '\n\n');
  }

  function one(node: RootContent | ElementContent): string {
    if (node.type === 'text') return escapeText(node.value);
    if (!isEl(node)) return '';
    const el = node;
    if (skipped(el)) return '';
    if (prop(el, 'dataFidelity') === 'ignore') {
      apart.push(flow(el));
      return '';
    }
    const c = classes(el);
    const tag = el.tagName;
    if (tag === 'fragment-player') return fragment(el);
    if (tag === 'figure' && c.includes('role-diagram')) return diagram(el);
    if (tag === 'div' && c.includes('story-box')) {
      const head = find(el, byClass('story-box-head'));
      const label = head ? find(head, byClass('label')) : undefined;
      const title = head ? find(head, (e) => e.tagName === 'a') : undefined;
      const body = find(el, byClass('story-box-body'));
      return block(
        `#storybox(colour: ${str(prop(el, 'dataColour') ?? '')}, label: ${str(label ? plainText(label) : '')}, ` +
          `title: ${str(title ? plainText(title) : '')})${content(body ? flow(body) : '')}`,
      );
    }
    if (c.includes('aside')) return block(`#aside${content(flow(el))}`);
    const level = /^h([1-6])$/.exec(tag);
    if (level) return block(`#heading(level: ${level[1]})${content(inline(el))}`);
    if (tag === 'p') {
      if (c.includes('kicker')) return block(`#kicker${content(inline(el))}`);
      if (c.includes('headline')) return block(`#headline${content(inline(el))}`);
      if (c.includes('lead')) return block(`#lead${content(inline(el))}`);
      return block(inline(el));
    }
    if (tag === 'ul') return list(el, false);
    if (tag === 'ol') return list(el, true);
    if (tag === 'table') return table(el);
    if (tag === 'dl' && c.includes('people')) {
      const people = findAll(el, (e) => e.tagName === 'div').map((d) => {
        const dt = find(d, (e) => e.tagName === 'dt');
        const dd = find(d, (e) => e.tagName === 'dd');
        return `(${str(dt ? plainText(dt) : '')}, ${str(dd ? plainText(dd) : '')})`;
      });
      return block(`#people(${people.join(', ')}${people.length === 1 ? ',' : ''})`);
    }
    if (tag === 'figure' || tag === 'blockquote') {
      const quote = tag === 'blockquote' ? el : find(el, (e) => e.tagName === 'blockquote');
      const caption = find(el, (e) => e.tagName === 'figcaption');
      return block(`#pullquote(${caption ? `who: ${content(inline(caption))}, ` : ''})${content(quote ? flow(quote) : flow(el))}`);
    }
    if (tag === 'section' && c.includes('footnotes')) return block(`#footnotes${content(flow(el))}`);
    if (tag === 'a') return link(el);
    if (tag === 'strong' || tag === 'b') return `#strong${content(inline(el))}`;
    if (tag === 'em' || tag === 'i') return `#emph${content(inline(el))}`;
    if (tag === 'sup') return `#super${content(inline(el))}`;
    if (tag === 'sub') return `#sub${content(inline(el))}`;
    if (tag === 'br') return '#linebreak()';
    if (tag === 'img') return '';
    return flow(el);
  }

  const body = flow(root);
  return { body, apart };
}

export function findAll(node: Element | Root, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const child of kids(node)) {
    if (!isEl(child)) continue;
    if (test(child)) out.push(child);
    else out.push(...findAll(child, test));
  }
  return out;
}
