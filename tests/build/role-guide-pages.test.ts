/**
 * The role guide on the built site: readers can find it (the guidance's
 * contents page and every page's footer link to /rol/), and it invents
 * nothing: every passage it quotes stands word for word in the publication's
 * text under the heading it names, outside the guide itself, and nothing gives
 * a verdict.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/paths';
import { builtPages, pageHtml } from '../support/site';

const ROLE_GUIDE = '/rol/';

const decode = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
/** The words of an HTML fragment on one line. */
const words = (html: string) =>
  decode(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;?!’)])/g, '$1')
    .replace(/([‘(]) /g, '$1')
    .trim();
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** A page's main text, without any role guide on it. */
const withoutGuide = (html: string) => main(html).replace(/<role-guide\b[\s\S]*?<\/role-guide>/g, '');

/** The text under the heading with this id: up to the next heading of the same or a higher level. */
function textUnder(pagePath: string, anchor: string): string {
  const html = withoutGuide(pageHtml(pagePath));
  if (!anchor) return words(html);
  const at = new RegExp(`<h([1-6])\\b[^>]*\\sid="${anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).exec(html);
  expect(at, `${pagePath} has a heading #${anchor}`).not.toBeNull();
  const rest = html.slice(at!.index + at![0].length);
  const next = new RegExp(`<h[1-${at![1]}]\\b`).exec(rest);
  return words(next ? rest.slice(0, next.index) : rest);
}

/** Every passage the guide on /rol/ quotes, with the source its caption links to. */
function quotes() {
  const html = main(pageHtml(ROLE_GUIDE));
  return [...html.matchAll(/<figure class="quote[^"]*"[^>]*>\s*<blockquote[^>]*>([\s\S]*?)<\/blockquote>\s*<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)].map(
    ([, quote, caption]) => ({ text: words(quote!), caption: words(caption!), href: decode(/href="([^"]+)"/.exec(caption!)?.[1] ?? '') }),
  );
}

describe('readers find the role guide', () => {
  it('the guidance’s contents page links to it, with the label that says it is the edition’s', () => {
    const html = main(pageHtml('/handreiking/'));
    const link = /<p class="role-guide-link[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(html);
    expect(link, 'a paragraph with the link to /rol/').not.toBeNull();
    expect(link![1]).toContain(`href="${ROLE_GUIDE}"`);
    expect(words(link![1]!)).toBe('Hulpmiddel bij deze digitale uitgave: Welke rol past bij jouw wijkteam?');
  });

  it('every page’s footer links to it', () => {
    const missing = builtPages().filter((page) => {
      const footer = /<footer class="site-footer[\s\S]*?<\/footer>/.exec(pageHtml(page))?.[0] ?? '';
      return !footer.includes(`href="${ROLE_GUIDE}"`);
    });
    expect(missing).toEqual([]);
  });
});

describe('the role guide invents nothing', () => {
  const found = quotes();

  it('quotes the role for each of the publication’s three questions, and one more passage', () => {
    expect(found.length).toBe(4);
    for (const q of found) expect(q.caption).toMatch(/^Uit de publicatie, bij ‘.+’$/);
  });

  it('every quoted passage stands word for word under the heading its caption names and links to', () => {
    const problems: string[] = [];
    for (const q of found) {
      const [path = '', anchor = ''] = q.href.split('#');
      const under = textUnder(path, decodeURIComponent(anchor));
      if (!under.includes(q.text)) problems.push(`${q.href}: “${q.text.slice(0, 80)}…”`);
      const heading = /‘(.+)’$/.exec(q.caption)?.[1];
      if (anchor) expect(words(pageHtml(path)), `${q.href} is headed “${heading}”`).toContain(heading);
    }
    expect(problems).toEqual([]);
  });

  it('every situation is a question of the publication, under the same heading', () => {
    const html = main(pageHtml(ROLE_GUIDE));
    const questions = [...html.matchAll(/<span class="situation-question[^"]*"[^>]*>([\s\S]*?)<\/span>/g)].map(([, q]) => words(q!));
    expect(questions).toHaveLength(3);
    const [path = '', anchor = ''] = found[0]!.href.split('#');
    const under = textUnder(path, decodeURIComponent(anchor));
    for (const q of questions) expect(under).toContain(q);
  });

  it('gives no verdict: no “Jouw rol: …” on any page, no “jouw rol” in the guide, figure 1 or the styles', () => {
    const verdicts = builtPages().filter((page) => {
      const html = pageHtml(page);
      const guides = [...html.matchAll(/<role-guide\b[\s\S]*?<\/role-guide>|<figure class="role-diagram[\s\S]*?<\/figure>/g)].map(([g]) => words(g));
      return /Jouw rol:/.test(words(html)) || guides.some((g) => /jouw rol/i.test(g));
    });
    const css = readdirSync(join(DIST, '_astro'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const styled = css.filter((f) => /jouw rol/i.test(readFileSync(join(DIST, '_astro', f), 'utf8')));
    expect([...verdicts, ...styled]).toEqual([]);
  });

  it('the guide says it belongs to the edition wherever it stands', () => {
    for (const page of ['/', ROLE_GUIDE, '/handreiking/de-rol-van-de-wijkprofessional/', '/handreiking/individuele-zorg-of-gemeenschapsvorming/']) {
      const html = main(pageHtml(page));
      if (!html.includes('<role-guide')) continue;
      expect(words(html), page).toContain('Hulpmiddel bij deze digitale uitgave');
    }
  });
});
