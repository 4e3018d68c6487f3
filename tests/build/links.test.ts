/**
 * Every link in the built site leads somewhere: internal pages, files and
 * #anchors exist, every src exists, and external links are well-formed.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from '../support/paths';
import { builtPages, pageHtml } from '../support/site';

const ATTRS = /\s(href|src|action|data-src|data-share|data-controller|data-ui)="([^"]*)"/g;
const pages = builtPages();
const idsCache = new Map<string, Set<string>>();

function fileFor(path: string): string | undefined {
  const file = join(DIST, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

function ids(pagePath: string): Set<string> {
  if (!idsCache.has(pagePath)) {
    const html = pageHtml(pagePath);
    idsCache.set(pagePath, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return idsCache.get(pagePath)!;
}

it('every internal link, file and anchor resolves; external links are well-formed', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = pageHtml(page).replace(/<script\b[\s\S]*?<\/script>/g, '');
    for (const [, attr, raw] of html.matchAll(ATTRS)) {
      const value = raw!.replace(/&amp;/g, '&');
      checked++;
      if (/^(mailto|tel):/.test(value)) continue;
      if (/^https?:\/\//.test(value)) {
        try {
          new URL(value);
        } catch {
          broken.push(`${page}: ${attr}="${value}" is not a valid address`);
        }
        continue;
      }
      if (value.startsWith('data:')) continue;
      const url = new URL(value, `http://site${page}`);
      const target = url.pathname;
      const file = fileFor(target);
      if (!file) {
        broken.push(`${page}: ${attr}="${value}" → ${target} does not exist`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && file.endsWith('.html')) {
        const targetPage = target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`;
        if (!ids(targetPage).has(hash)) broken.push(`${page}: ${attr}="${value}" → no id “${hash}” on ${targetPage}`);
      }
    }
  }
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});
