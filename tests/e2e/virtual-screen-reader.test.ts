/**
 * The four flows of issue 17 as a screen reader speaks them: a virtual screen
 * reader (@guidepup/virtual-screen-reader, tests/support/virtual-screen-reader)
 * runs in the test's Chromium, follows focus as the keyboard moves it, moves
 * on its own in browse mode, and logs every phrase, live regions included
 * ("polite: …"). The assertions are on those phrases. Titles, lengths and
 * texts come from content/ (or from the page where the audio decides them:
 * cue times), so a regenerated recording does not break the test.
 * One browser, four page loads.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/e2e';
import { fragmentFacts, roleGuide, storyFacts } from '../support/content';
import { heard, virtualScreenReader } from '../support/virtual-screen-reader';
import { spokenFocus } from '../support/spoken';
import { formatSpoken } from '../../src/lib/time';
import { ROLE_LABELS, type Role } from '../../src/lib/role-guide';
import type { PlayerElement } from '../../src/lib/player/contract';
import { SKIP_SECONDS } from '../../src/lib/player/timing';

const site = useSite();
const fragments = fragmentFacts();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Player = HTMLElement & PlayerElement;
const state = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el) => (el as Player).playbackState);

/** The spoken logs, printed after each flow for the closing note. */
function report(flow: string, log: string[]) {
  console.info(`spoken, ${flow}:\n  ${log.join('\n  ')}`);
}

/** The first fragment on a story page, found by the quote its group is named with. */
function fragmentIn(groupPhrase: string, story: string) {
  const f = fragments.find((x) => x.story === story && groupPhrase.startsWith(`group, ${x.quote}`));
  if (!f) throw new Error(`no fragment of ${story} is named in "${groupPhrase}"`);
  return f;
}

describe('a story page, spoken', () => {
  it('from the skip link to the first fragment, playing it and moving through the transcript by keyboard', async () => {
    const story = fragments[0]!.story;
    const page = await site.browser.newPage();
    const sr = await virtualScreenReader(page);
    await page.goto(site.url(`/verhalen/${story}/`));
    await sr.start();
    await sr.press('Tab');
    expect(await sr.last()).toBe('link, Naar de inhoud');
    await sr.press('Enter');
    expect(await sr.last()).toBe('main');

    // Browse mode from the content's start: the first fragment is a group named by its quote, then its play button.
    const walk = await sr.nextUntil(/^button, Afspelen/, 400);
    const group = walk.findLast((p) => p.startsWith('group, '))!;
    const f = fragmentIn(group, story);
    expect(await page.locator('fragment-player').first().getAttribute('id')).toBe(`fragment-${f.id}`);
    const length = formatSpoken(f.end - f.start);
    expect(walk.at(-1)).toBe(`button, Afspelen: fragment van ${length}`);
    // Between the group and its button: the quote and the note on the stand-in recording, no stray controls.
    expect(walk.slice(walk.lastIndexOf(group) + 1, -1).filter((p) => /^(button|link|slider)\b/.test(p))).toEqual([]);

    await sr.act();
    await expect.poll(() => state(page, `fragment-${f.id}`)).toBe('playing');
    await heard(sr, new RegExp(`^polite: Speelt af: ${escape(f.quote)}$`));
    expect(await sr.focus()).toBe(`button, Pauzeren: fragment van ${length}`);

    // Tab through the controls; the slider speaks where the recording is now, not where it was up to SKIP_SECONDS ago.
    const controls = await sr.pressUntil('Tab', /^slider, Positie/, 3);
    expect(controls).toEqual([`button, ${SKIP_SECONDS} seconden terug`, expect.stringMatching(/^slider, Positie, /)]);
    const seek = page.locator(`#fragment-${f.id} .seek`);
    await expect.poll(() => seek.inputValue()).not.toBe('0');
    await expect
      .poll(async () => {
        const phrase = await sr.focus();
        return phrase.endsWith(`, current value ${formatSpoken(Number(await seek.inputValue()))} van ${length}`);
      })
      .toBe(true);
    await sr.press('k');
    await expect.poll(() => state(page, `fragment-${f.id}`)).toBe('paused');

    // The transcript: open it, and every cue is a button that says it plays from its moment.
    await sr.pressUntil('Tab', /^Uitgeschreven tekst/, 8);
    await sr.press('Enter');
    const cues = await page
      .locator(`#fragment-${f.id} .cue`)
      .evaluateAll((els) => els.map((el) => `${el.querySelector('.cue-time')!.textContent} ${el.querySelector('.cue-text')!.textContent}`));
    await sr.press('Tab');
    expect(await sr.last()).toMatch(new RegExp(`^button, Speel vanaf ${escape(cues[0]!)}(, current item)?$`));
    await sr.press('Tab');
    expect(await sr.last()).toBe(`button, Speel vanaf ${cues[1]}`);
    await sr.said();
    await sr.press('Enter');
    await expect.poll(() => state(page, `fragment-${f.id}`)).toBe('playing');
    // One announcement for the press, not the position talked over by "Speelt af".
    await expect.poll(() => sr.last()).toMatch(/^polite: Speelt af/);
    expect((await sr.said()).filter((p) => p.startsWith('polite: '))).toEqual([`polite: Speelt af: ${f.quote}`]);
    // The cue it plays from is the current one, and the screen reader says so.
    expect(await sr.focus()).toBe(`button, Speel vanaf ${cues[1]}, current item`);
    report('story page', await sr.log());
    await page.close();
  });
});

describe('a failed recording, spoken', () => {
  it('says the message once and leaves no controls to find', async () => {
    const story = fragments[0]!.story;
    const page = await site.browser.newPage();
    await page.route('**/audio/fragmenten/*.mp3', (route) => route.abort());
    const sr = await virtualScreenReader(page);
    await page.goto(site.url(`/verhalen/${story}/`));
    await sr.start();
    const walk = await sr.nextUntil(/^button, Afspelen/, 400);
    const f = fragmentIn(walk.findLast((p) => p.startsWith('group, '))!, story);
    await sr.said();
    await sr.act();
    await expect.poll(() => state(page, `fragment-${f.id}`)).toBe('error');
    const message = await heard(sr, /Dit fragment kan nu niet worden afgespeeld/);
    const said = await sr.said();
    // Focus went to the message (not to the page's start with the hidden button), and it is said once.
    expect(said[0]).toBe('alert');
    expect(await page.evaluate(() => document.activeElement!.closest('.error')?.textContent)).toContain('Dit fragment kan nu niet worden afgespeeld');
    expect(said.filter((p) => p.includes('Dit fragment kan nu niet worden afgespeeld')), said.join(' | ')).toEqual([message]);
    // Browse on from the message to the fragment's end: text to read and the downloads, no control that does nothing.
    const rest = await sr.nextUntil(/^end of group, /, 600);
    const dead = /^(button|slider|combobox|spinbutton|checkbox|radio)\b/;
    expect(rest.filter((p) => dead.test(p))).toEqual([]);
    // Nor anywhere in the fragment: from the page's start again, to the group and through it.
    await sr.start();
    await sr.nextUntil(new RegExp(`^group, ${escape(f.quote)}`), 400);
    const inside = await sr.nextUntil(/^end of group, /, 600);
    expect(inside.filter((p) => dead.test(p))).toEqual([]);
    report('failed recording', [...said, '…', ...inside.slice(inside.indexOf('alert'), inside.indexOf('alert') + 14)]);
    await page.close();
  });
});

describe('the search dialog, spoken', () => {
  it('from the shortcut to a result: the dialog and the field, one announcement, the result read with its type', async () => {
    const hit = fragments.find((f) => /bakfiets/i.test(f.quote))!;
    const initiative = storyFacts().find((s) => s.id === hit.story)!.initiative;
    const page = await site.browser.newPage();
    const sr = await virtualScreenReader(page);
    await page.goto(site.url('/'));
    await sr.start();
    await sr.said();
    await sr.press('Control+K');
    await expect.poll(() => sr.last()).toMatch(/^searchbox, /);
    // Into the dialog and straight to the field (not by way of the close button).
    expect(await sr.said()).toEqual(['dialog, Zoeken in de publicatie', expect.stringMatching(/^searchbox, Zoek in de publicatie, /)]);

    // A steady typist (200 ms a key, more than the search's debounce): one announcement, once typing pauses.
    await page.keyboard.type('bakfiets', { delay: 200 });
    await heard(sr, /^polite: .*‘bakfiets’/);
    await sr.press('ArrowDown');
    const result = await sr.last();
    expect(result).toMatch(new RegExp(`^link, Fragment · ${escape(initiative)}( · voorlopige opname)?: ${escape(hit.quote)}$`));
    const said = await sr.said();
    expect(said.filter((p) => p.startsWith('polite: '))).toEqual([
      expect.stringMatching(/^polite: \d+ resultaten? voor ‘bakfiets’.*\. Met pijltje omlaag ga je naar de resultaten$/),
    ]);
    // No address both a result and another's sub-result.
    const hrefs = await page.locator('site-search .search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const subs = await page.locator('site-search .sub-results a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(subs.filter((h) => hrefs.includes(h))).toEqual([]);
    report('search', await sr.log());
    await page.close();
  });
});

describe('the role guide, spoken', () => {
  it('one path to its outcome, the outcome said once; "none of these" says only its heading', async () => {
    const situation = roleGuide().outcomes[0]!;
    const role = ROLE_LABELS[situation.role as Role];
    const question = `${escape(situation.group!)} · vraag 1 ?: ${escape(situation.question!)}`;
    const page = await site.browser.newPage();
    const sr = await virtualScreenReader(page);
    await page.goto(site.url('/rol/'));
    await page.locator('role-guide[data-ready]').waitFor({ state: 'attached' });
    await sr.start();
    // The kicker as written, not in the capitals its CSS shows.
    await sr.pressUntil('Tab', new RegExp(`^button, ${question}$`), 40);
    await sr.said();
    await sr.press('Enter');
    await heard(sr, /^polite: /);
    const outcome = await sr.said();
    expect(outcome).toEqual([expect.stringMatching(new RegExp(`^heading, ${question}, level 2$`)), `polite: Gemarkeerd in figuur 1: ${role}`]);
    // Chromium's own name too: unlike the library, it applies CSS text-transform (the kicker is in capitals on screen).
    expect(await spokenFocus(page)).toMatch(new RegExp(`^${question}, heading$`));
    // Figure 1 is named "Figuur 1", its caption read once after it, not again as its name.
    const figure = await sr.nextUntil(/^figure, Figuur 1/, 80);
    expect(figure.at(-1)).toBe('figure, Figuur 1');
    const inFigure = await sr.nextUntil(/^end of figure, Figuur 1/, 40);
    expect(inFigure.filter((p) => p.includes(role))).toHaveLength(1);

    // "Andere situatie kiezen" is the browser's Back: the choice returns, on the situation chosen before.
    await sr.pressUntil('Tab', /^button, Andere situatie kiezen$/, 20);
    await sr.press('Enter');
    await expect.poll(() => sr.last()).toMatch(new RegExp(`^button, ${question}$`));
    await sr.pressUntil('Tab', /^button, Geen van deze situaties$/, 10);
    await sr.said();
    await sr.press('Enter');
    await expect.poll(() => sr.last()).toBe('heading, Geen van deze situaties, level 2');
    expect(await sr.said()).toEqual(['heading, Geen van deze situaties, level 2']);
    report('role guide', [...outcome, ...figure.slice(-1), ...inFigure]);
    await page.close();
  });
});
