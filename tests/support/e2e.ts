/**
 * One served site and one browser per test file, closed afterwards. The
 * browser's `newPage()` reuses the file's closed tabs, reset (./page-pool).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { pagePool, type PagePool } from './page-pool';
import { serveStatic, type StaticServer } from './server';
import { DIST } from './paths';

export function useSite(root = DIST, base = '/') {
  const ctx = {} as { server: StaticServer; browser: Browser; url: (path: string) => string; pool: PagePool };
  let real: Browser | undefined;
  beforeAll(async () => {
    ctx.server = await serveStatic(root, base);
    real = await launchBrowser();
    ctx.pool = pagePool(real, () => ctx.server.origin);
    ctx.browser = ctx.pool.browser;
    const prefix = base.replace(/\/+$/, '');
    ctx.url = (path: string) => `${ctx.server.origin}${prefix}${path}`;
  });
  afterAll(async () => {
    await ctx.pool?.drain();
    await real?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/**
 * Serves every page as a browser without JavaScript shows it, in a context
 * where axe can still run (javaScriptEnabled: false stops axe as well):
 * documents lose their <script> elements and show their <noscript> content,
 * and `@media (scripting: enabled)` and `(scripting: none)` trade places in
 * the style sheets.
 */
export async function withoutScripts(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const type = route.request().resourceType();
    if (type !== 'document' && type !== 'stylesheet') return route.continue();
    // A connection the server closed as it was reused (ECONNRESET) is tried once more, as a browser does.
    const response = await route.fetch().catch((error: Error) => {
      if (!/ECONNRESET|socket hang up/.test(error.message)) throw error;
      return route.fetch();
    });
    let body = await response.text();
    if (type === 'document') body = body.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
    body = body.replace(/scripting:\s*(enabled|none)/g, (_, value: string) => `scripting: ${value === 'enabled' ? 'none' : 'enabled'}`);
    await route.fulfill({ response, body });
  });
}
