/**
 * The built site carries the whole publication: every content file has its
 * page or anchor, and previous/next walks the publication in order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths';
import { builtPages, pageHtml } from '../support/site';
import { MOVED_PAGES } from '../../src/lib/moved-pages';
import { PAGES, fixedPages } from '../../src/lib/pages';

const ids = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));

const frontMatterNumber = (folder: string, id: string, field: string) => {
  const text = readFileSync(join(ROOT, 'content', folder, `${id}.mdx`), 'utf8');
  return Number(new RegExp(`^${field}:\\s*(\\d+)`, 'm').exec(text)?.[1]);
};

const pages = builtPages();

describe('every content file becomes a page', () => {
  it.each(ids('stories'))('story %s', (id) => {
    expect(pages).toContain(PAGES.story.path(id));
  });
  it.each(ids('chapters'))('chapter %s', (id) => {
    expect(pages).toContain(PAGES.chapter.path(id));
  });
  it.each(ids('resources'))('resource %s has its anchor on /bronnen/', (id) => {
    expect(pageHtml('/bronnen/')).toContain(`id="${id}"`);
  });
  const fixed = fixedPages().map((p) => p.path);
  it('the fixed pages of the registry (src/lib/pages.ts) exist', () => {
    expect(fixed.length).toBeGreaterThan(5);
    for (const path of fixed) expect(pages).toContain(path);
  });
  it('nothing else is built', () => {
    const expected = new Set([
      ...fixed,
      ...ids('stories').map((id) => PAGES.story.path(id)),
      ...ids('chapters').map((id) => PAGES.chapter.path(id)),
      ...MOVED_PAGES.map((moved) => moved.from),
    ]);
    expect(pages.filter((p) => !expected.has(p))).toEqual([]);
  });
});

describe('the publication order is complete', () => {
  const chapters = ids('chapters').sort(
    (a, b) => frontMatterNumber('chapters', a, 'order') - frontMatterNumber('chapters', b, 'order'),
  );
  const stories = ids('stories').sort(
    (a, b) => frontMatterNumber('stories', a, 'order') - frontMatterNumber('stories', b, 'order'),
  );
  const expected = [
    ...chapters.map((id) => PAGES.chapter.path(id)),
    ...stories.map((id) => PAGES.story.path(id)),
    PAGES.resources.path,
    PAGES.colophon.path,
  ];

  it('following “Volgende” from the first chapter visits every page once, in order', () => {
    const visited: string[] = [];
    let current: string | undefined = expected[0];
    while (current && visited.length <= expected.length) {
      visited.push(current);
      current = /<a[^>]*href="([^"]+)"[^>]*rel="next"/.exec(pageHtml(current))?.[1];
    }
    expect(visited).toEqual(expected);
  });

  it('following “Vorige” walks back the same way', () => {
    const visited: string[] = [];
    let current: string | undefined = expected.at(-1);
    while (current && visited.length <= expected.length) {
      visited.push(current);
      current = /<a[^>]*href="([^"]+)"[^>]*rel="prev"/.exec(pageHtml(current))?.[1];
    }
    expect(visited).toEqual([...expected].reverse());
  });

  it('the cover lists the chapters in order', () => {
    // The contents list, not other links on the cover (the role guide links to chapters too).
    const html = pageHtml('/').split('id="inhoud-titel"')[1] ?? '';
    const positions = chapters.map((id) => html.indexOf(`href="/handreiking/${id}/"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('chapter order numbers run 1…n without gaps', () => {
    expect(chapters.map((id) => frontMatterNumber('chapters', id, 'order'))).toEqual(chapters.map((_, i) => i + 1));
  });
});

describe('every page is Dutch and has one h1', () => {
  it.each(pages)('%s', (path) => {
    const html = pageHtml(path);
    expect(html).toMatch(/<html[^>]*lang="nl"/);
    expect(html.match(/<h1[\s>]/g)?.length).toBe(1);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
  });
});

describe('no request to a third-party host', () => {
  it.each(pages)('%s loads only its own files', (path) => {
    const html = pageHtml(path);
    const loads = [...html.matchAll(/<(?:script|link|img|source|audio|video|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((u) => !/^<link[^>]*rel="canonical"/.test(u));
    const external = loads.filter((u) => /^(https?:)?\/\//.test(u) && !u.startsWith('https://www.nji.nl/'));
    expect(external).toEqual([]);
  });
});

describe('the built files carry nothing a reader never loads', () => {
  it('the search folder holds the index and Pagefind’s engine, not its ready-made interfaces', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    // The only wasm is the one pagefind-entry.json names; no worker (the UI runs Pagefind with noWorker).
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
    expect(files.filter((f) => f.endsWith('.pagefind'))).toEqual(Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`));
    expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(f))).toEqual([]);
  });

  it('every page links the same single stylesheet, so the first page warms the cache for all others', () => {
    const sheets = new Set<string>();
    for (const path of pages) {
      const links = [...pageHtml(path).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(links, path).toHaveLength(1);
      sheets.add(links[0]!);
    }
    expect([...sheets]).toHaveLength(1);
  });
});
