/** One served site and one browser per test file, closed afterwards. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './server';
import { DIST } from './paths';

export function useSite(root = DIST, base = '/') {
  const ctx = {} as { server: StaticServer; browser: Browser; url: (path: string) => string };
  beforeAll(async () => {
    ctx.server = await serveStatic(root, base);
    ctx.browser = await launchBrowser();
    const prefix = base.replace(/\/+$/, '');
    ctx.url = (path: string) => `${ctx.server.origin}${prefix}${path}`;
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
