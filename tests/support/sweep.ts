/**
 * The axe sweep over every page, shared by tests/e2e/sweep-with-js.test.ts
 * and sweep-without-js.test.ts (two files, so Vitest runs them side by side
 * with the other browser tests instead of one long file at the end).
 *
 * Each page is loaded once at each width and analysed in both schemes there
 * (the scheme is switched on the loaded document). At 1280 px: every rule in
 * the light scheme, and the rules that depend on colours in the dark one
 * (COLOUR_RULES in ./axe: the dark scheme changes colours only). At 390 px:
 * the rules that depend on the layout (WIDTH_RULES) in light, plus every rule
 * on the elements that only the narrow layout shows, and the colour rules on
 * those in dark. The dark colours of what both widths show are not checked
 * again at 390 px: no narrow layout sets a colour, and every text colour
 * meets 4.5:1 on its backgrounds in both schemes, so a smaller font there
 * cannot fall below what large text needs (tests/unit/colours.test.ts holds
 * all three). Without
 * JavaScript the same, on the scripted components (custom elements: players,
 * search, contents list, role guide), which show their fallback then; each
 * distinct component once (the same markup on another page is the same check).
 */
import type { Browser, Page } from 'playwright-core';
import { withoutScripts } from './e2e';
import { COLOUR_RULES, WIDTH_RULES, axeViolations } from './axe';
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

/** Every violation on every page, with or without JavaScript, in both schemes, as "path (width, state): rule …". */
export async function sweep(site: { browser: Browser; url: (path: string) => string }, javaScript: boolean): Promise<string[]> {
  const out: string[] = [];
  const open = async (width: number) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
    if (!javaScript) await withoutScripts(context);
    return context.newPage();
  };
  const [wide, narrow] = [await open(1280), await open(390)];
  /** axe in the light scheme, then in the dark one (the same document: the scheme changes colours only). */
  const bothSchemes = async (page: Page, path: string, width: number, rules: { light?: string[] | undefined; dark: string[] }, include?: string[]) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const state = `${javaScript ? 'with' : 'without'} JavaScript, ${colorScheme}`;
      const violations = await axeViolations(page, { rules: colorScheme === 'light' ? rules.light : rules.dark, include });
      out.push(...violations.map((v) => `${path} (${width} px, ${state}): ${v}`));
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  // Without JavaScript a component whose markup was analysed on an earlier
  // page (the header's search on every page) is the same check again: once.
  const seen = new Set<string>();
  for (const path of sweptPages()) {
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
    await bothSchemes(wide, path, 1280, { light: undefined, dark: COLOUR_RULES }, scope);
    const shownWide = new Set(await places(wide, 'rendered'));
    await narrow.goto(site.url(path));
    // The layout rules in light only: the dark scheme's colours were checked
    // at 1280 px, and no narrow layout sets a colour (tests/unit/colours.test.ts).
    const layout = await axeViolations(narrow, { rules: WIDTH_RULES, include: scope });
    out.push(...layout.map((v) => `${path} (390 px, ${javaScript ? 'with' : 'without'} JavaScript, light): ${v}`));
    const onlyNarrow = outermost((await places(narrow, 'rendered')).filter((e) => !shownWide.has(e)));
    if (onlyNarrow.length) await bothSchemes(narrow, path, 390, { light: undefined, dark: COLOUR_RULES }, onlyNarrow);
  }
  await Promise.all([wide.context().close(), narrow.context().close()]);
  return out;
}
