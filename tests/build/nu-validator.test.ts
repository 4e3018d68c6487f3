/**
 * Every built page passes the W3C Nu Html Checker (the validator behind
 * validator.w3.org/nu), run locally from the npm package vnu-jar: a second,
 * independent HTML parser next to html-validate (tests/build/html.test.ts).
 * It parses as browsers do, so it sees what html-validate does not, such as a
 * <script> emitted after </html> ("Stray start tag script").
 *
 * The stylesheet and the SVG files are checked in the same run (its CSS and
 * SVG checks). All pages go through one Java run (starting the JVM costs more than checking
 * twenty pages). Needs Java 11 or newer: `.ci/run` installs a headless JRE when
 * `java` is missing; here the test fails and says so rather than skipping.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/site';
import { DIST } from '../support/paths';

/** The path of vnu.jar inside the package (its main export is that path). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
}

/**
 * What counts. Errors (including a page the checker could not read) fail, and
 * so do warnings: there are none today, and each one the Nu checker gives is
 * advice worth following on a site this small. Plain "info" messages do not.
 *
 * One warning is left out, and only in one form: the checker evaluates each
 * page's Content-Security-Policy <meta> against the resources it loads. Read
 * from disk, a page's origin is file:, so the policy's 'self' never matches the
 * site's own /_astro/, /audio/ and /pagefind/ addresses, and every one of them is
 * reported as blocked. Served over HTTP they are allowed; the browser tests
 * (tests/e2e/quality.test.ts) record real CSP violations on every page. A
 * resource from another host (https://…) is not filtered and still fails here.
 */
const SITE_RESOURCE_BLOCKED_FROM_DISK = /^Resource violates Content Security Policy \(meta tag\): [^“]*“\/(?!\/)/;

function counts(m: NuMessage): boolean {
  if (m.type === 'error' || m.type === 'non-document-error') return true;
  if (m.type === 'info' && m.subType === 'warning') return !SITE_RESOURCE_BLOCKED_FROM_DISK.test(m.message);
  return false;
}

/**
 * Runs the checker once over the given files and returns its messages. Fails
 * with a clear message when there is no `java` on PATH.
 */
function runNu(files: string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--also-check-css', '--also-check-svg', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new Error(
              'The Nu Html Checker needs Java (11 or newer), and there is no `java` on PATH. ' +
                'Install a headless JRE, e.g. `apt-get install -y default-jre-headless` (.ci/run does this when java is missing).',
            ),
          );
          return;
        }
        if (error) {
          reject(new Error(`The Nu Html Checker did not run: ${error.message}\n${stderr}`));
          return;
        }
        try {
          resolve((JSON.parse(stdout) as { messages: NuMessage[] }).messages);
        } catch {
          reject(new Error(`The Nu Html Checker gave no JSON report:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

const pageFile = (path: string) => (path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));
const show = (m: NuMessage) => `${m.type}${m.subType ? `/${m.subType}` : ''} at ${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}: ${m.message}`;

/** The site's own stylesheets and SVG files (Pagefind's bundle is not ours to fix). */
const assets = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.(css|svg)$/.test(file) && !file.startsWith('pagefind'))
  .sort();

describe('the W3C Nu Html Checker', () => {
  const pages = builtPages();
  // A page with the defect this test was written for, checked in the same run:
  // proves the checker ran and still reports a <script> after </html>.
  const scratch = mkdtempSync(join(tmpdir(), 'nji-nu-'));
  const canary = join(scratch, 'stray-script.html');
  writeFileSync(
    canary,
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head><body><p>Tekst</p></body></html><script>1</script>\n',
  );
  // And a stylesheet and an SVG file with a defect each: proves its CSS and SVG checks ran on the assets.
  const cssCanary = join(scratch, 'unknown-property.css');
  writeFileSync(cssCanary, 'p {\n  colour: red;\n}\n');
  const svgCanary = join(scratch, 'unknown-attribute.svg');
  writeFileSync(svgCanary, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect wdth="1" height="1"/></svg>\n');
  let byFile = new Map<string, NuMessage[]>();

  beforeAll(async () => {
    const messages = await runNu([canary, cssCanary, svgCanary, ...pages.map(pageFile), ...assets.map((file) => join(DIST, file))]);
    byFile = new Map();
    for (const m of messages) {
      const file = m.url ? fileURLToPath(m.url) : '(no file)';
      byFile.set(file, [...(byFile.get(file) ?? []), m]);
    }
  }, 180_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs, and reports a <script> after </html> as an error', () => {
    expect((byFile.get(canary) ?? []).filter(counts).map((m) => m.message)).toContain('Stray start tag “script”.');
  });

  it('leaves out only the blocked-from-disk warning for the site’s own addresses', () => {
    const csp = (what: string) => ({ type: 'info' as const, subType: 'warning', message: `Resource violates Content Security Policy (meta tag): ${what} blocked by “script-src” directive.` });
    expect(counts(csp('external script “/_astro/page.js”'))).toBe(false);
    expect(counts(csp('external script “https://cdn.example.org/x.js”'))).toBe(true);
    expect(counts(csp('external script “//cdn.example.org/x.js”'))).toBe(true);
    expect(counts({ type: 'info', subType: 'warning', message: 'Section lacks heading.' })).toBe(true);
    expect(counts({ type: 'info', message: 'Trailing slash on void elements has no effect.' })).toBe(false);
  });

  it('reports nothing about files it was not given', () => {
    const given = new Set([canary, cssCanary, svgCanary, ...pages.map(pageFile), ...assets.map((file) => join(DIST, file))]);
    expect([...byFile.keys()].filter((file) => !given.has(file))).toEqual([]);
  });

  it.each(pages)('%s has no errors or warnings', (path) => {
    expect((byFile.get(pageFile(path)) ?? []).filter(counts).map(show)).toEqual([]);
  });

  it('checks the stylesheets and the SVG files too: it reports a defect in each kind, and is given the site’s', () => {
    expect((byFile.get(cssCanary) ?? []).filter(counts).map((m) => m.message).join('\n')).toMatch(/colour/);
    expect((byFile.get(svgCanary) ?? []).filter(counts).map((m) => m.message).join('\n')).toMatch(/wdth/);
    expect(assets.filter((file) => file.endsWith('.css')).length).toBeGreaterThan(0);
    expect(assets.filter((file) => file.endsWith('.svg')).length).toBeGreaterThan(0);
  });

  it.each(assets)('%s has no errors or warnings', (file) => {
    expect((byFile.get(join(DIST, file)) ?? []).filter(counts).map(show)).toEqual([]);
  });
});
