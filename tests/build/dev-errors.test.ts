/**
 * The bad inputs of bad-input.test.ts, in `npm run dev` on a copy of the
 * project, fetched over HTTP: each page answers with the Dutch message naming
 * the content file, the line and the field, and a link that opens the file —
 * not Astro's “An error occurred.”, not a path in node_modules or src/, and
 * not the stale page. Fixed, the page is back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeFixture, type Fixture } from '../support/fixture';
import { ROOT } from '../support/paths';

let fixture: Fixture;
let dev: ChildProcess;
let origin: string;
let log = '';

const withoutVitest = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));

/** A port nothing listens on. */
const freePort = () =>
  new Promise<number>((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });

/** The page's status and HTML once `until` holds (the dev server picks up saved files by itself). */
async function fetchUntil(path: string, until: (status: number, html: string) => boolean): Promise<{ status: number; html: string }> {
  const deadline = Date.now() + 60_000;
  let last = { status: 0, html: '' };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}${path}`);
      last = { status: response.status, html: await response.text() };
      if (until(last.status, last.html)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`${path}: still ${last.status} after 60 s\n${last.html.slice(0, 500)}\n${log}`);
}

beforeAll(async () => {
  fixture = makeFixture();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: fixture.dir,
    // Without Vitest's variables: with VITEST set, Astro's dev server leaves out its page handler.
    env: { ...withoutVitest(), NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', VITE_CACHE_DIR: join(fixture.dir, '.vite-cache'), ASTRO_CACHE_DIR: join(fixture.dir, '.astro-cache') },
  });
  dev.stdout?.on('data', (chunk: Buffer) => (log += chunk));
  dev.stderr?.on('data', (chunk: Buffer) => (log += chunk));
  await fetchUntil('/handreiking/valkuilen/', (status) => status === 200);
});

afterAll(() => {
  dev?.kill();
  fixture?.dispose();
});

const shownInDutch = (html: string) => {
  expect(html).toContain('<html lang="nl">');
  expect(html).toContain('er staat een fout in de inhoud');
  expect(html).not.toMatch(/An error occurred|node_modules|\/src\//);
};

it('a front-matter mistake (a number written as a word) replaces the page, with the file, the line and the field', async () => {
  fixture.edit('content/chapters/valkuilen.mdx', (t) => t.replace(/^order: .*$/m, 'order: "acht"'));
  const { status, html } = await fetchUntil('/handreiking/valkuilen/', (s) => s === 500);
  expect(status).toBe(500);
  shownInDutch(html);
  expect(html).toContain('content/chapters/valkuilen.mdx, regel 3');
  expect(html).toContain('<strong>content/chapters/valkuilen.mdx → veld “order”</strong>: verwacht een heel getal zonder aanhalingstekens');
  expect(html).toContain(`href="/__open-in-editor?file=${encodeURIComponent(join(fixture.dir, 'content/chapters/valkuilen.mdx:3'))}"`);
  fixture.edit('content/chapters/valkuilen.mdx', (t) => t.replace('order: "acht"', 'order: 7'));
  await fetchUntil('/handreiking/valkuilen/', (s) => s === 200);
});

it('a bad reference between entries (a story box for a story that does not exist)', async () => {
  fixture.edit('content/chapters/valkuilen.mdx', (t) => t.replace('story="jongeren-maken-de-stad"', 'story="jongeren-maken-stad"'));
  const { html } = await fetchUntil('/', (s, h) => s === 500 && h.includes('veld “story”'));
  shownInDutch(html);
  expect(html).toMatch(/<strong>content\/chapters\/valkuilen\.mdx:\d+ → veld “story”<\/strong>: “jongeren-maken-stad” is geen bekend verhaal\. Bedoel je “jongeren-maken-de-stad”\?/);
});
