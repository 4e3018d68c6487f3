/**
 * The role guide “Welke rol past bij jouw wijkteam?” in Chromium, on the built
 * site: every situation by mouse and by keyboard, the state in the address
 * (shared links, old ?antwoorden= links, back and forward), the list without
 * JavaScript, axe in every state, and screenshots for people to look at.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withoutScripts } from '../support/e2e';
import { axeViolations, rulesFor } from '../support/axe';
import { builtPages, pageHtml } from '../support/site';
import { roleGuide, type RoleGuideOutcome } from '../support/content';

const site = useSite();

/**
 * The publication's questions, each a situation with the role it names, and
 * “none of these”; where each sends the reader on: read from content/rolwijzer.yaml.
 */
const GUIDE = roleGuide();
const OUTCOMES = GUIDE.outcomes;
type Outcome = RoleGuideOutcome;

/** Every state the guide can be in: the choice, then each outcome. */
const STATES = ['', ...OUTCOMES.map((o) => o.id)];
const addressOf = (state: string) => (state ? `/rol/?situatie=${state}` : '/rol/');

/** The chapter that places the guide (wherever the chapters put the role section). */
const CHAPTER = builtPages().find((p) => p.startsWith('/handreiking/') && p !== '/handreiking/' && pageHtml(p).includes('<role-guide'));

/** Ids of the guide's steps a reader can see. */
const visibleSteps = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('role-guide [data-step]')].filter((s) => s.checkVisibility()).map((s) => s.id),
  );

/** What has focus: the step whose heading it is, the situation button, or the element's tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.matches('.step-title')) return `heading of ${el.closest('[data-step]')!.id}`;
    if (el?.matches('button[data-value]')) return `button ${(el as HTMLElement).dataset.value}`;
    return el?.tagName.toLowerCase() ?? 'none';
  });

const search = (page: Page) => new URL(page.url()).search;

/** Waits for a value, long enough for a loaded machine; fails with the last value seen. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** The guide's code loads when the reader scrolls near it, as a reader does; then it is ready. */
const ready = async (page: Page) => {
  await page.locator('role-guide').first().scrollIntoViewIfNeeded();
  await page.locator('role-guide[data-ready]').waitFor({ state: 'attached' });
};

/** A page that records script errors; opens a path of the site and waits for the guide on it. */
async function open(path: string, page?: Page) {
  const p = page ?? (await site.browser.newPage());
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(site.url(path));
  await ready(p);
  return Object.assign(p, { errors });
}

async function expectOutcome(page: Page, outcome: Outcome) {
  const id = `situatie-${outcome.id}`;
  expect(await visibleSteps(page)).toEqual([id]);
  const step = page.locator(`#${id}`);
  // The role in the publication's words, quoted with where it stands; no verdict.
  const quotes = await step.locator('.quote blockquote').allTextContents();
  expect(quotes).toHaveLength(outcome.quotes.length);
  outcome.quotes.forEach((q, i) => expect(quotes[i]).toContain(q));
  for (const caption of await step.locator('.quote figcaption').allTextContents()) expect(caption).toMatch(/^Uit de publicatie, bij ‘.+’$/);
  expect(await step.textContent()).not.toMatch(/jouw rol/i);
  // Figure 1 marks the role, and only that one.
  const marked = await step.locator('.role-diagram [aria-current="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
  expect(marked).toEqual(outcome.role ? [outcome.role] : []);
  const hrefs = await step.locator('.links a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!)));
  expect(hrefs).toEqual(outcome.links);
}

async function expectAnnounced(page: Page, outcome: Outcome) {
  const live = page.locator('role-guide [aria-live="polite"]');
  // "None of these": its focused heading says it, so nothing is announced besides (not twice).
  const expected = outcome.role ? /^Gemarkeerd in figuur 1: \S.+ van burgerinitiatieven$/ : /^$/;
  await poll(() => live.textContent()).toMatch(expected);
}

/** Presses Tab until the visible element matching the selector has focus. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate((s) => {
      const el = document.activeElement as HTMLElement | null;
      return !!el?.matches(s) && el.checkVisibility();
    }, selector);
    if (there) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('every situation', () => {
  it.each(OUTCOMES)('by mouse: $id, and back to the choice', async (outcome) => {
    const page = await open('/rol/');
    await poll(() => visibleSteps(page)).toEqual(['situaties']);
    // The three questions side by side, in the publication's order, and “none of these”.
    expect(await page.locator('#situaties button[data-value]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.value))).toEqual(
      OUTCOMES.map((o) => o.id),
    );
    expect(await page.locator('role-guide [data-restart]').isVisible()).toBe(false);
    await page.locator(`#situaties button[data-value="${outcome.id}"]`).click();
    await poll(() => search(page)).toBe(`?situatie=${outcome.id}`);
    await poll(() => focused(page)).toBe(`heading of situatie-${outcome.id}`);
    await expectOutcome(page, outcome);
    await expectAnnounced(page, outcome);

    await page.locator('role-guide [data-restart]').click();
    await poll(() => visibleSteps(page)).toEqual(['situaties']);
    expect(search(page)).toBe('');
    // Focus returns to the situation the reader had chosen.
    expect(await focused(page)).toBe(`button ${outcome.id}`);
    expect(await page.locator('role-guide [data-restart]').isVisible()).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each(OUTCOMES)('by keyboard: $id, and back to the choice', async (outcome) => {
    const page = await open('/rol/');
    await tabTo(page, `button[data-value="${outcome.id}"]`);
    await page.keyboard.press(outcome.id.length % 2 ? 'Space' : 'Enter');
    await poll(() => search(page)).toBe(`?situatie=${outcome.id}`);
    // Focus is on the outcome's heading, so Tab goes on from there.
    await poll(() => focused(page)).toBe(`heading of situatie-${outcome.id}`);
    await expectOutcome(page, outcome);
    await expectAnnounced(page, outcome);
    await tabTo(page, 'button[data-restart]');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe(`button ${outcome.id}`);
    expect(search(page)).toBe('');
    await page.close();
  });

  it('every outcome link opens an existing page and heading', async () => {
    const page = await open('/rol/');
    const links = await page.locator('role-guide .outcome a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(OUTCOMES.length + 3);
    for (const link of new Set(links.filter((l) => !l.startsWith('#')))) {
      await page.goto('about:blank');
      const response = await page.goto(site.url(link));
      expect(response?.status(), link).toBe(200);
      const hash = new URL(link, 'http://x').hash;
      if (hash) {
        const id = decodeURIComponent(hash.slice(1));
        expect(await page.evaluate((i) => !!document.getElementById(i), id), `${link} has an element #${id}`).toBe(true);
      }
    }
    await page.close();
  });
});

describe('the state in the address', () => {
  it.each(OUTCOMES)('?situatie=$id opens it directly, without moving focus or announcing', async (outcome) => {
    const page = await open(`/rol/?situatie=${outcome.id}`);
    await poll(() => visibleSteps(page)).toEqual([`situatie-${outcome.id}`]);
    await expectOutcome(page, outcome);
    expect(await focused(page)).toBe('body');
    expect(await page.locator('role-guide [aria-live]').textContent()).toBe('');
    expect(await page.locator('role-guide [data-restart]').isVisible()).toBe(true);
    await page.reload();
    await poll(() => visibleSteps(page)).toEqual([`situatie-${outcome.id}`]);
    await page.close();
  });

  it('back and forward walk through the choices made; “Andere situatie kiezen” leaves no entry for Back to return to', async () => {
    const page = await open('/rol/');
    const entries = () => page.evaluate(() => history.length);
    const before = await entries();
    await page.locator('button[data-value="behoefte"]').click();
    await poll(() => visibleSteps(page)).toEqual(['situatie-behoefte']);
    await page.locator('role-guide [data-restart]').click();
    await poll(() => visibleSteps(page)).toEqual(['situaties']);
    // As the browser's Back: the outcome is ahead (Forward), not behind.
    expect(await entries()).toBe(before + 1);
    expect(await focused(page)).toBe('button behoefte');
    await page.goForward();
    await poll(() => visibleSteps(page)).toEqual(['situatie-behoefte']);
    expect(search(page)).toBe('?situatie=behoefte');
    expect(await focused(page)).toBe('heading of situatie-behoefte');
    await page.goBack();
    await poll(() => visibleSteps(page)).toEqual(['situaties']);
    await page.locator('button[data-value="geen"]').click();
    await poll(() => visibleSteps(page)).toEqual(['situatie-geen']);

    await page.goBack();
    await poll(() => visibleSteps(page)).toEqual(['situaties']);
    expect(search(page)).toBe('');
    expect(await focused(page)).toBe('button geen');
    await page.goForward();
    await poll(() => visibleSteps(page)).toEqual(['situatie-geen']);
    // Opened from a shared address, the choice is a new entry (nothing of this page lies behind it).
    await page.goto(site.url('/rol/?situatie=behoefte'));
    await poll(() => visibleSteps(page)).toEqual(['situatie-behoefte']);
    await page.locator('role-guide [data-restart]').click();
    await poll(() => visibleSteps(page)).toEqual(['situaties']);
    expect(search(page)).toBe('');
    await page.goBack();
    await poll(() => visibleSteps(page)).toEqual(['situatie-behoefte']);
    await page.close();
  });

  // Every mapping of an address to a state is a unit test (tests/unit/role-guide.test.ts,
  // 'the state an address opens'); here one of each kind proves the page applies it:
  // an old link that names a situation, one that names none, bad encoding, markup.
  it.each([
    ['ja,nee,ja', 'behoefte'],
    ['ja,nee', ''],
    ['%E0%A4%A', ''],
    ['<script>alert(1)</script>', ''],
  ])('an old link ?antwoorden=%s opens “%s” and the address says so', async (answers, state) => {
    const page = await open(`/rol/?bron=nieuwsbrief&antwoorden=${answers}`);
    await poll(() => visibleSteps(page)).toEqual([state ? `situatie-${state}` : 'situaties']);
    expect(search(page)).toBe(state ? `?bron=nieuwsbrief&situatie=${state}` : '?bron=nieuwsbrief');
    if (state) await expectOutcome(page, OUTCOMES.find((o) => o.id === state)!);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each(['?situatie=stimuleren', '?situatie=%ZZ', '?situatie=../../etc'])(
    'garbage (%s) opens the start, without an error',
    async (query) => {
      const page = await open(`/rol/${query}`);
      await poll(() => visibleSteps(page)).toEqual(['situaties']);
      expect(page.errors).toEqual([]);
      // And choosing from there works.
      await page.locator('button[data-value="behoefte"]').click();
      await poll(() => search(page)).toBe('?situatie=behoefte');
      await page.close();
    },
  );

  it.each([
    ['#situatie-bestaand-initiatief', 'bestaand-initiatief'],
    ['#uitkomst-weten-wat-er-speelt', 'geen'],
    ['#vraag-taak', ''],
  ])('a link to an anchor (%s) opens “%s”', async (hash, state) => {
    const page = await open(`/rol/${hash}`);
    await poll(() => visibleSteps(page)).toEqual([state ? `situatie-${state}` : 'situaties']);
    await page.close();
  });

  it('other parts of the address are kept', async () => {
    const page = await open('/rol/?bron=nieuwsbrief');
    await page.locator('button[data-value="behoefte"]').click();
    await poll(() => search(page)).toBe('?bron=nieuwsbrief&situatie=behoefte');
    await page.close();
  });
});

describe('on the cover and in the chapter with the questions', () => {
  it.each([
    ['/', 'h2', 'h3'],
    [CHAPTER ?? '(no chapter places <RoleGuide />)', 'h3', 'h4'],
  ])('%s: the guide with its label, title (%s) and steps (%s) leads to an outcome', async (path, title, step) => {
    expect(path, 'a chapter in content/chapters places <RoleGuide />').toMatch(/^\//);
    const page = await open(path);
    const guide = page.locator('.role-guide-wrap');
    expect(await guide.locator('.edition-label').textContent()).toBe(GUIDE.label);
    expect(await guide.locator(`${title}.guide-title`).textContent()).toBe(GUIDE.title);
    expect(await guide.locator(`${step}.step-title`).count()).toBe(OUTCOMES.length + 1);
    await poll(() => visibleSteps(page)).toEqual(['situaties']);
    const second = OUTCOMES[1]!;
    await page.locator(`button[data-value="${second.id}"]`).click();
    await expectOutcome(page, second);
    expect(new URL(page.url()).pathname).toBe(path);
    await page.close();
  });

  it.each(['/', '/rol/', CHAPTER!])('%s has no duplicate ids', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.url(path));
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('is a readable list whose links reach every outcome', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/rol/'));
    const all = await page.locator('role-guide [data-step]').count();
    expect(all).toBe(OUTCOMES.length + 1);
    expect(await visibleSteps(page)).toHaveLength(all);
    expect(await page.locator('role-guide button').evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).length)).toBe(0);
    const targets = await page.locator('#situaties a[data-value]').evaluateAll((as) => as.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash)));
    expect(targets).toEqual(OUTCOMES.map((o) => `#situatie-${o.id}`));
    await context.close();
  });

  it.each(OUTCOMES)('following the link for $id reaches it, and back', async (outcome) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/rol/'));
    await page.locator(`#situaties a[data-value="${outcome.id}"]`).click();
    await poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(`situatie-${outcome.id}`);
    const step = page.locator(`#situatie-${outcome.id}`);
    const hrefs = await step.locator('.links a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!)));
    expect(hrefs).toEqual(outcome.links);
    const marked = await step.locator('.role-diagram [aria-current="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(marked).toEqual(outcome.role ? [outcome.role] : []);
    await step.getByRole('link', { name: 'Terug naar de situaties' }).click();
    await poll(() => page.evaluate(() => location.hash)).toBe('#situaties');
    await context.close();
  });
});

describe('axe finds nothing', () => {
  it('in every state of the guide, light and dark (one load per state, the scheme switched on it)', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    for (const state of STATES) {
      await page.goto(site.url(addressOf(state)));
      await ready(page);
      expect(await visibleSteps(page)).toHaveLength(1);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        problems.push(...(await axeViolations(page, { rules: rulesFor(colorScheme) })).map((v) => `${addressOf(state)} (${colorScheme}): ${v}`));
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('after choosing by keyboard, with focus on the outcome, and back on the choice', async () => {
    const context = await site.browser.newContext();
    const page = await open('/rol/', await context.newPage());
    await tabTo(page, 'button[data-value="bestaand-initiatief"]');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('heading of situatie-bestaand-initiatief');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('role-guide [data-restart]').click();
    await poll(() => focused(page)).toBe('button bestaand-initiatief');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  // The guide's first state on every page, with and without JavaScript, is in
  // the sweep over every page (sweep-with-js, sweep-without-js); here the states
  // a reader opens.
  it.each(['/?situatie=collectief-vraagstuk', `${CHAPTER}?situatie=geen`])('on %s', async (path) => {
    const context = await site.browser.newContext();
    const page = await open(path, await context.newPage());
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(['/rol/', '/', CHAPTER!])('on %s without JavaScript the whole list shows (axe: sweep-without-js)', async (path) => {
    const context = await site.browser.newContext();
    await withoutScripts(context);
    const page = await context.newPage();
    await page.goto(site.url(path));
    // No script hid a step.
    expect(await visibleSteps(page)).toHaveLength(await page.locator('role-guide [data-step]').count());
    await context.close();
  });
});

describe('layout', () => {
  it('no state of the guide is wider than a 320 px phone, with or without JavaScript', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const state of STATES) {
      await page.goto(site.url(addressOf(state)));
      await ready(page);
      if ((await overflow()) > 0) problems.push(`${addressOf(state)}: ${await overflow()}px`);
    }
    await context.close();
    const bare = await site.browser.newContext({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    const plain = await bare.newPage();
    await plain.goto(site.url('/rol/'));
    const wider = await plain.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wider > 0) problems.push(`/rol/ without JavaScript: ${wider}px`);
    await bare.close();
    expect(problems).toEqual([]);
  });
});
