/** The deployment headers that ship with the build (dist/_headers). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePolicies } from '../../src/integrations/headers';
import { DIST } from '../support/paths';
import { builtPages, pageHtml } from '../support/site';

describe('dist/_headers', () => {
  const file = join(DIST, '_headers');
  it('exists', () => expect(existsSync(file)).toBe(true));
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const rule = (path: string) => text.split(/\n(?=\/)/).find((block) => block.startsWith(`${path}\n`)) ?? '';

  it('sends every page’s Content-Security-Policy as a header, with frame-ancestors', () => {
    const csp = /Content-Security-Policy: (.+)/.exec(rule('/*'))?.[1] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    for (const page of builtPages()) {
      const meta = /content-security-policy" content="([^"]+)"/.exec(pageHtml(page))?.[1]?.replace(/&#39;/g, "'") ?? '';
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(csp, `${page} ${hash}`).toContain(hash);
    }
  });

  it('every page carries a strict policy in its <meta> as well: no unsafe-inline or unsafe-eval, WebAssembly only, the site itself', () => {
    for (const page of builtPages()) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(pageHtml(page))?.[1]?.replace(/&#39;/g, "'");
      expect(csp, page).toBeTruthy();
      expect(csp, page).not.toContain('unsafe-inline');
      expect(csp, page).not.toContain("'unsafe-eval'");
      expect(csp, page).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(csp, page).toMatch(/style-src 'self'/);
      expect(csp, page).toMatch(/media-src 'self'/);
      expect(csp, page).toMatch(/default-src 'self'/);
    }
  });

  it('no sniffing, a referrer policy, long caching for hashed assets, short for the index, ranges for audio', () => {
    expect(rule('/*')).toContain('X-Content-Type-Options: nosniff');
    expect(rule('/*')).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(rule('/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
    expect(rule('/pagefind/*')).toMatch(/Cache-Control: public, max-age=\d{1,4}, must-revalidate/);
    expect(rule('/audio/*')).toContain('Accept-Ranges: bytes');
  });
});

it('merges policies: same directives, the union of their sources', () => {
  expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'"])).toBe(
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'",
  );
});
