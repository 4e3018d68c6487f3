/**
 * The axe sweep over every page, shared by tests/e2e/sweep-with-js.test.ts
 * and sweep-without-js.test.ts (two files, so Vitest runs them side by side
 * with the other browser tests instead of one long file at the end).
 *
 * Each page is analysed in full at 1280 px in the light scheme, and with the
 * rules that depend on colours in the dark one (COLOUR_RULES in ./axe: the dark
 * scheme changes colours only). At 390 px only the rules that depend on the
 * layout run (WIDTH_RULES), plus every rule on the elements that only the
 * narrow layout shows; in dark, of those again the colour rules. Without
 * JavaScript the same, on the scripted components (custom elements: players,
 * search, contents list, role guide), which show their fallback then; each
 * distinct component once (the same markup on another page is the same check).
 */
import type { Browser, Page } from 'playwright-core';
import { withoutScripts } from './e2e';
import { WIDTH_RULES, axeViolations, rulesFor } from './axe';
import { builtPages } from './site';
import { MOVED_PAGES } from '../../src/lib/moved-pages';

/** Every built page; a moved page forwards at once (reading.test.ts follows it), the 404 page is asked for as an unknown address. */
export const sweptPages = () =>
  builtPages()
    .filter((p) => !MOVED_PAGES.some((m) => m.from === p))
    .map((p) => (p === '/404.html' ? '/bestaat-niet/' : p));

/**
 * Elements of the page as selectors of their place in the document: every
 * element it renders (checkVisibility), or its custom elements (the
 * components a script enhances).
 */
const places = (page: Page, which: 'rendered' | 'components') =>
  page.evaluate((which) => {
    const place = (el: Element): string =>
      el.parentElement ? `${place(el.parentElement)} > :nth-child(${[...el.parentElement.children].indexOf(el) + 1})` : ':root';
    const keep = (el: Element) => (which === 'rendered' ? el.checkVisibility() : el.localName.includes('-'));
    return [...document.body.querySelectorAll('*')].filter(keep).map(place);
  }, which);

/** The selectors whose element is not inside another of them. */
const outermost = (selectors: string[]) => selectors.filter((s) => !selectors.some((t) => s.startsWith(`${t} > `)));

/** The markup of the element each selector names. */
const markup = (page: Page, selectors: string[]) =>
  page.evaluate((selectors) => selectors.map((s) => document.querySelector(s)?.outerHTML ?? ''), selectors);

/** Every violation on every page in one state, as "path (width, state): rule …". */
export async function sweep(
  site: { browser: Browser; url: (path: string) => string },
  javaScript: boolean,
  colorScheme: 'light' | 'dark',
): Promise<string[]> {
  const state = `${javaScript ? 'with' : 'without'} JavaScript, ${colorScheme}`;
  const out: string[] = [];
  const open = async (width: number) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    if (!javaScript) await withoutScripts(context);
    return context.newPage();
  };
  const [wide, narrow] = [await open(1280), await open(390)];
  // Without JavaScript a component whose markup was analysed on an earlier
  // page (the header's search on every page) is the same check again: once.
  const seen = new Set<string>();
  for (const path of sweptPages()) {
    const report = (width: number, violations: string[]) => out.push(...violations.map((v) => `${path} (${width} px, ${state}): ${v}`));
    await wide.goto(site.url(path));
    // Without JavaScript: the components not seen before, or nothing.
    let scope: string[] | undefined;
    if (!javaScript) {
      const components = outermost(await places(wide, 'components'));
      const html = await markup(wide, components);
      scope = components.filter((_, i) => !seen.has(html[i]!));
      for (const h of html) seen.add(h);
    }
    if (scope?.length === 0) continue;
    report(1280, await axeViolations(wide, { rules: rulesFor(colorScheme), include: scope }));
    const shownWide = new Set(await places(wide, 'rendered'));
    await narrow.goto(site.url(path));
    report(390, await axeViolations(narrow, { rules: rulesFor(colorScheme, WIDTH_RULES), include: scope }));
    const onlyNarrow = outermost((await places(narrow, 'rendered')).filter((e) => !shownWide.has(e)));
    if (onlyNarrow.length) report(390, await axeViolations(narrow, { rules: rulesFor(colorScheme), include: onlyNarrow }));
  }
  await Promise.all([wide.context().close(), narrow.context().close()]);
  return out;
}
