/**
 * Screenshots for people to look at, and to compare before and after a change.
 *
 *   npm run build && npm run screenshots                 every page at 390 and 1280 px, light and dark,
 *                                                        the role guide's states, and pages without JavaScript,
 *                                                        into tests/artifacts/screenshots/
 *   npm run screenshots -- --out DIR                     into another folder
 *   npm run screenshots -- --dist DIR                    of another built site
 *   npm run screenshots -- --compare DIR                 then compare pixel by pixel with an earlier run
 *
 * A refactor that changes no pixel shows "all identical"; any other change is
 * listed by file, so it can be looked at. Not part of `npm test`: what a
 * screenshot shows needs eyes; the tests assert what can be asserted.
 */
import { mkdirSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { serveStatic } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { MOVED_PAGES } from '../src/lib/moved-pages.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = join(import.meta.dirname, '..');
const dist = option('--dist') ?? join(root, 'dist');
const out = option('--out') ?? join(root, 'tests', 'artifacts', 'screenshots');
const compare = option('--compare');

if (!existsSync(join(dist, 'index.html'))) {
  console.error('Geen gebouwde site in dist/. Eerst: npm run build');
  process.exit(1);
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [`/${relative(dist, path).replace(/index\.html$/, '')}`] : [];
  });
}

// Moved pages forward at once; the 404 page is shown for an unknown address.
const pages = htmlPages(dist)
  .filter((p) => !MOVED_PAGES.some((m) => m.from === p))
  .map((p) => (p === '/404.html' ? '/bestaat-niet/' : p))
  .sort();
const roleGuideStates = ['/rol/?situatie=behoefte', '/rol/?situatie=collectief-vraagstuk', '/rol/?situatie=geen'];
const withoutScripts = ['/', '/rol/', '/luisteren/', '/verhalen/jongeren-maken-de-stad/'];

const name = (path: string) => path.replace(/[/?=]+/g, '_').replace(/^_|_$/g, '') || 'omslag';

mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchBrowser();
let count = 0;
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const path of javaScriptEnabled ? [...pages, ...roleGuideStates] : withoutScripts) {
        await page.goto(server.origin + path, { waitUntil: 'load' });
        // Two frames: every script has run and its layout is painted.
        if (javaScriptEnabled) await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const file = `${name(path)}-${width}-${colorScheme}${javaScriptEnabled ? '' : '-zonder-js'}.png`;
        await page.screenshot({ path: join(out, file), fullPage: true, animations: 'disabled', caret: 'hide' });
        count++;
      }
      await context.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`${count} screenshots in ${relative(process.cwd(), out) || '.'}`);

if (compare) {
  const differ: string[] = [];
  for (const file of readdirSync(out).filter((f) => f.endsWith('.png')).sort()) {
    const other = join(compare, file);
    if (!existsSync(other)) {
      differ.push(`${file}: new`);
      continue;
    }
    const [a, b] = await Promise.all([join(out, file), other].map((f) => sharp(f).raw().toBuffer({ resolveWithObject: true })));
    if (a!.info.width !== b!.info.width || a!.info.height !== b!.info.height) {
      differ.push(`${file}: ${b!.info.width}×${b!.info.height} → ${a!.info.width}×${a!.info.height}`);
      continue;
    }
    let pixels = 0;
    for (let i = 0; i < a!.data.length; i += a!.info.channels) if (a!.data.compare(b!.data, i, i + a!.info.channels, i, i + a!.info.channels) !== 0) pixels++;
    if (pixels) differ.push(`${file}: ${pixels} pixels differ`);
  }
  console.log(differ.length ? differ.join('\n') : 'all identical');
  process.exitCode = differ.length ? 1 : 0;
}
