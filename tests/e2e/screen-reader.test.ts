/**
 * The site as a screen-reader and keyboard user meets it (issue 17): the
 * phrases Chromium's accessibility tree gives on each step of a keyboard walk
 * (tests/support/spoken), and what live regions say. One browser, a few pages.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e';
import { fragmentFacts } from '../support/content';
import { recordLive, spoken, spokenFocus, tabTo } from '../support/spoken';
import { formatSpoken } from '../../src/lib/time';

const site = useSite();
const fragments = fragmentFacts();

type Player = HTMLElement & { playbackState: string };

describe('a story page', () => {
  it('from the skip link to the first fragment, playing it and moving through the transcript', async () => {
    const f = fragments[0]!;
    const page = await site.browser.newPage();
    await page.goto(site.url(`/verhalen/${f.story}/`));
    const log: string[] = [];
    await page.keyboard.press('Tab');
    log.push(await spokenFocus(page));
    expect(log[0]).toBe('Naar de inhoud, link');
    await page.keyboard.press('Enter');
    // The play button of the first player after the skip target says what plays and how long.
    log.push(...(await tabTo(page, /^Afspelen: /, 40)));
    const id = await page.evaluate(() => document.activeElement!.closest('fragment-player')!.id);
    const player = page.locator(`#${id}`);
    const [start, end] = await player.evaluate((el) => [Number((el as HTMLElement).dataset['start']), Number((el as HTMLElement).dataset['end'])]);
    const length = formatSpoken(end! - start!);
    const noun = id === 'interview' ? 'de opname' : 'fragment';
    expect(log.at(-1)).toBe(`Afspelen: ${noun} van ${length}, button`);
    await page.keyboard.press('Enter');
    await expect.poll(() => player.evaluate((el) => (el as Player).playbackState)).toBe('playing');
    expect(await spokenFocus(page)).toBe(`Pauzeren: ${noun} van ${length}, button`);

    // The slider speaks the value it has, while it plays (not one from up to 15 s ago).
    await expect.poll(() => player.locator('.seek').inputValue(), { timeout: 10_000 }).not.toBe('0');
    await expect
      .poll(async () => {
        const value = Number(await player.locator('.seek').inputValue());
        const text = await spoken(page, `#${id} .seek`);
        return text.endsWith(`, ${formatSpoken(value)} van ${length}`);
      })
      .toBe(true);
    await page.keyboard.press('k');
    await expect.poll(() => player.evaluate((el) => (el as Player).playbackState)).toBe('paused');

    // Into the transcript: every cue is a button in the Tab order, named with a verb and its time.
    log.push(...(await tabTo(page, /^Uitgeschreven tekst/, 15)));
    await page.keyboard.press('Enter');
    const first = await tabTo(page, /^Speel vanaf /, 2);
    log.push(...first);
    const cues = await player
      .locator('.cue')
      .evaluateAll((els) => els.map((el) => `${el.querySelector('.cue-time')!.textContent} ${el.querySelector('.cue-text')!.textContent}`));
    expect(first.at(-1)).toBe(`Speel vanaf ${cues[0]}, button`);
    await page.keyboard.press('Tab');
    log.push(await spokenFocus(page));
    expect(log.at(-1)).toBe(`Speel vanaf ${cues[1]}, button`);
    await page.keyboard.press('Enter');
    await expect.poll(() => player.evaluate((el) => (el as Player).playbackState)).toBe('playing');
    expect(await player.locator('.cue').nth(1).locator('button').getAttribute('aria-current')).toBe('true');
    console.info(`spoken, story page:\n  ${log.join('\n  ')}`);
    await page.close();
  });

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
  it('takes its controls away for real, says so, keeps focus near, and "Alles afspelen" passes over it', async () => {
    for (const f of fragments) site.server.broken.add(`/audio/fragmenten/${f.id}.mp3`);
    try {
      const page = await site.browser.newPage();
      await page.goto(site.url('/luisteren/'));
      const live = await recordLive(page);
      const f = fragments[0]!;
      await page.locator(`#fragment-${f.id} .play`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`#fragment-${f.id}`).evaluate((el) => (el as Player).playbackState)).toBe('error');
      // Out of sight and out of the accessibility tree; focus on the message, not the page's start.
      expect(await page.locator(`#fragment-${f.id} .controls`).isVisible()).toBe(false);
      expect(await spoken(page, `#fragment-${f.id} .play`)).toBe('');
      expect(await spokenFocus(page)).toBe('alert');
      expect(await page.evaluate(() => document.activeElement!.textContent)).toMatch(/^Dit fragment kan nu niet worden afgespeeld/);
      const said = await live();
      // Said once.
      expect(said.filter((s) => s.startsWith('Dit fragment kan nu niet worden afgespeeld'))).toHaveLength(1);

      // "Alles afspelen" passes over every fragment that cannot play; with none left it goes.
      await page.getByRole('button', { name: 'Alles afspelen' }).click();
      await expect
        .poll(() => page.locator('fragment-player').evaluateAll((els) => els.every((el) => (el as Player).playbackState === 'error')), { timeout: 20_000 })
        .toBe(true);
      await expect.poll(() => page.locator('play-all').isVisible()).toBe(false);
      expect(await spoken(page, 'play-all button')).toBe('');
      console.info(`spoken, failed recording:\n  ${[...said, ...(await live())].join('\n  ')}`);
      await page.close();
    } finally {
      site.server.broken.clear();
    }
  });
});


describe('the search dialog', () => {
  it('from the shortcut to a result: one announcement after typing, the way to the results told, the type in the name', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const log: string[] = [];
    await page.keyboard.press('Control+K');
    await expect.poll(() => spokenFocus(page)).toMatch(/searchbox/);
    log.push(await spokenFocus(page));
    const live = await recordLive(page);
    // A steady typist: 200 ms between keys (more than the search's own 120 ms debounce).
    await page.keyboard.type('bakfiets', { delay: 200 });
    await expect.poll(() => page.locator('site-search .search-announce').textContent()).toMatch(/bakfiets/);
    // Room for a late second announcement (one more typing pause) before counting them.
    await page.waitForTimeout(800);
    const said = await live();
    log.push(...said.map((s) => `(live) ${s}`));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^\d+ resultaten? voor ‘bakfiets’.*\. Met pijltje omlaag ga je naar de resultaten$/);
    await page.keyboard.press('ArrowDown');
    log.push(await spokenFocus(page));
    expect(log.at(-1)).toMatch(/^Fragment · Jongeren Maken De Stad[^:]*: .*bakfiets.*, link$/i);
    // No address both a result and another's sub-result.
    const hrefs = await page.locator('site-search .search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const subs = await page.locator('site-search .sub-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(subs.filter((h) => hrefs.includes(h))).toEqual([]);
    console.info(`spoken, search:\n  ${log.join('\n  ')}`);
    await page.close();
  });
});

describe('the role guide', () => {
  it('one path to its outcome: the heading and the marked role each spoken once, the figure not named by its caption', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/rol/'));
    await page.locator('role-guide[data-ready]').waitFor({ state: 'attached' });
    const live = await recordLive(page);
    const log = await tabTo(page, /vraag 1\b.*, button$/i, 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => spokenFocus(page)).toMatch(/, heading$/);
    log.push(await spokenFocus(page));
    const id = await page.evaluate(() => document.activeElement!.closest('[data-step]')!.id);
    await expect.poll(() => live()).toEqual([expect.stringMatching(/^Gemarkeerd in figuur 1: /)]);
    const heard = [log.at(-1)!, `(live) ${await page.locator('role-guide [data-live]').textContent()}`];
    // Nothing twice: the live region says what the heading does not.
    expect(heard[0]).not.toContain('Gemarkeerd');
    // The question's kicker as written, not in the capitals its CSS shows.
    expect(heard[0]).toMatch(/^Preventie · vraag 1 ?: Is er .*, heading$/);
    expect(await spoken(page, `#${id} .role-diagram`)).toBe('Figuur 1, figure');
    log.push(heard[1]!, await spoken(page, `#${id} .role-diagram`));

    // "Geen van deze situaties": the focused heading says it; nothing is announced besides.
    await page.getByRole('button', { name: 'Andere situatie kiezen' }).click();
    // That is the browser's Back: wait until it has brought the choice back, on the situation chosen before.
    await expect.poll(() => spokenFocus(page)).toMatch(/vraag 1\b.*, button$/i);
    await page.getByRole('button', { name: 'Geen van deze situaties' }).click();
    await expect.poll(() => spokenFocus(page)).toBe('Geen van deze situaties, heading');
    expect(await live()).toEqual([]);
    console.info(`spoken, role guide:\n  ${log.join('\n  ')}`);
    await page.close();
  });
});

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
    // Every link name leads to one address.
    const names = new Map<string, string>();
    for (const link of await page.locator('a[href]').all()) {
      const name = await link.evaluate((a) => a.textContent!.replace(/\s+/g, ' ').trim());
      const href = await link.getAttribute('href');
      if (!(await link.isVisible()) && !(await link.evaluate((a) => a.matches('.visually-hidden, .skip-link')))) continue;
      expect(names.get(name) ?? href, `"${name}" leads to two addresses`).toBe(href);
      names.set(name, href!);
    }
    const transcripts = await page.locator('a[download][href$=".vtt"]').evaluateAll((as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()));
    expect(transcripts.length).toBeGreaterThan(0);
    for (const t of transcripts) expect(t).toMatch(/^Download de uitgeschreven tekst .+ \(WebVTT-bestand\)$/);
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
    await expect.poll(() => player.locator('.seek').inputValue()).toBe(String(at + 15));
    expect(await spokenFocus(page)).toBe(`Positie, slider, ${formatSpoken(at + 15)} van ${formatSpoken(f.end - f.start)}`);
    await page.close();
  });
});

describe('the keyboard alone', () => {
  it.each(['/verhalen/buurt-in-bloei/', '/luisteren/', '/rol/'])('reaches every visible control on %s by Tab, in order, and leaves each', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.url(path));
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
