/**
 * Every page's description (meta description, og:description and
 * twitter:description) fits what search engines and social sites show, about
 * 160 characters. On the pages that carry the publication's text (stories,
 * chapters, the resource list, the colophon: the ones marked
 * data-pagefind-body) it is the publication's own words: one or more whole
 * sentences of that page's text, not a rewrite.
 */
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX } from '../../src/lib/site';
import { builtPages, pageHtml } from '../support/site';

const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const meta = (html: string, attribute: 'name' | 'property', key: string) =>
  [...html.matchAll(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1]!));

/** The text blocks (paragraphs, headings, list items …) of the page's article, whitespace normalised. */
function articleBlocks(html: string): string[] {
  const article = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
  return decode(
    article
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<\/?(p|h[1-6]|li|div|section|header|footer|blockquote|figure|figcaption|summary|details|aside|ul|ol|dl|dd|dt|table|tr|td|th|br|nav)\b[^>]*>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** True when `sentences` stands in `block` from the start of a sentence to the end of one. */
function wholeSentencesOf(sentences: string, block: string): boolean {
  if (!/[.!?][’”)]?$/.test(sentences)) return false;
  for (let at = block.indexOf(sentences); at >= 0; at = block.indexOf(sentences, at + 1)) {
    const before = block.slice(0, at);
    const after = block.slice(at + sentences.length);
    if ((before === '' || /[.!?][’”)]? $/.test(before)) && (after === '' || after.startsWith(' '))) return true;
  }
  return false;
}

const pages = builtPages();

describe('page descriptions', () => {
  it.each(pages)('%s: one description of at most 160 characters, the same for search and sharing', (path) => {
    const html = pageHtml(path);
    const [description, ...more] = meta(html, 'name', 'description');
    expect(more, 'one meta description').toEqual([]);
    expect(description?.trim(), 'a description').toBeTruthy();
    expect([...description!].length, description).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(meta(html, 'property', 'og:description')).toEqual([description]);
    expect(meta(html, 'name', 'twitter:description')).toEqual([description]);
  });

  const publicationPages = pages.filter((path) => pageHtml(path).includes('data-pagefind-body'));

  it('the publication’s pages include every story and chapter page', () => {
    expect(publicationPages.filter((p) => p.startsWith('/verhalen/') && p !== '/verhalen/').length).toBeGreaterThanOrEqual(3);
    expect(publicationPages.filter((p) => p.startsWith('/handreiking/') && p !== '/handreiking/').length).toBeGreaterThan(0);
  });

  it.each(publicationPages)('%s: the description is whole sentences of the page’s own text', (path) => {
    const html = pageHtml(path);
    const description = meta(html, 'name', 'description')[0] ?? '';
    const blocks = articleBlocks(html);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.some((block) => wholeSentencesOf(description, block)), description).toBe(true);
  });
});

it('whole sentences: from a sentence start to a sentence end, nothing cut or added', () => {
  const block = 'Tot ontplooiing kunnen komen. Zodat iedereen mee kan doen. Wij spraken Wilma.';
  expect(wholeSentencesOf('Tot ontplooiing kunnen komen.', block)).toBe(true);
  expect(wholeSentencesOf('Zodat iedereen mee kan doen. Wij spraken Wilma.', block)).toBe(true);
  expect(wholeSentencesOf('iedereen mee kan doen.', block)).toBe(false);
  expect(wholeSentencesOf('Zodat iedereen mee kan doen', block)).toBe(false);
  expect(wholeSentencesOf('Zodat iedereen mee wil doen.', block)).toBe(false);
  expect(wholeSentencesOf('Wij spraken Wilma en Patrick.', block)).toBe(false);
});
