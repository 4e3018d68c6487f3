/**
 * Reads an MDX file once, the way the site's Markdown processor (Sätteri)
 * does, and lists everything the build checks and places, with line numbers
 * in the file: the components placed with their props, the links an editor
 * wrote, the images with their alt text, the headings, and sections whose
 * heading has no text under it. Code blocks and generated footnote links are
 * left out: a component written inside code is text, not a placement.
 */
import { mdxToHast } from 'satteri';
import type { PlacedComponent } from '../lib/publication/placements';

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
  /** Components with an upper-case name (<AudioFragment>, <StoryBox>), with their literal string props. */
  components: PlacedComponent[];
  links: MdxLink[];
  images: MdxImage[];
  /** `{…}` in the text: code to MDX, almost always meant as text by an editor. Comments ({/* … *\/}) are left out. */
  expressions: MdxExpression[];
  /** Every heading an editor wrote, in order. */
  headings: MdxSection[];
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
  const components: PlacedComponent[] = [];
  const headings: MdxSection[] = [];
  const links: MdxLink[] = [];
  const images: MdxImage[] = [];
  const expressions: MdxExpression[] = [];
  let lastLine = 1;

  const walk = (node: Node, line: number) => {
    const at = node.position?.start.line ?? line;
    lastLine = Math.max(lastLine, at);
    if (node.type === 'element') {
      if (node.tagName === 'pre' || node.tagName === 'code') return;
      const depth = headingDepth(node);
      // Generated headings (the footnotes' "Footnotes") have no place in the file.
      if (depth && node.position) headings.push({ heading: textOf(node).trim(), depth, line: at });
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
      if (/^[A-Z]/.test(name)) components.push({ name, props: literalProps(node), line: at });
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
  return { components, links, images, expressions, headings, emptySections };
}

/** The props written as plain strings (`id="x"`, `id='x'`); expressions and bare names are left out. */
function literalProps(node: Node): Record<string, string> {
  const props: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') props[a.name] = a.value;
  }
  return props;
}

function headingDepth(node: Node): number {
  const match = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName ?? '') : null;
  return match ? Number(match[1]) : 0;
}
