/**
 * The role guide “Welke rol past bij jouw wijkteam?” in Chromium, on the built
 * site: every path by mouse and by keyboard, the path in the address (shared
 * links, back and forward), the decision list without JavaScript, axe in every
 * state, and screenshots for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../support/e2e';
import { axeViolations } from '../support/axe';
import { ARTIFACTS } from '../support/paths';

const site = useSite();

/**
 * The publication's questions, in its order: is community building your team's
 * task; (1) a collective issue but no initiative → initiëren; (2) a need among
 * residents but no initiative → stimuleren; (3) an existing initiative →
 * versterken. Every way through, with the outcome and where it sends the reader.
 */
const PATHS = [
  { answers: ['nee'], outcome: 'andere-partij', role: null, links: ['/handreiking/individuele-zorg-of-gemeenschapsvorming/'] },
  {
    answers: ['ja', 'ja'],
    outcome: 'initieren',
    role: 'initieren',
    links: ['/bronnen/#impact-in-de-wijk', '/handreiking/de-rol-van-de-wijkprofessional/#initiëren-van-initiatieven'],
  },
  {
    answers: ['ja', 'nee', 'ja'],
    outcome: 'stimuleren',
    role: 'stimuleren',
    links: ['/handreiking/stimuleren-van-initiatieven/', '/verhalen/buurt-in-bloei/#begin-klein-en-doe-waar-je-zin-in-hebt'],
  },
  {
    answers: ['ja', 'nee', 'nee', 'ja'],
    outcome: 'versterken',
    role: 'versterken',
    links: ['/handreiking/versterken-van-initiatieven/', '/verhalen/open-leercentrum/#dat-we-samen-kunnen-optrekken-is-alleen-maar-mooi'],
  },
  { answers: ['ja', 'nee', 'nee', 'nee'], outcome: 'weten-wat-er-speelt', role: null, links: ['/handreiking/weten-wat-er-speelt/'] },
] as const;
type GuidePath = (typeof PATHS)[number];

const ROLE_WORD = { initieren: 'initiëren', stimuleren: 'stimuleren', versterken: 'versterken' } as const;

/** Every state the guide can be in: each prefix of each path. */
const STATES = [...new Set(PATHS.flatMap((p) => p.answers.map((_, i) => p.answers.slice(0, i).join(',')).concat(p.answers.join(','))))];

/** Ids of the guide's steps a reader can see. */
const visibleSteps = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('role-guide [data-step]')].filter((s) => s.checkVisibility()).map((s) => s.id),
  );

/** What has focus: the id of the step whose heading it is, or the element's tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.matches('.step-title')) return `heading of ${el.closest('[data-step]')!.id}`;
    return el?.tagName.toLowerCase() ?? 'none';
  });

const search = (page: Page) => new URL(page.url()).search;

/** Waits for a value, long enough for a loaded machine; fails with the last value seen. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** Waits until <role-guide> has taken over the decision list. */
/** The guide's code loads when the reader scrolls near it, as a reader does; then it is ready. */
const ready = async (page: Page) => {
  await page.locator('role-guide').first().scrollIntoViewIfNeeded();
  await page.locator('role-guide[data-ready]').waitFor({ state: 'attached' });
};

/** Opens a page of the site and waits for the guide on it. */
async function open(page: Page, path: string) {
  await page.goto(site.url(path));
  await ready(page);
}

/**
 * Serves every page without its scripts: the decision list exactly as a
 * browser without JavaScript gets it, but in a context where axe can run.
 */
async function withoutScripts(context: BrowserContext) {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    await route.fulfill({ response, body });
  });
}

async function expectOutcome(page: Page, path: GuidePath) {
  const id = `uitkomst-${path.outcome}`;
  expect(await visibleSteps(page)).toEqual([id]);
  const step = page.locator(`#${id}`);
  const title = (await step.locator('.step-title').textContent())!;
  if (path.role) expect(title).toContain(`Jouw rol: ${ROLE_WORD[path.role]}`);
  // Figure 1 marks the role, and only that one.
  const marked = await step.locator('.role-diagram [aria-current="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
  expect(marked).toEqual(path.role ? [path.role] : []);
  const hrefs = await step.locator('.links a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!)));
  expect(hrefs).toEqual(path.links);
}

async function expectAnnounced(page: Page, path: GuidePath) {
  const live = page.locator('role-guide [aria-live="polite"]');
  await poll(() => live.textContent()).toMatch(/^Uitkomst: \S/);
  const title = await page.locator(`#uitkomst-${path.outcome} .step-title`).textContent();
  expect(title).toContain((await live.textContent())!.replace(/^Uitkomst: /, ''));
}

/** Presses Tab until the visible answer button with this value has focus. */
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

describe('every path through the guide', () => {
  it.each(PATHS)('by mouse: $answers → $outcome', async (path) => {
    const page = await site.browser.newPage();
    await open(page, '/rol/');
    await poll(() => visibleSteps(page)).toEqual(['vraag-taak']);
    expect(await page.locator('role-guide [data-back]').isVisible()).toBe(false);
    for (const [i, value] of path.answers.entries()) {
      const before = (await visibleSteps(page))[0];
      await page.locator(`#${before} button[data-value="${value}"]`).click();
      await poll(() => search(page)).toBe(`?antwoorden=${path.answers.slice(0, i + 1).join(',')}`);
      const [now] = await visibleSteps(page);
      expect(now).not.toBe(before);
      expect(await focused(page)).toBe(`heading of ${now}`);
      if (now!.startsWith('vraag-')) expect(await page.locator(`#${now} [data-number]`).textContent()).toBe(`Vraag ${i + 2}`);
    }
    await expectOutcome(page, path);
    await expectAnnounced(page, path);
    expect(await page.locator('role-guide [data-back]').isVisible()).toBe(true);
    expect(await page.locator('role-guide [data-restart]').isVisible()).toBe(true);
    await page.close();
  });

  it.each(PATHS)('by keyboard: $answers → $outcome', async (path) => {
    const page = await site.browser.newPage();
    await open(page, '/rol/');
    for (const [i, value] of path.answers.entries()) {
      await tabTo(page, `button[data-value="${value}"]`);
      await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
      await poll(() => search(page)).toBe(`?antwoorden=${path.answers.slice(0, i + 1).join(',')}`);
      // Focus is on the new step's heading, so the next Tab reaches its first answer.
      await poll(() => focused(page)).toBe(`heading of ${(await visibleSteps(page))[0]}`);
    }
    await expectOutcome(page, path);
    await expectAnnounced(page, path);
    await page.close();
  });

  it('“Vorige vraag” and “Opnieuw beginnen” work from the outcome, by keyboard and by mouse', async () => {
    const page = await site.browser.newPage();
    await open(page, '/rol/?antwoorden=ja,nee,nee,ja');
    await poll(() => visibleSteps(page)).toEqual(['uitkomst-versterken']);

    await tabTo(page, 'button[data-back]');
    await page.keyboard.press('Enter');
    await poll(() => visibleSteps(page)).toEqual(['vraag-bestaand-initiatief']);
    expect(search(page)).toBe('?antwoorden=ja,nee,nee');
    expect(await focused(page)).toBe('heading of vraag-bestaand-initiatief');

    await page.locator('role-guide [data-back]').click();
    await poll(() => visibleSteps(page)).toEqual(['vraag-behoefte']);
    expect(search(page)).toBe('?antwoorden=ja,nee');

    await tabTo(page, 'button[data-restart]');
    await page.keyboard.press('Enter');
    await poll(() => visibleSteps(page)).toEqual(['vraag-taak']);
    expect(search(page)).toBe('');
    expect(await focused(page)).toBe('heading of vraag-taak');
    expect(await page.locator('role-guide [data-controls]').isVisible()).toBe(false);

    // Restarting is a step in history too: the browser's back button returns to where the reader was.
    await page.goBack();
    await poll(() => visibleSteps(page)).toEqual(['vraag-behoefte']);
    await page.close();
  });

  it('every outcome link opens an existing page and heading', async () => {
    const page = await site.browser.newPage();
    await open(page, '/rol/');
    const links = await page.locator('role-guide .outcome .links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(PATHS.length);
    for (const link of new Set(links)) {
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

describe('the path in the address', () => {
  it.each(PATHS)('?antwoorden=$answers opens $outcome directly, without moving focus or announcing', async (path) => {
    const page = await site.browser.newPage();
    await open(page, `/rol/?antwoorden=${path.answers.join(',')}`);
    await poll(() => visibleSteps(page)).toEqual([`uitkomst-${path.outcome}`]);
    await expectOutcome(page, path);
    expect(await focused(page)).toBe('body');
    expect(await page.locator('role-guide [aria-live]').textContent()).toBe('');
    await page.reload();
    await poll(() => visibleSteps(page)).toEqual([`uitkomst-${path.outcome}`]);
    await page.close();
  });

  it('back and forward walk through the answers given', async () => {
    const page = await site.browser.newPage();
    await open(page, '/rol/');
    for (const value of ['ja', 'nee', 'ja']) {
      const [step] = await visibleSteps(page);
      await page.locator(`#${step} button[data-value="${value}"]`).click();
      await poll(async () => (await visibleSteps(page))[0]).not.toBe(step);
    }
    expect(await visibleSteps(page)).toEqual(['uitkomst-stimuleren']);

    await page.goBack();
    await poll(() => visibleSteps(page)).toEqual(['vraag-behoefte']);
    expect(search(page)).toBe('?antwoorden=ja,nee');
    expect(await focused(page)).toBe('heading of vraag-behoefte');
    await page.goBack();
    await poll(() => visibleSteps(page)).toEqual(['vraag-collectief-vraagstuk']);
    await page.goBack();
    await poll(() => visibleSteps(page)).toEqual(['vraag-taak']);
    expect(search(page)).toBe('');
    await page.goForward();
    await poll(() => visibleSteps(page)).toEqual(['vraag-collectief-vraagstuk']);
    await page.goForward();
    await page.goForward();
    await poll(() => visibleSteps(page)).toEqual(['uitkomst-stimuleren']);
    await page.close();
  });

  it('an answer that does not fit stops at the last question that does', async () => {
    const page = await site.browser.newPage();
    await open(page, '/rol/?antwoorden=ja,misschien,ja');
    await poll(() => visibleSteps(page)).toEqual(['vraag-collectief-vraagstuk']);
    // Answering from there continues from the valid part of the path.
    await page.locator('#vraag-collectief-vraagstuk button[data-value="ja"]').click();
    await poll(() => search(page)).toBe('?antwoorden=ja,ja');
    expect(await visibleSteps(page)).toEqual(['uitkomst-initieren']);
    await page.close();
  });

  it('a link to an outcome of the decision list (#uitkomst-…) opens that outcome', async () => {
    const page = await site.browser.newPage();
    await open(page, '/rol/#uitkomst-versterken');
    await poll(() => visibleSteps(page)).toEqual(['uitkomst-versterken']);
    await page.locator('role-guide [data-back]').click();
    await poll(() => search(page)).toBe('?antwoorden=ja,nee,nee');
    await page.close();
  });

  it('other parts of the address are kept', async () => {
    const page = await site.browser.newPage();
    await open(page, '/rol/?bron=nieuwsbrief');
    await page.locator('#vraag-taak button[data-value="ja"]').click();
    await poll(() => search(page)).toBe('?bron=nieuwsbrief&antwoorden=ja');
    await page.close();
  });
});

describe('on the cover and in the chapter on the professional’s role', () => {
  it.each([
    ['/', 'h2', 'h3'],
    ['/handreiking/de-rol-van-de-wijkprofessional/', 'h3', 'h4'],
  ])('%s: the guide with its title (%s) and steps (%s) leads to an outcome', async (path, title, step) => {
    const page = await site.browser.newPage();
    await open(page, path);
    const guide = page.locator('.role-guide-wrap');
    expect(await guide.locator(`${title}.guide-title`).textContent()).toBe('Welke rol past bij jouw wijkteam?');
    expect(await guide.locator(`${step}.step-title`).count()).toBeGreaterThan(0);
    await poll(() => visibleSteps(page)).toEqual(['vraag-taak']);
    for (const value of ['ja', 'nee', 'ja']) {
      const [s] = await visibleSteps(page);
      await page.locator(`#${s} button[data-value="${value}"]`).click();
    }
    await expectOutcome(page, PATHS[2]);
    expect(new URL(page.url()).pathname).toBe(path);
    await page.close();
  });

  it.each(['/', '/rol/', '/handreiking/de-rol-van-de-wijkprofessional/'])('%s has no duplicate ids', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.url(path));
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  /** Walks the decision list's links from the first question and returns every path it finds. */
  async function pathsByAnchors(page: Page) {
    return page.evaluate(() => {
      const found: { answers: string[]; outcome: string }[] = [];
      const walk = (id: string, answers: string[]) => {
        const step = document.getElementById(id)!;
        const links = [...step.querySelectorAll<HTMLAnchorElement>('a[data-value]')];
        if (!links.length) found.push({ answers, outcome: id.replace(/^uitkomst-/, '') });
        for (const a of links) walk(decodeURIComponent(a.hash.slice(1)), [...answers, a.dataset.value!]);
      };
      walk(document.querySelector('role-guide [data-step]')!.id, []);
      return found;
    });
  }

  it('is a readable decision list whose links reach the same outcomes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/rol/'));
    const all = await page.locator('role-guide [data-step]').count();
    expect(await visibleSteps(page)).toHaveLength(all);
    expect(await page.locator('role-guide button[data-value]').count()).toBe(0);
    expect(await page.locator('role-guide button').evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).length)).toBe(0);
    expect(await page.locator('role-guide [data-controls]').isVisible()).toBe(false);
    const byAnswers = (a: { answers: readonly string[] }, b: { answers: readonly string[] }) => a.answers.join().localeCompare(b.answers.join());
    expect((await pathsByAnchors(page)).sort(byAnswers)).toEqual(
      PATHS.map((p) => ({ answers: [...p.answers], outcome: p.outcome })).sort(byAnswers),
    );
    await context.close();
  });

  it.each(PATHS)('following the links $answers reaches $outcome', async (path) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/rol/'));
    let current = 'vraag-taak';
    for (const value of path.answers) {
      await page.locator(`#${current} a[data-value="${value}"]`).click();
      await poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).not.toBe(current);
      current = await page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(current);
    }
    expect(current).toBe(`uitkomst-${path.outcome}`);
    const step = page.locator(`#${current}`);
    const hrefs = await step.locator('.links a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!)));
    expect(hrefs).toEqual(path.links);
    const marked = await step.locator('.role-diagram [aria-current="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(marked).toEqual(path.role ? [path.role] : []);
    // And back to the start.
    await step.getByRole('link', { name: 'Opnieuw beginnen' }).click();
    await poll(() => page.evaluate(() => location.hash)).toBe('#vraag-taak');
    await context.close();
  });
});

describe('axe finds nothing', () => {
  it.each(['light', 'dark'] as const)('in every state of the guide (%s)', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const state of STATES) {
      await page.goto(site.url(state ? `/rol/?antwoorden=${state}` : '/rol/'));
      await ready(page);
      expect(await visibleSteps(page)).toHaveLength(1);
      problems.push(...(await axeViolations(page)).map((v) => `?antwoorden=${state}: ${v}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('after answering by keyboard, with focus on the outcome', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await open(page, '/rol/?antwoorden=ja,nee');
    await tabTo(page, 'button[data-value="ja"]');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('heading of uitkomst-stimuleren');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(['/', '/?antwoorden=ja,ja', '/handreiking/de-rol-van-de-wijkprofessional/', '/handreiking/de-rol-van-de-wijkprofessional/?antwoorden=ja,nee,nee,ja'])(
    'on %s',
    async (path) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(site.url(path));
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it.each(['/rol/', '/', '/handreiking/de-rol-van-de-wijkprofessional/'])('on %s without JavaScript, in light and dark', async (path) => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      await withoutScripts(context);
      const page = await context.newPage();
      await page.goto(site.url(path));
      // The whole decision list is there: no script hid a step.
      expect(await visibleSteps(page)).toHaveLength(await page.locator('role-guide [data-step]').count());
      problems.push(...(await axeViolations(page)).map((v) => `${colorScheme}: ${v}`));
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('layout', () => {
  it('no state of the guide is wider than a 320 px phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const state of STATES) {
      await page.goto(site.url(`/rol/?antwoorden=${state}`));
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`?antwoorden=${state}: ${overflow}px`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

/** A full-page screenshot; Chromium now and then refuses a tall capture on a busy machine, so once more then. */
async function fullPage(page: Page, path: string) {
  try {
    return await page.screenshot({ path, fullPage: true });
  } catch (error) {
    if (!String(error).includes('Unable to capture screenshot')) throw error;
    return page.screenshot({ path, fullPage: true });
  }
}

describe('screenshots for people to look at', () => {
  const states = {
    begin: '/rol/',
    vraag: '/rol/?antwoorden=ja,nee',
    uitkomst: '/rol/?antwoorden=ja,nee,ja',
    'geen-taak': '/rol/?antwoorden=nee',
  };
  it.each([390, 1280])('of /rol/ at %i px, light and dark, with and without JavaScript', async (width) => {
    const dir = join(ARTIFACTS, 'screenshots');
    mkdirSync(dir, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const javaScriptEnabled of [true, false]) {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled });
        const page = await context.newPage();
        for (const [name, path] of Object.entries(javaScriptEnabled ? states : { 'zonder-js': '/rol/' })) {
          await page.goto(site.url(path));
          if (javaScriptEnabled) await ready(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} at ${width}px`).toBe(0);
          const shot = await fullPage(page, join(dir, `rol-${name}-${width}-${colorScheme}.png`));
          expect(shot.byteLength).toBeGreaterThan(5_000);
        }
        await context.close();
      }
    }
  });
});
