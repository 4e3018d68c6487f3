/**
 * Reads an MDX file the way the site's Markdown processor (Sätteri) does and
 * lists what the content checks need, with line numbers in the file: the
 * links an editor wrote, the images with their alt text, and sections whose
 * heading has no text under it. Code blocks and generated footnote links are
 * left out.
 */
import { mdxToHast } from 'satteri';
import { checkLink, type KnownPages } from '../lib/role-guide';
import { withBase } from '../lib/paths';

export interface MdxLink {
  href: string;
  line: number;
}

export interface MdxImage {
  src: string;
  /** The alt text; undefined when the image has none at all. */
  alt: string | undefined;
  line: number;
}

export interface MdxSection {
  /** The heading's text. */
  heading: string;
  depth: number;
  line: number;
}

export interface MdxExpression {
  /** What stands between the braces. */
  value: string;
  line: number;
}

export interface MdxScan {
  links: MdxLink[];
  images: MdxImage[];
  /** `{…}` in the text: code to MDX, almost always meant as text by an editor. Comments ({/* … *\/}) are left out. */
  expressions: MdxExpression[];
  /** Headings followed directly by a heading of the same or a higher level, or by the end of the text. */
  emptySections: MdxSection[];
}

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Components that show an image and take `alt` like <img>. */
const IMAGE_COMPONENTS = new Set(['img', 'Image', 'Picture']);

const attribute = (node: Node, name: string): { present: boolean; value: unknown } => {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return { present: !!attr, value: attr?.value };
};

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

export function scanMdx(source: string): MdxScan {
  const root = mdxToHast(source, { position: true }) as unknown as Node;
  const links: MdxLink[] = [];
  const images: MdxImage[] = [];
  const expressions: MdxExpression[] = [];
  let lastLine = 1;

  const walk = (node: Node, line: number) => {
    const at = node.position?.start.line ?? line;
    lastLine = Math.max(lastLine, at);
    if (node.type === 'element') {
      if (node.tagName === 'pre' || node.tagName === 'code') return;
      const props = node.properties ?? {};
      if (node.tagName === 'a' && typeof props['href'] === 'string' && !('dataFootnoteRef' in props) && !('dataFootnoteBackref' in props)) {
        links.push({ href: props['href'], line: at });
      }
      if (node.tagName === 'img') {
        images.push({ src: String(props['src'] ?? ''), alt: typeof props['alt'] === 'string' ? props['alt'] : undefined, line: at });
      }
    } else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const value = node.value ?? '';
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(value)) expressions.push({ value, line: at });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const target = attribute(node, 'href');
      if (typeof target.value === 'string') links.push({ href: target.value, line: at });
      if (IMAGE_COMPONENTS.has(name)) {
        const alt = attribute(node, 'alt');
        const src = attribute(node, 'src');
        images.push({
          src: typeof src.value === 'string' ? src.value : '{…}',
          // alt={expression}: computed, so count it as present.
          alt: !alt.present ? undefined : typeof alt.value === 'string' ? alt.value : '{…}',
          line: at,
        });
      }
    }
    for (const child of node.children ?? []) walk(child, at);
  };
  walk(root, 1);

  // Sections: top-level headings and what follows them until the next heading.
  const emptySections: MdxSection[] = [];
  const top = (root.children ?? []).filter(
    (n) => !(n.type === 'text' && !n.value?.trim()) && !(n.type === 'element' && n.tagName === 'section' && 'dataFootnotes' in (n.properties ?? {})),
  );
  top.forEach((node, i) => {
    const depth = headingDepth(node);
    if (!depth) return;
    const next = top[i + 1];
    const nextDepth = next ? headingDepth(next) : 0;
    if (!next || (nextDepth && nextDepth <= depth)) {
      emptySections.push({ heading: textOf(node).trim(), depth, line: node.position?.start.line ?? lastLine });
    }
  });
  return { links, images, expressions, emptySections };
}

function headingDepth(node: Node): number {
  const match = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName ?? '') : null;
  return match ? Number(match[1]) : 0;
}

/** What kind of link an editor wrote. */
export type LinkKind = 'external' | 'page' | 'anchor' | 'relative';

export function linkKind(target: string): LinkKind {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return 'external';
  if (target.startsWith('#')) return 'anchor';
  if (target.startsWith('/')) return 'page';
  return 'relative';
}

export interface LinkContext {
  /** The page the text appears on (with the base path), for links to #anchors on the same page. */
  page: string;
  /** The site's pages and their anchors, keyed with the base path. */
  pages: KnownPages;
  /** astro.config `base`: links may be written with or without it. */
  base: string;
  /** Whether a site path is a file rather than a page (a recording, the feed, something in public/). */
  isFile?: (path: string) => boolean;
}

/** Why a link an editor wrote does not lead anywhere on this site; undefined when it does (or leaves the site). */
export function linkProblem(target: string, { page, pages, base, isFile = () => false }: LinkContext): string | undefined {
  const resolve = (path: string) => withBase(path, base);
  switch (linkKind(target)) {
    case 'external':
      return undefined;
    case 'relative':
      return 'schrijf een link naar een pagina van deze site als pad vanaf het begin, met / ervoor, bijvoorbeeld /bronnen/ of /handreiking/valkuilen/.';
    case 'anchor':
      return checkLink(`${page}${target}`, pages, resolve);
    case 'page':
      return isFile(target) ? undefined : checkLink(target, pages, resolve);
  }
}
