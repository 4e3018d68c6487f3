/**
 * Tabs that a test file's tests share, each as fresh as a new one.
 *
 * `browser.newPage()` and `browser.newContext()` make a new context, and a new
 * context a renderer process of its own: on the 2-core machine 0.15–0.2 s of
 * CPU more than loading the page in a tab that is already open (30 tabs:
 * 17.2 s against 10.7 s). The e2e files open about 160. So `useSite()` hands
 * out a browser whose `newPage()` and `newContext()` give back a tab (with its
 * context) that an earlier test closed with the same options, after taking
 * away everything that test left behind:
 * - its listeners, routes, cookies, permissions, storage of every kind (local
 *   and session storage, IndexedDB, Cache Storage); the HTTP cache needs no
 *   clearing, as the test server sends every file with `no-cache`, so tests
 *   that count what a page fetches see every fetch;
 * - its document (the tab rests on an empty page of the same origin, so the
 *   page's own `pagehide` work is done before the storage is cleared) and its
 *   history, the back/forward cache with it;
 * - the viewport, emulated media and the mouse position it set.
 * What a reset cannot take away makes the tab close for real: an init script
 * or an exposed function, a second tab in its context, a crash.
 * `tests/e2e/page-pool.test.ts` proves each of these.
 */
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { BLANK_PATH } from './server';

interface Tab {
  page: Page;
  context: BrowserContext;
  cdp: CDPSession;
  options: BrowserContextOptions;
  /** Something was done to it that a reset cannot undo. */
  tainted: boolean;
  /** Given to a test and not yet given back. */
  out: boolean;
  /** The context's own close and newPage (the test's are the pool's). */
  closeContext: () => Promise<void>;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

export interface PagePool {
  /** The browser, with `newPage` and `newContext` served from the pool. */
  browser: Browser;
  /** How many tabs were handed out, and how many of those were reused. */
  stats: { handedOut: number; reused: number };
  /** Closes every tab it holds. */
  drain(): Promise<void>;
}

export function pagePool(browser: Browser, origin: () => string): PagePool {
  const idle = new Map<string, Tab[]>();
  const all = new Set<Tab>();
  const stats = { handedOut: 0, reused: 0 };

  const retire = async (tab: Tab) => {
    all.delete(tab);
    await tab.closeContext().catch(() => {});
  };

  /** Takes away everything the last test left; false when that cannot be done. */
  const reset = async (tab: Tab): Promise<boolean> => {
    const { page, context, cdp, options } = tab;
    if (tab.tainted || page.isClosed() || context.pages().length !== 1) return false;
    page.removeAllListeners();
    page.once('crash', () => (tab.tainted = true));
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto(`${origin()}${BLANK_PATH}`);
    // Session storage belongs to the tab, not to the origin's data.
    await page.evaluate(() => sessionStorage.clear());
    await cdp.send('Storage.clearDataForOrigin', { origin: origin(), storageTypes: 'all' });
    await context.clearCookies();
    await context.clearPermissions();
    await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    await page.emulateMedia({
      media: null,
      colorScheme: options.colorScheme ?? null,
      reducedMotion: options.reducedMotion ?? null,
      forcedColors: options.forcedColors ?? null,
    });
    await page.mouse.move(0, 0);
    return true;
  };

  /** The test is done with the tab: reset it for the next, or close it. */
  const giveBack = async (tab: Tab) => {
    if (!tab.out) return;
    tab.out = false;
    if (all.has(tab) && (await reset(tab).catch(() => false))) {
      const key = JSON.stringify(tab.options);
      idle.set(key, [...(idle.get(key) ?? []), tab]);
    } else {
      await retire(tab);
    }
  };

  const open = async (options: BrowserContextOptions): Promise<Tab> => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const closeContext = context.close.bind(context);
    const contextNewPage = context.newPage.bind(context);
    const tab: Tab = { page, context, cdp: await context.newCDPSession(page), options, tainted: false, out: false, closeContext: () => closeContext() };
    all.add(tab);
    for (const target of [page, context] as const) {
      for (const name of ['addInitScript', 'exposeFunction', 'exposeBinding'] as const) {
        const original = (target[name] as (...a: unknown[]) => Promise<unknown>).bind(target);
        (target as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          tab.tainted = true;
          return original(...args);
        };
      }
    }
    page.once('crash', () => (tab.tainted = true));
    page.close = async () => giveBack(tab);
    context.close = async () => giveBack(tab);
    // The context's first page is the tab; a second one is a real page, and the tab is not reused.
    context.newPage = async () => {
      if (!context.pages().includes(page) || tab.tainted) return contextNewPage();
      if (!handedPage.has(tab)) {
        handedPage.add(tab);
        return page;
      }
      tab.tainted = true;
      return contextNewPage();
    };
    return tab;
  };

  /**
   * The test's first page replaces the resting page in the history, as a new
   * tab's first page does its empty start: one entry, and nothing for Back.
   */
  const forgetRestingPage = (tab: Tab) => {
    const { page, cdp } = tab;
    const goto = page.goto;
    page.goto = async (...args) => {
      page.goto = goto;
      const response = await goto.apply(page, args);
      // A page that forwards at once (a moved address) may be navigating still: then its entries stay.
      await cdp.send('Page.resetNavigationHistory').catch(() => {});
      return response;
    };
  };

  /** Tabs whose page a test of the context kind has already taken by `context.newPage()`. */
  const handedPage = new WeakSet<Tab>();

  const take = async (options: BrowserContextOptions = {}): Promise<Tab> => {
    stats.handedOut++;
    let tab = idle.get(JSON.stringify(options))?.pop();
    if (tab) {
      stats.reused++;
      forgetRestingPage(tab);
    } else tab = await open(options);
    tab.out = true;
    handedPage.delete(tab);
    return tab;
  };

  const newPage = async (options?: BrowserContextOptions) => {
    const tab = await take(options);
    handedPage.add(tab);
    return tab.page;
  };
  const newContext = async (options?: BrowserContextOptions) => (await take(options)).context;

  const pooled = new Proxy(browser, {
    get(target, property) {
      if (property === 'newPage') return newPage;
      if (property === 'newContext') return newContext;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

  return {
    browser: pooled,
    stats,
    async drain() {
      idle.clear();
      await Promise.all([...all].map(retire));
    },
  };
}
