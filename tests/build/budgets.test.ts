/**
 * Size budgets on the built files, gzip as a host sends them: JavaScript
 * before any interaction ≤ 2 KB on every page; a story page's first load
 * (HTML + CSS + JS, no images) ≤ 30 KB; the player's code on first play
 * ≤ 15 KB. A failure names the page and the files.
 *
 * JavaScript is counted as a browser gets it: every script element in the
 * page, inline or fetched, and every module a module script imports
 * statically; an inline script gzipped on its own with its tag, a fetched one
 * as its tag plus its file, each file gzipped on its own. Code loaded later
 * (src/browser/lazy.ts) is not counted here, except the player's below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths';
import { builtPages, pageHtml } from '../support/site';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (url: string) => readFileSync(join(DIST, url.split(/[?#]/)[0]!));
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g;

/** A module and everything it imports statically, as the browser fetches them before anything happens. */
function moduleGraph(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  for (const [, spec] of read(url).toString().matchAll(STATIC_IMPORT)) {
    moduleGraph(new URL(spec!, `http://site${url}`).pathname, seen);
  }
  return seen;
}

interface Sized {
  url: string;
  bytes: number;
}

/** Script elements that run: no type, a JavaScript type or "module" (not JSON data blocks). */
const RUNS = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

/** Every script before any interaction: inline ones with their tag, fetched ones as tag plus files. */
function scriptsBeforeInteraction(html: string): Sized[] {
  const files = new Set<string>();
  const items: Sized[] = [];
  let n = 0;
  for (const [tag, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!RUNS.test(/\stype="([^"]*)"/.exec(attributes!)?.[1] ?? '')) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes!)?.[1];
    items.push({ url: src ? `<script src="${src}">` : `inline script ${++n}`, bytes: gz(tag!) });
    if (src) moduleGraph(src, files);
    else for (const [, spec] of code!.matchAll(STATIC_IMPORT)) moduleGraph(spec!, files);
  }
  return [...items, ...[...files].map((url) => ({ url, bytes: gz(read(url)) }))];
}

interface Load {
  html: number;
  css: Sized[];
  js: Sized[];
}

function firstLoad(page: string): Load {
  const html = pageHtml(page);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => ({ url: m[1]!, bytes: gz(read(m[1]!)) }));
  return { html: gz(html), css, js: scriptsBeforeInteraction(html) };
}

const total = (items: { bytes: number }[]) => items.reduce((sum, i) => sum + i.bytes, 0);
const list = (items: Sized[]) => items.map((i) => `${i.url} ${i.bytes} B`).join(', ');

describe('JavaScript before any interaction ≤ 2 KB gzip', () => {
  it('counts inline and fetched scripts with their tags', () => {
    const counted = scriptsBeforeInteraction('<script>a()</script><script type="application/ld+json">{}</script>');
    expect(counted).toEqual([{ url: 'inline script 1', bytes: gz('<script>a()</script>') }]);
  });

  it.each(builtPages())('%s', (page) => {
    const { js } = firstLoad(page);
    expect(total(js), `${page} loads ${list(js)}`).toBeLessThanOrEqual(2048);
  });
});

describe('a story page’s first load ≤ 30 KB gzip', () => {
  it.each(builtPages().filter((p) => /^\/verhalen\/[^/]+\/$/.test(p)))('%s', (page) => {
    const load = firstLoad(page);
    const sum = load.html + total(load.css) + total(load.js);
    expect(sum, `${page}: HTML ${load.html} B; CSS ${list(load.css)}; JS ${list(load.js)}`).toBeLessThanOrEqual(30 * 1024);
  });
});

describe('the player’s code on first play ≤ 15 KB gzip', () => {
  it('the bundle the site script loads on a player’s first press', () => {
    const name = readdirSync(join(DIST, '_astro')).find((f) => /^player\.[\w-]+\.js$/.test(f));
    expect(name, 'no player bundle in dist/_astro').toBeTruthy();
    const url = `/_astro/${name}`;
    expect(pageHtml('/luisteren/'), 'the page does not name the player bundle').toContain(url);
    const files = moduleGraph(url);
    const bytes = [...files].reduce((sum, f) => sum + gz(read(f)), 0);
    expect(bytes, [...files].join(', ')).toBeLessThanOrEqual(15 * 1024);
  });
});
