/**
 * The site as a screen-reader and keyboard user meets it (issue 17), checked in
 * Chromium's accessibility tree (tests/support/spoken): what the browser itself
 * exposes (CSS text-transform, the focus order, names on the page), and the
 * keyboard alone. The four flows as a screen reader speaks them are in
 * virtual-screen-reader.test.ts. One browser, a few pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/e2e';
import { fragmentFacts } from '../support/content';
import { spoken, spokenFocus } from '../support/spoken';
import { formatSpoken } from '../../src/lib/time';
import type { PlayerElement } from '../../src/lib/player/contract';
import { SKIP_SECONDS } from '../../src/lib/player/timing';

const site = useSite();
const fragments = fragmentFacts();

type Player = HTMLElement & PlayerElement;

describe('a story page', () => {
  it('has no interactive element that display: contents takes out of the focus order', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(`/verhalen/${fragments[0]!.story}/`));
    await page.locator('.transcript summary').first().click();
    const boxless = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex]')]
        .filter((el) => getComputedStyle(el).display === 'contents')
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(boxless).toEqual([]);
    await page.close();
  });
});

describe('a failed recording', () => {
  it('takes its controls away for real, and "Alles afspelen" passes over it', async () => {
    for (const f of fragments) site.server.broken.add(`/audio/fragmenten/${f.id}.mp3`);
    try {
      const page = await site.browser.newPage();
      await page.goto(site.url('/luisteren/'));
      const f = fragments[0]!;
      await page.locator(`#fragment-${f.id} .play`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`#fragment-${f.id}`).evaluate((el) => (el as Player).playbackState)).toBe('error');
      // Out of sight too (what is spoken, once, and that no control is left: virtual-screen-reader.test.ts).
      expect(await page.locator(`#fragment-${f.id} .controls`).isVisible()).toBe(false);

      // "Alles afspelen" passes over every fragment that cannot play; with none left it goes.
      await page.getByRole('button', { name: 'Alles afspelen' }).click();
      await expect
        .poll(() => page.locator('fragment-player').evaluateAll((els) => els.every((el) => (el as Player).playbackState === 'error')), { timeout: 20_000 })
        .toBe(true);
      await expect.poll(() => page.locator('play-all').isVisible()).toBe(false);
      expect(await spoken(page, 'play-all button')).toBe('');
      await page.close();
    } finally {
      site.server.broken.clear();
    }
  });
});


/** Links shown (or meant for screen readers) whose name another link on the page has with another address. */
function sameNameOtherAddress(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((links) => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of links) {
      if (!a.checkVisibility({ visibilityProperty: true }) && !a.matches('.visually-hidden, .skip-link')) continue;
      const name = a.textContent!.replace(/\s+/g, ' ').trim();
      const href = a.getAttribute('href')!;
      const before = seen.get(name);
      if (before !== undefined && before !== href) clashes.push(`"${name}": ${before} and ${href}`);
      seen.set(name, href);
    }
    return clashes;
  });
}

describe('names without noise', () => {
  it('previous/next without arrows or doubled words; the brand not in capitals; downloads named apart, the transcript file explained', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(`/verhalen/${fragments[0]!.story}/`));
    const prev = await spoken(page, '.prev-next .prev');
    const next = await spoken(page, '.prev-next .next');
    for (const name of [prev, next]) expect(name).not.toMatch(/[←→]|(\b\w+\b) \1\b/);
    // (Chromium puts a space before the visually hidden colon; speech ignores it.)
    expect(prev).toMatch(/^Vorige · \w+ ?: \S/);
    expect(next).toMatch(/^Volgende · \w+ ?: \S/);
    expect(await spoken(page, '.site-header .brand')).toBe('Nederlands Jeugdinstituut: Burgerinitiatieven en wijkteams, link');
    // Every link name leads to one address (a screen reader's list of links shows names without their context).
    expect(await sameNameOtherAddress(page)).toEqual([]);
    const transcripts = await page.locator('a[download][href$=".vtt"]').evaluateAll((as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()));
    expect(transcripts.length).toBeGreaterThan(0);
    for (const t of transcripts) expect(t).toMatch(/^Download de uitgeschreven tekst .+ \(WebVTT-bestand\)$/);
    // The listening page too, where every fragment has its links.
    await page.goto(site.url('/luisteren/'));
    expect(await sameNameOtherAddress(page)).toEqual([]);
    // The last page's "next" is Colofon, whose kind is its title: said once.
    await page.goto(site.url('/wijzigingen/'));
    const last = await page.locator('.prev-next a').evaluateAll((as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()));
    for (const l of last) expect(l).not.toMatch(/(\b\w+\b)\W+\1\b/);
    await page.close();
  });
});

describe('shortcuts', () => {
  it('work where a screen reader in focus mode is (the slider), are told, and name no Meta key', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/luisteren/'));
    expect(await page.locator('.search-open').getAttribute('aria-keyshortcuts')).toBe('Control+K /');
    const f = fragments[0]!;
    const player = page.locator(`#fragment-${f.id}`);
    expect(await player.locator('.keys').textContent()).toMatch(/schermlezer.*focusmodus.*knoppen werken altijd/s);
    // On the slider, where a screen reader switches to focus mode and letters reach the page.
    await player.locator('.seek').focus();
    await page.keyboard.press('k');
    await expect.poll(() => player.evaluate((el) => (el as Player).playbackState)).toBe('playing');
    await page.keyboard.press('k');
    await expect.poll(() => player.evaluate((el) => (el as Player).playbackState)).toBe('paused');
    const at = Number(await player.locator('.seek').inputValue());
    await page.keyboard.press('l');
    // What a person hears on the slider: the number and its words, together.
    await expect.poll(() => spokenFocus(page)).toBe(`Positie, slider, ${formatSpoken(at + SKIP_SECONDS)} van ${formatSpoken(f.end - f.start)}`);
    expect(await player.locator('.seek').inputValue()).toBe(String(at + SKIP_SECONDS));
    await page.close();
  });
});

describe('the keyboard alone', () => {
  it.each(['/verhalen/buurt-in-bloei/', '/luisteren/', '/rol/'])('reaches every visible control on %s by Tab, in order, and leaves each', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.url(path));
    // The role guide turns its links into buttons when it comes near the viewport: walk after that.
    await page.locator('role-guide:not([data-ready])').waitFor({ state: 'detached' });
    // Open every transcript first: its cues are controls too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const mark = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        if (!el.id) el.id = `tab-${Math.random().toString(36).slice(2)}`;
        return el.id;
      });
    const visited: string[] = [];
    for (let i = 0; i < 600; i++) {
      await page.keyboard.press('Tab');
      const id = await mark();
      if (id === null || visited.includes(id)) break;
      visited.push(id);
    }
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
        // A control whose box display: contents removed still shows its content: it counts.
        .filter((el) => (el.checkVisibility() || getComputedStyle(el).display === 'contents') && !el.closest('[inert], dialog:not([open])'))
        .map((el) => {
          if (!el.id) el.id = `tab-${Math.random().toString(36).slice(2)}`;
          return el.id;
        }),
    );
    // Every visible control in the Tab order, in document order; Tab leaves the last one (no trap).
    expect(visited).toEqual(controls);
    await page.close();
  });
});
