/**
 * Passages of the publication as a reader sees them: the words of an MDX
 * text without markup, the text under one heading, and whether a quoted
 * passage stands in a text word for word. The role guide's sources are
 * checked with these.
 */
import { slugify } from './slug';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The words of an MDX text as a reader sees them, on one line: without
 * components, link targets, emphasis marks, list and heading markers.
 */
export function plainText(mdx: string): string {
  return squash(
    mdx
      .split('\n')
      .filter((line) => !/^\s*(import|export)\s/.test(line) && !/^\s*<\/?[A-Za-z][^>]*>\s*$/.test(line))
      .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+)/, ''))
      .join('\n')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])/g, ''),
  );
}

/**
 * The text under a heading of an MDX text (to the next heading of the same or
 * a higher level), as plainText; the whole text when the heading is undefined;
 * '' when no heading has that slug.
 */
export function sectionText(mdx: string, heading?: string): string {
  if (heading === undefined) return plainText(mdx);
  const lines = mdx.split('\n');
  const start = lines.findIndex((l) => {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    return !!m && slugify(plainText(m[2]!)) === slugify(heading);
  });
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^(#{1,6})\s/.test(l) && /^#+/.exec(l)![0].length <= level);
  return plainText(lines.slice(start + 1, end < 0 ? undefined : end).join('\n'));
}

/** The first sentence of a passage that is not in the text word for word, or undefined when all are. */
export function missingSentence(passage: string, text: string): string | undefined {
  const whole = squash(passage);
  if (text.includes(whole)) return undefined;
  const sentences = whole.match(/[^.?!]+[.?!]*[’']?/g)?.map((t) => t.trim()).filter(Boolean) ?? [whole];
  return sentences.find((t) => !text.includes(t)) ?? whole;
}
