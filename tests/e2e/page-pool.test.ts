/**
 * The shared tabs of ../support/page-pool: a tab given back and handed out
 * again carries nothing of the test before it, and a tab that cannot be reset
 * is not reused. Each case sets something, gives the tab back and takes the
 * next one with the same options.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e';

const site = useSite();
const STORY = '/verhalen/jongeren-maken-de-stad/';

describe('a reused tab is as fresh as a new one', () => {
  it('reuses the tab, without the storage, cookies, listeners, routes, history, viewport or media the last test left', async () => {
    const before = site.pool.stats.reused;
    const first = await site.browser.newPage();
    await first.goto(site.url(STORY));
    await first.evaluate(() => {
      localStorage.setItem('pool', '1');
      sessionStorage.setItem('pool', '1');
      document.cookie = 'pool=1; path=/';
    });
    let heard = 0;
    first.on('console', () => heard++);
    await first.route('**/*.css', (route) => route.abort());
    await first.setViewportSize({ width: 390, height: 600 });
    await first.emulateMedia({ colorScheme: 'dark' });
    await first.goto(site.url('/'));
    await first.close();

    const next = await site.browser.newPage();
    expect(site.pool.stats.reused).toBe(before + 1);
    expect(next).toBe(first);
    await next.goto(site.url(STORY));
    expect(await next.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, history.length])).toEqual([0, 0, '', 1]);
    const heardBefore = heard;
    await next.evaluate(() => console.log('gehoord'));
    expect(heard).toBe(heardBefore);
    // The style sheet loads again: the route is gone.
    expect(await next.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0))).toBe(true);
    expect(next.viewportSize()).toEqual({ width: 1280, height: 720 });
    expect(await next.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    await next.close();
  });

  it('gives a context back with its options, and its page', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url(STORY));
    await page.setViewportSize({ width: 800, height: 800 });
    await context.close();
    const again = await site.browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 800 } });
    expect(again).toBe(context);
    const reused = await again.newPage();
    expect(reused).toBe(page);
    await reused.goto(site.url(STORY));
    expect(await reused.evaluate(() => [innerWidth, matchMedia('(prefers-color-scheme: dark)').matches])).toEqual([390, true]);
    await again.close();
  });

  it('never reuses a tab with an init script, or a context that held a second page', async () => {
    const scripted = await site.browser.newPage();
    await scripted.addInitScript(() => ((window as unknown as { planted: boolean }).planted = true));
    await scripted.close();
    const fresh = await site.browser.newPage();
    expect(fresh).not.toBe(scripted);
    await fresh.goto(site.url(STORY));
    expect(await fresh.evaluate(() => 'planted' in window)).toBe(false);
    await fresh.close();

    const context = await site.browser.newContext({ reducedMotion: 'reduce' });
    const [one, two] = [await context.newPage(), await context.newPage()];
    expect(two).not.toBe(one);
    await context.close();
    expect(await site.browser.newContext({ reducedMotion: 'reduce' })).not.toBe(context);
  });
});
