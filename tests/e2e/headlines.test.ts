/**
 * A story's headline as Chromium renders it: wherever a page shows it (the
 * story, the cover, the stories overview), no style sheet adds quote marks
 * (::before/::after), sets it in italics like a quotation, or puts it in a
 * <blockquote> or <q>. The print sets these headlines as headings. The markup
 * and the other files are checked in tests/build/headlines.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e';
import { frontMatter, storyFacts } from '../support/content';

const site = useSite();
const STORIES = storyFacts().map((s) => s.id);
const headlines = STORIES.map((id) => frontMatter(`content/stories/${id}.mdx`)['headline'] as string);
const PAGES = ['/', '/verhalen/', ...STORIES.map((id) => `/verhalen/${id}/`)];

describe('a story’s headline, as rendered', () => {
  it.each(PAGES)('%s shows its headlines upright, without added quote marks, outside any quotation', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url(path));
    const found = await page.evaluate((texts) => {
      const marks = /[“”‘’„‚«»‹›"']/;
      const out: { text: string; problems: string[] }[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main *')) {
        const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!texts.includes(own) || [...el.children].some((c) => (c.textContent ?? '').trim() === own)) continue;
        const problems: string[] = [];
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(el, pseudo).content;
          if (content !== 'none' && content !== 'normal' && marks.test(content.replace(/^"|"$/g, ''))) problems.push(`${pseudo} adds ${content}`);
        }
        for (let node: HTMLElement | null = el; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (node === el && style.fontStyle !== 'normal') problems.push(`font-style: ${style.fontStyle}`);
          if (/^(BLOCKQUOTE|Q)$/.test(node.tagName)) problems.push(`inside <${node.tagName.toLowerCase()}>`);
        }
        out.push({ text: own, problems });
      }
      return out;
    }, headlines);
    await page.close();
    // The cover and the overview show every story's; a story page its own, and maybe others' cards.
    const own = STORIES.indexOf(path.split('/')[2] ?? '');
    if (own >= 0) expect(found.map((f) => f.text)).toContain(headlines[own]);
    else expect(found.map((f) => f.text).sort()).toEqual([...headlines].sort());
    expect(found.filter((f) => f.problems.length > 0)).toEqual([]);
  });
});
