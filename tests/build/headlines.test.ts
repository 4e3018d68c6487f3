/**
 * A story's headline is its printed heading, not a quotation: the print sets it
 * without quote marks, and nobody in the story says it in those words. No page,
 * social card or feed item of the built site may present it as a quote: no
 * quote marks around it, no <blockquote> or <q> around it. Quote marks or
 * italics that a style sheet adds are checked in Chromium
 * (tests/e2e/headlines.test.ts); the card template on its own in
 * tests/unit/social-card.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontMatter, storyFacts } from '../support/content';
import { builtFiles, builtPages, pageHtml } from '../support/site';
import { DIST } from '../support/paths';
import { decodeEntities } from '../../src/lib/html';
import { pngTexts } from '../../src/build/png-text';

// Every story of content/stories/: a new story's headline is held to the same rule.
const STORIES = storyFacts().map((s) => s.id);
const headlines = STORIES.map((id) => ({ id, headline: frontMatter(`content/stories/${id}.mdx`)['headline'] as string }));

/** Typographic quote marks, and the plain ones where they are text (not in markup or JSON syntax). */
const MARKS = '“”‘’„‚«»‹›';
const PLAIN = `"'`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each place where `text` stands with a quote mark right before or after it (white space between allowed). */
function markedAt(haystack: string, text: string, marks: string): string[] {
  const cls = `[${escape(marks)}]`;
  const re = new RegExp(`(${cls}\\s*)?${escape(text)}(\\s*${cls})?`, 'g');
  return [...haystack.matchAll(re)].filter((m) => m[1] || m[2]).map((m) => m[0]);
}

/**
 * A page's visible text: scripts and styles out, entities decoded, white space
 * folded. Inline tags (a mark in its own <span> still reads as one with the
 * words) vanish; any other tag ends a block, so a headline followed by a
 * paragraph that opens with a quote is not taken for a quoted headline.
 */
const INLINE = /<\/?(?:a|abbr|b|bdi|cite|em|i|mark|q|s|small|span|strong|sub|sup|u)\b[^>]*>/g;
const textOf = (html: string) =>
  decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(INLINE, '')
      .replace(/<[^>]+>/g, ' ¶ '),
  ).replace(/\s+/g, ' ');

describe('a story’s headline is a heading, never a quotation', () => {
  it('the stories have their headlines (so the checks below are not empty)', () => {
    expect(headlines.every((h) => h.headline.length > 10)).toBe(true);
  });

  it.each(headlines)('the story page of $id shows its headline as the subtitle of the h1, not as a quote', ({ id, headline }) => {
    const html = pageHtml(`/verhalen/${id}/`);
    const hgroup = /<hgroup\b[^>]*>([\s\S]*?)<\/hgroup>/.exec(html)?.[1] ?? '';
    expect(hgroup, 'the title and headline stand in one <hgroup>').toMatch(/<h1\b/);
    expect(textOf(hgroup)).toContain(headline);
  });

  it('no page has a headline in quote marks, in a <blockquote> or in a <q>', () => {
    const problems: string[] = [];
    for (const path of builtPages()) {
      const html = pageHtml(path);
      const text = textOf(html);
      for (const { headline } of headlines) {
        for (const hit of markedAt(text, headline, MARKS + PLAIN)) problems.push(`${path}: ${hit}`);
        for (const block of html.matchAll(/<(blockquote|q)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
          if (textOf(block[2]!).includes(headline)) problems.push(`${path}: <${block[1]}> around “${headline}”`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the cover and the stories overview show every headline, outside any quotation', () => {
    for (const path of ['/', '/verhalen/']) {
      const text = textOf(pageHtml(path));
      for (const { headline } of headlines) expect(text, `${path}: ${headline}`).toContain(headline);
    }
  });

  it('no other file of the site (feeds, search records, transcripts) puts a headline in quote marks', () => {
    const problems: string[] = [];
    for (const file of builtFiles().filter((f) => /\.(xml|json|vtt|txt|webmanifest|js)$/.test(f))) {
      const body = decodeEntities(readFileSync(join(DIST, file), 'utf8'));
      for (const { headline } of headlines) for (const hit of markedAt(body, headline, MARKS)) problems.push(`${file}: ${hit}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(headlines)('the social card of $id shows the headline without quote marks', ({ id, headline }) => {
    // The words a card shows ride along in its PNG (written from the card's data, og/kaarten.json, which the build removes).
    const words = pngTexts(readFileSync(join(DIST, `og/verhalen/${id}.png`)))['Description'] ?? '';
    expect(words.replace(/\s+/g, ' ')).toContain(headline);
    expect(markedAt(words.replace(/\s+/g, ' '), headline, MARKS + PLAIN)).toEqual([]);
  });
});
