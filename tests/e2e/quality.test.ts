/**
 * Quality gates in Chromium against the built site: zero axe-core violations
 * (WCAG 2.2 AA and best practice) in the states a reader creates (every page
 * at 390 and 1280 px, light and dark, with and without JavaScript: the sweep in
 * sweep-with-js.test.ts and sweep-without-js.test.ts), and the check itself
 * finds a planted violation; no Content-Security-Policy
 * violation or console error while listening and searching (while loading
 * every page: tests/engines/, in all three engines; every page's policy:
 * tests/build/headers.test.ts); every page reads and navigates without
 * JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/e2e';
import { axeViolations, rulesFor } from '../support/axe';
import { sweptPages } from '../support/sweep';

const site = useSite();
const pages = sweptPages();

/** Collects CSP violations, console errors and page errors from the moment the page opens. */
async function watched(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  return problems;
}

describe('axe: zero violations on every page', () => {
  it('the check itself finds a planted violation (an image without alt text, a nameless button)', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><button type="button"></button>');
    });
    const rules = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(rules).toContain('image-alt');
    expect(rules).toContain('button-name');
    await page.close();
  });

  // The sweep over every page: tests/e2e/sweep-with-js.test.ts and sweep-without-js.test.ts.
});

/** axe in the light scheme, then in the dark one, on the state the page is in (the dark scheme changes colours only). */
async function bothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axeViolations(page, { rules: rulesFor(colorScheme) })).map((v) => `${colorScheme}: ${v}`));
  }
  return found;
}

describe('axe: zero violations in the states a reader creates, light and dark', () => {
  it('a fragment playing with its transcript open', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/verhalen/open-leercentrum/'));
    const player = page.locator('#fragment-superblij');
    await player.locator('summary').click();
    await player.locator('.play').click();
    await expect.poll(() => player.evaluate((el) => (el as HTMLElement & { playbackState: string }).playbackState)).toBe('playing');
    await expect.poll(() => player.locator('.cue button[aria-current="true"]').count()).toBe(1);
    expect(await bothSchemes(page)).toEqual([]);
    await page.close();
  });

  it('the search dialog open with results and a filter', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.url('/'));
    await page.keyboard.press('Control+k');
    const dialog = page.locator('site-search dialog');
    await dialog.locator('.search-input').fill('Samira');
    await expect.poll(() => dialog.locator('.search-status').textContent()).toMatch(/resultaten voor ‘Samira’/);
    await dialog.getByRole('checkbox', { name: 'Verhaal' }).check();
    await expect.poll(() => dialog.locator('.search-status').textContent()).toMatch(/met filter/);
    expect(await bothSchemes(page)).toEqual([]);
    await page.close();
  });

  it('a recording that cannot be played', async () => {
    site.server.broken.add('/audio/fragmenten/oude-bakfiets.mp3');
    try {
      const page = await site.browser.newPage();
      await page.goto(site.url('/verhalen/jongeren-maken-de-stad/'));
      const player = page.locator('#fragment-oude-bakfiets');
      await player.locator('.play').click();
      await expect.poll(() => player.evaluate((el) => (el as HTMLElement & { playbackState: string }).playbackState)).toBe('error');
      expect(await bothSchemes(page)).toEqual([]);
      await page.close();
    } finally {
      site.server.broken.clear();
    }
  });
});

describe('Content-Security-Policy', () => {
  // Every page's load, in all three engines: tests/engines/ ("every page loads without console errors or CSP violations").
  it('playing and searching raise no violation and no console error', async () => {
    const page = await site.browser.newPage();
    const problems = await watched(page);
    await page.goto(site.url('/luisteren/'));
    const player = page.locator('fragment-player').first();
    await player.locator('summary').click();
    await player.locator('.play').click();
    await expect.poll(() => player.evaluate((el) => (el as HTMLElement & { playbackState: string }).playbackState)).toBe('playing');
    await player.locator('.rate').selectOption('1.5');
    await player.locator('.play').click();
    await page.keyboard.press('Control+k');
    await page.locator('site-search .search-input').fill('bakfiets');
    await expect.poll(() => page.locator('site-search .search-status').textContent()).toMatch(/voor ‘bakfiets’/);
    await page.goto(site.url('/zoeken/?q=Samira'));
    await expect.poll(() => page.locator('search-page .search-status').textContent()).toMatch(/voor ‘Samira’/);
    await page.goto(site.url('/rol/?antwoorden=ja,nee,ja'));
    await page.locator('role-guide[data-ready]').waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('every page reads fully and its navigation works', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    // Parts marked data-needs-js (the player's own controls, "Alles afspelen")
    // only work with JavaScript; without it the native player stands in.
    for (const path of pages) {
      await page.goto(site.url(path));
      const text = (await page.locator('main').innerText()).trim();
      if (text.length < 150) problems.push(`${path}: only ${text.length} characters of content`);
      const hidden = await page.locator('main p:not(.search-status):not(.status)').evaluateAll(
        (ps) => ps.filter((p) => p.textContent!.trim().length > 40 && (p as HTMLElement).offsetParent === null && !p.closest('details,dialog,[hidden],.visually-hidden,[data-needs-js]')).length,
      );
      if (hidden) problems.push(`${path}: ${hidden} paragraphs of text are not shown`);
    }
    await page.goto(site.url('/'));
    for (const label of ['Verhalen', 'Handreiking', 'Luisteren', 'Bronnen']) {
      await Promise.all([page.waitForURL(/\/(verhalen|handreiking|luisteren|bronnen)\/$/), page.locator('nav[aria-label="Hoofdmenu"]').getByRole('link', { name: label }).click()]);
      expect(await page.locator('h1').count()).toBe(1);
    }
    await page.goto(site.url('/handreiking/versterken-van-initiatieven/'));
    await Promise.all([page.waitForURL(/valkuilen\/$/), page.locator('a[rel="next"]').click()]);
    await context.close();
    expect(problems).toEqual([]);
  });
});
