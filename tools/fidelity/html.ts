/**
 * Fidelity check, part 2: the text a reader sees in the main content of a
 * built page, as a list of blocks (paragraphs, headings, list items, …).
 *
 * Only what is inside <main> counts, and inside it not:
 * - code and markup that is not text: script, style, template, svg, noscript;
 * - the edition's controls and navigation: nav, button, form fields, dialog,
 *   audio/video, anything `hidden` or `aria-hidden="true"`, visually hidden
 *   text for screen readers (class visually-hidden or sr-only);
 * - the content of a closed <details> (a transcript), apart from its summary;
 * - navigation lists: a list item whose whole text is one link (the
 *   chapter list on the cover, "Lees verder" links), and a footnote's link
 *   back to the text (↩);
 * - anything marked `data-fidelity="ignore"`: the edition's own apparatus that
 *   quotes the publication, such as the colophon's table of corrections. A
 *   quote there must not stand in for the text where the reader reads it.
 * The role guide (`role-guide`) is skipped for the same reason: it quotes the
 * role chapter.
 *
 * The built HTML is valid (tests/build/html.test.ts), so a small tokenizer is
 * enough; it is not a general HTML parser.
 */

export interface PageText {
  /** The page's URL path, e.g. "/verhalen/buurt-in-bloei/". */
  path: string;
  /** Visible text of the main content, one string per block, in document order. */
  blocks: string[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'svg', 'math', 'noscript', 'nav', 'button', 'select', 'textarea', 'input',
  'dialog', 'audio', 'video', 'iframe', 'object', 'canvas', 'role-guide',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br', 'caption', 'fragment-player',
]);
const SKIP_CLASSES = ['visually-hidden', 'sr-only', 'role-guide-wrap'];
/** Inline elements that can sit against a word (a footnote number: wijkteam<sup><a>1</a></sup>); any other tag separates words. */
const GLUE = new Set(['sup', 'sub', 'wbr', 'a']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD' };

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(pattern)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

function skipped(tag: string, attrs: Map<string, string>): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (attrs.has('hidden') || attrs.get('aria-hidden') === 'true') return true;
  if (attrs.get('data-fidelity') === 'ignore' || attrs.has('data-footnote-backref')) return true;
  const classes = (attrs.get('class') ?? '').split(/\s+/);
  return SKIP_CLASSES.some((c) => classes.includes(c));
}

/** The visible blocks of text inside <main> of one HTML document. */
export function mainText(html: string): string[] {
  const blocks: string[] = [];
  let current = '';
  // Text of the current block outside links, and the element that opened it.
  let unlinked = '';
  let blockTag = '';
  let linkDepth = 0;
  const flush = (next = '') => {
    const text = current.replace(/\s+/g, ' ').trim();
    const navigation = blockTag === 'li' && !unlinked.trim() && text !== '';
    if (text && !navigation) blocks.push(text);
    current = '';
    unlinked = '';
    blockTag = next;
  };
  // Open elements: tag name, and whether it hides its content.
  const stack: { tag: string; skip: boolean; item?: number; open: boolean }[] = [];
  let inMain = false;
  let hiddenDepth = 0;
  const pattern = /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|[^<]+|</g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(html))) {
    const [whole, closing, opening, rest] = m;
    if (opening) {
      const tag = opening.toLowerCase();
      const selfClosing = /\/\s*$/.test(rest ?? '');
      if (RAW.has(tag) && !selfClosing) {
        // Jump over the raw text to its end tag.
        const end = html.toLowerCase().indexOf(`</${tag}`, pattern.lastIndex);
        pattern.lastIndex = end < 0 ? html.length : end;
        if (inMain && BLOCK.has(tag)) flush();
        continue;
      }
      if (tag === 'main') inMain = true;
      if (!inMain) continue;
      if (BLOCK.has(tag) && hiddenDepth === 0) flush(tag);
      else if (!GLUE.has(tag)) current += ' ';
      if (VOID.has(tag) || selfClosing) continue;
      const attrs = attributes(rest ?? '');
      const parentTag = stack[stack.length - 1]?.tag;
      // A closed <details> shows only its summary.
      const skip = skipped(tag, attrs) || (parentTag === 'details' && tag !== 'summary' && !stack[stack.length - 1]!.open);
      if (tag === 'a') linkDepth++;
      const parent = stack[stack.length - 1];
      // An ordered list's numbers are visible text: "1. Breng in kaart …".
      const item = tag === 'ol' ? Number(attrs.get('start') ?? '1') : undefined;
      stack.push({ tag, skip, ...(item === undefined ? {} : { item }), open: attrs.has('open') });
      if (skip) hiddenDepth++;
      if (tag === 'li' && parent?.tag === 'ol' && parent.item !== undefined && hiddenDepth === 0) {
        current += `${parent.item}. `;
        parent.item++;
      }
    } else if (closing) {
      const tag = closing.toLowerCase();
      if (!inMain) continue;
      // Close up to the matching open element.
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) {
        for (const element of stack.splice(at)) {
          if (element.skip) hiddenDepth--;
          if (element.tag === 'a') linkDepth--;
        }
      }
      if (BLOCK.has(tag) && hiddenDepth === 0) flush();
      else if (!GLUE.has(tag)) current += ' ';
      if (tag === 'main') {
        flush();
        inMain = false;
      }
    } else if (inMain && hiddenDepth === 0 && !whole.startsWith('<!')) {
      current += decodeEntities(whole);
      if (linkDepth === 0) unlinked += decodeEntities(whole);
    }
  }
  flush();
  return blocks;
}
