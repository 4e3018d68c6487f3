/**
 * Reading the built site in Chromium over HTTP, as a reader gets it: every
 * page answers, keyboard navigation works, the layout holds from 320 px, print
 * hides the chrome, and screenshots of each page type are kept for people.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e';
import { builtPages } from '../support/site';
import { MOVED_ANCHORS, MOVED_PAGES } from '../../src/lib/moved-pages';

const site = useSite();
// A moved page forwards at once; it has its own test below.
const pages = builtPages().filter((p) => p !== '/404.html' && !MOVED_PAGES.some((m) => m.from === p));

describe('every page', () => {
  it('answers 200 with one h1, lang="nl", no overflow, the whole menu in sight and no hyphenated heading at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      const response = await page.goto(site.url(path));
      if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // Every item of the main menu in sight, none hidden in a sideways scroll (320 px is less
        // than a 360 px phone with a classic 12 px scrollbar leaves).
        menu: [...document.querySelectorAll<HTMLElement>('.site-header nav a')]
          .filter((a) => { const r = a.getBoundingClientRect(); return r.left < 0 || r.right > document.documentElement.clientWidth || a.scrollWidth > a.clientWidth; })
          .map((a) => a.textContent!.trim())
          .concat([...document.querySelectorAll<HTMLElement>('.site-header nav ul')].filter((ul) => ul.scrollWidth > ul.clientWidth).map(() => '(the list scrolls)')),
        // No hyphenation in headings, titles and cards.
        hyphenated: [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, [class*="title"], .card, .card *')]
          .filter((el) => getComputedStyle(el).hyphens === 'auto')
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }));
      if (facts.menu.length) problems.push(`${path}: menu items cut off at 320px: ${facts.menu.join(', ')}`);
      if (facts.hyphenated.length) problems.push(`${path}: hyphens: auto on ${[...new Set(facts.hyphenated)].join(', ')}`);
      if (facts.lang !== 'nl') problems.push(`${path}: lang=${facts.lang}`);
      if (facts.h1 !== 1) problems.push(`${path}: ${facts.h1} h1 elements`);
      if (facts.overflow > 0) problems.push(`${path}: ${facts.overflow}px horizontal overflow at 320px`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('an unknown address answers 404 with a Dutch page and ways back', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.url('/bestaat-niet/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('bestaat niet');
    expect(await page.locator('main a[href="/verhalen/"]').count()).toBe(1);
    await page.close();
  });
});

describe('old addresses', () => {
  it.each([...MOVED_PAGES.map((m) => [m.from, m.to]), ...Object.entries(MOVED_ANCHORS)])(
    '%s leads the reader to %s',
    async (from, to) => {
      const page = await site.browser.newPage();
      await page.goto(site.url(from));
      await page.waitForURL(site.url(to));
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
      await page.close();
    },
  );
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/handreiking/stimuleren-van-initiatieven/'));
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.textContent()).resolves.toBe('Naar de inhoud');
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    // The next Tab continues inside the content, not in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });

  it('the main navigation is reached by Tab and followed with Enter', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push((await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '');
      if (reached.at(-1) === 'Bronnen') break;
    }
    expect(reached).toEqual([
      'Naar de inhoud',
      expect.stringContaining('Burgerinitiatieven en wijkteams'),
      'Verhalen',
      'Handreiking',
      'Luisteren',
      'Bronnen',
    ]);
    await Promise.all([page.waitForURL(/\/bronnen\/$/), page.keyboard.press('Enter')]);
    await expect(page.locator('nav[aria-label="Hoofdmenu"] a[aria-current="page"]').textContent()).resolves.toBe('Bronnen');
    await page.close();
  });

  it('previous and next lead through the publication', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/handreiking/weten-wat-er-speelt/'));
    await page.locator('a[rel="next"]').focus();
    await Promise.all([page.waitForURL(/individuele-zorg-of-gemeenschapsvorming\/$/), page.keyboard.press('Enter')]);
    await page.locator('a[rel="prev"]').focus();
    await Promise.all([page.waitForURL(/weten-wat-er-speelt\/$/), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Weten wat er speelt');
    await page.close();
  });
});

describe('on-page contents', () => {
  it('marks the section being read', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url('/verhalen/buurt-in-bloei/'));
    const links = page.locator('page-toc a');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    // Before any scrolling, the first section is the current one.
    await expect.poll(() => links.first().getAttribute('aria-current')).toBe('true');
    const third = links.nth(2);
    const target = decodeURIComponent((await third.getAttribute('href'))!.slice(1));
    await third.click();
    await expect.poll(() => page.evaluate(() => location.hash.slice(1))).toBe(encodeURIComponent(target).replace(/%2D/g, '-'));
    await expect.poll(() => third.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('page-toc a[aria-current="true"]').count()).toBe(1);
    // A jump over several sections at once (to the last) still marks the right one.
    const last = links.last();
    await last.click();
    await expect.poll(() => last.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('page-toc a[aria-current="true"]').count()).toBe(1);
    await page.close();
  });

  it('is open beside the text on a wide screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url('/handreiking/stimuleren-van-initiatieven/'));
    const details = page.locator('page-toc details');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('is a closed disclosure above the text on a phone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.url('/verhalen/buurt-in-bloei/'));
    const details = page.locator('page-toc details');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('page-toc summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });
});

describe('nothing moves while a page loads', () => {
  // A phone is emulated with a CPU four times slower than this machine, which
  // makes a paint before the scripts run likely: that is when script-made
  // layout changes shift the text. A desktop runs at full speed.
  // Every page type, and each page where a script enhances the HTML (contents
  // list, players, play-all, role guide, search page).
  const paths = [
    '/',
    '/verhalen/buurt-in-bloei/',
    '/handreiking/stimuleren-van-initiatieven/',
    '/handreiking/de-rol-van-de-wijkprofessional/',
    '/bronnen/',
    '/luisteren/',
    '/rol/',
    '/zoeken/',
  ];
  /** The layout shifts of one load, each with its moved elements and their boxes before → after. */
  async function shiftsOnLoad(path: string, width: number): Promise<string[]> {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: width < 600 ? 4 : 1 });
    await page.goto(site.url(path), { waitUntil: 'load' });
    const shifts = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          type Rect = { x: number; y: number; width: number; height: number };
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: Rect; currentRect: Rect }[] };
          const box = (r: Rect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          const found: string[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Shift[]) {
              if (entry.hadRecentInput) continue;
              const nodes = (entry.sources ?? []).map(
                (s) => `${s.node instanceof Element ? s.node.className || s.node.tagName : '?'} ${box(s.previousRect)} → ${box(s.currentRect)}`,
              );
              found.push(`${entry.value.toFixed(3)} (${nodes.join(', ')})`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // Two frames after load: every script has run and its layout is painted.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(found)));
        }),
    );
    await page.close();
    return shifts;
  }

  it.each(paths.flatMap((path) => [390, 1280].map((width) => [path, width] as const)))(
    '%s has no layout shift at %i px',
    async (path, width) => {
      const first = await shiftsOnLoad(path, width);
      // A shift a script makes comes back on every load (the slowed phone CPU makes the
      // paint before the script the rule). Once, in a CI run beside a fixture build,
      // a 0.001 shift of the header's right side came and did not come back: a shift
      // only one of two loads shows is reported, and not counted as the page's.
      const second = first.length ? await shiftsOnLoad(path, width) : [];
      if (first.length && !second.length) console.warn(`${path} at ${width} px: once, not again: ${first.join('; ')}`);
      expect(second).toEqual([]);
    },
  );
});

describe('print', () => {
  it('hides navigation and shows where links go', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/handreiking/de-rol-van-de-wijkprofessional/'));
    expect(await page.locator('.pdf-download').first().isVisible(), 'the download link is on screen').toBe(true);
    await page.emulateMedia({ media: 'print' });
    // The PDF's download link under the title (a chapter's print path) is for the screen: paper is the PDF's own job.
    for (const selector of ['body > header', 'body > footer', '.prev-next', 'page-toc', '.pdf-download']) {
      const visible = await page.locator(selector).first().isVisible().catch(() => false);
      expect(visible, selector).toBe(false);
    }
    // The link in the running text (the role guide in this chapter links there too).
    const link = page.locator('.prose > p > a[href*="/bronnen/#impact-in-de-wijk"]');
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/bronnen/#impact-in-de-wijk');
    await page.close();
  });
});
