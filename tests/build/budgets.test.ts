/**
 * Size budgets on the built files, gzip as a host sends them: JavaScript
 * before any interaction ≤ 2 KB on every page; a story page's first load
 * (HTML + CSS + JS, no images) ≤ 30 KB; the player's code on first play
 * ≤ 15 KB. A failure names the page and the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths';
import { builtPages, pageHtml } from '../support/site';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (url: string) => readFileSync(join(DIST, url.split(/[?#]/)[0]!));

/** A module and everything it imports statically, as the browser fetches them before anything happens. */
function moduleGraph(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = read(url).toString();
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    moduleGraph(new URL(spec!, `http://site${url}`).pathname, seen);
  }
  return seen;
}

interface Load {
  html: number;
  css: { url: string; bytes: number }[];
  js: { url: string; bytes: number }[];
}

function firstLoad(page: string): Load {
  const html = pageHtml(page);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => ({ url: m[1]!, bytes: gz(read(m[1]!)) }));
  const files = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) moduleGraph(src!, files);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((code) => code.trim());
  for (const code of inline) {
    for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) moduleGraph(spec!, files);
  }
  const js = [
    ...[...files].map((url) => ({ url, bytes: gz(read(url)) })),
    ...inline.map((code, i) => ({ url: `inline script ${i + 1}`, bytes: gz(code) })),
  ];
  return { html: gz(html), css, js };
}

const total = (items: { bytes: number }[]) => items.reduce((sum, i) => sum + i.bytes, 0);
const list = (items: { url: string; bytes: number }[]) => items.map((i) => `${i.url} ${i.bytes} B`).join(', ');

describe('JavaScript before any interaction ≤ 2 KB gzip', () => {
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
  it('the bundle that <fragment-player> loads', () => {
    const url = /data-controller="([^"]+)"/.exec(pageHtml('/luisteren/'))?.[1];
    expect(url, 'no data-controller on /luisteren/').toBeTruthy();
    const files = moduleGraph(url!);
    const bytes = [...files].reduce((sum, f) => sum + gz(read(f)), 0);
    expect(bytes, [...files].join(', ')).toBeLessThanOrEqual(15 * 1024);
  });
});
