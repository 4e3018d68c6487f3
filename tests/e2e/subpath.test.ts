/**
 * The site hosted under a sub-path (npm run build:base → dist-base/, base
 * /publicaties/burgerinitiatieven/): every internal link and asset carries the
 * base, and search, a result link, and a fragment work there.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e';
import { BASE_PATH, DIST_BASE } from '../support/paths';
import { builtPages, pageHtml } from '../support/site';

describe('hosted under a sub-path', () => {
  it('was built by npm test (npm run build:base)', () => {
    expect(existsSync(`${DIST_BASE}/index.html`), 'run npm run build:base').toBe(true);
  });

  it('every site-absolute link and asset in every page starts with the base', () => {
    const wrong: string[] = [];
    for (const path of builtPages(DIST_BASE)) {
      const html = pageHtml(path, DIST_BASE);
      for (const [, url] of html.matchAll(/\s(?:href|src|data-src|data-ui|data-bundle|data-controller|data-share|action)="(\/[^"]*)"/g)) {
        if (!url!.startsWith(BASE_PATH)) wrong.push(`${path}: ${url}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const site = useSite(DIST_BASE, BASE_PATH);

  it('search finds, and its result link opens the fragment, which plays', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url('/zoeken/?q=bakfiets'));
    await expect.poll(() => page.locator('search-page .search-status').textContent()).toMatch(/resultaten? voor ‘bakfiets’/);
    const link = page.locator('search-page .search-results a.result-link').first();
    const href = await link.getAttribute('href');
    expect(href).toBe(`${BASE_PATH}verhalen/jongeren-maken-de-stad/#fragment-oude-bakfiets`);
    await Promise.all([page.waitForURL(/#fragment-oude-bakfiets$/), link.click()]);
    const player = page.locator('#fragment-oude-bakfiets');
    await player.locator('.play').click();
    await expect.poll(() => player.evaluate((el) => (el as HTMLElement & { playbackState: string }).playbackState)).toBe('playing');
    // Its own clip, under the base.
    expect(site.server.requests.some((r) => r.path === `${BASE_PATH}audio/fragmenten/oude-bakfiets.mp3`)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a section result link and previous/next stay under the base', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/handreiking/valkuilen/'));
    const next = await page.locator('a[rel="next"]').getAttribute('href');
    expect(next?.startsWith(BASE_PATH)).toBe(true);
    const response = await page.goto(new URL(next!, site.server.origin).href);
    expect(response?.status()).toBe(200);
    await page.close();
  });
});
