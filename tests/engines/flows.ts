/**
 * The reader's flows, the same in every engine (tests/support/engines.ts): each
 * page loads without console errors or CSP violations; a fragment plays, skips,
 * seeks, ends and plays again, the transcript follows, speed changes; the whole
 * recording plays after a fragment; search by shortcut and button, closed by
 * Escape; /zoeken/?q=; the role guide; the skip link. Among them the hangs seen
 * in WebKitGTK (issue 23): a player that waits for an event an engine never
 * sends must fail here, in whichever engine does that.
 *
 * One browser per engine per test file, one served site; each flow opens its
 * own page. Times are asserted as progress (the position moves on), with
 * generous timeouts, never as exact values: a busy 2-core machine must pass.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_LABEL, WATCH_PATH, WATCH_SCRIPT, launchEngine, missingEngine, type Engine, type EngineName, type EnginePage } from '../support/engines';
import { serveStatic, type StaticServer } from '../support/server';
import { builtPages, pageHtml } from '../support/site';
import { fragmentFacts, roleGuide } from '../support/content';
import { ARTIFACTS, DIST } from '../support/paths';
import type { PlayerElement } from '../../src/lib/player/contract';
import { SKIP_SECONDS } from '../../src/lib/player/timing';

/** CI must run every engine: there a missing one fails, elsewhere it is skipped with what to install. */
export const inCI = !!process.env['CI'] && !['0', 'false'].includes(process.env['CI']);

/**
 * Declares an engine's suite: the flows when the engine is here, else a
 * failing test (CI) or a skipped one named after what is missing.
 */
export function forEngine(name: EngineName, suite: (site: EngineSite) => void, options: Parameters<typeof launchEngine>[1] = {}): void {
  const label = ENGINE_LABEL[name];
  const missing = missingEngine(name);
  if (missing && inCI) {
    describe(label, () => it('is installed (CI runs every engine)', () => expect.fail(missing)));
    return;
  }
  if (missing) {
    console.warn(`${missing}: de tests in ${label} worden overgeslagen.`);
    describe.skip(`${missing}`, () => it('flows', () => {}));
    return;
  }
  describe(options.javascript === false ? `${label} zonder JavaScript` : label, () => {
    const site = useEngineSite(name, options);
    suite(site);
  });
}

export interface EngineSite {
  engine: Engine;
  server: StaticServer;
  url(path: string): string;
  /** Opens a page, runs the flow, screenshots it on failure (tests/artifacts/) and closes it. */
  withPage(test: string, flow: (page: EnginePage) => Promise<void>): Promise<void>;
}

function useEngineSite(name: EngineName, options: Parameters<typeof launchEngine>[1]): EngineSite {
  const site = {} as EngineSite;
  beforeAll(async () => {
    site.server = await serveStatic(DIST, '/', { headScript: { path: WATCH_PATH, source: WATCH_SCRIPT } });
    site.url = (path) => `${site.server.origin}${path}`;
    site.engine = await launchEngine(name, options);
    console.info(`${ENGINE_LABEL[name]} ${site.engine.version}`);
  }, 120_000);
  afterAll(async () => {
    await site.engine?.close();
    await site.server?.close();
  });
  site.withPage = async (test, flow) => {
    const page = await site.engine.newPage();
    try {
      await flow(page);
    } catch (e) {
      // What the page showed when the flow failed, for a person to look at.
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot(join(ARTIFACTS, `engines-${name}-${test}.png`)).catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  };
  return site;
}

// ------------------------------------------------------------------ content

/** The story the WebKit hangs were seen on (issue 23), its first fragment, and times from content/. */
const STORY = 'jongeren-maken-de-stad';
const FRAGMENT = fragmentFacts()
  .filter((f) => f.story === STORY)
  .sort((a, b) => a.start - b.start)[0]!;
const LENGTH = FRAGMENT.end - FRAGMENT.start;
const PLAYER = `#fragment-${FRAGMENT.id}`;
const GUIDE = roleGuide();
const CHAPTER = builtPages().find((p) => p.startsWith('/handreiking/') && p !== '/handreiking/')!;
/** A word search finds: the fragment's own word, from its id and quote in content/ (oude-bakfiets: “bakfiets”). */
const WORD =
  FRAGMENT.id
    .split('-')
    .reverse()
    .find((w) => w.length >= 5 && FRAGMENT.quote.toLowerCase().includes(w)) ??
  FRAGMENT.quote
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/)
    .sort((a, b) => b.length - a.length)[0]!;

// ------------------------------------------------------------------ page helpers

type Player = HTMLElement & PlayerElement;

/** State and position of a <fragment-player>, read in the page. */
const readPlayer = (selector: string) => {
  const el = document.querySelector(selector) as (HTMLElement & { playbackState: string; currentTime: number }) | null;
  return el ? { state: el.playbackState, time: el.currentTime } : null;
};

async function player(page: EnginePage, selector: string) {
  const p = await page.evaluate(readPlayer, selector);
  if (!p) throw new Error(`${selector} not on ${await page.url()}`);
  return p;
}

/**
 * The player really plays: its state is "playing" and its position moves on by
 * at least `by` seconds of recording (checked against a position read after
 * the state became "playing", so a position that only jumped does not count).
 */
async function playsOn(page: EnginePage, selector: string, what: string, by = 1, timeout = 20_000) {
  try {
    const from = await page.waitFor(
      `${what}: playbackState "playing"`,
      (s: string) => {
        const el = document.querySelector(s) as (HTMLElement & { playbackState: string; currentTime: number }) | null;
        return el?.playbackState === 'playing' ? { t: el.currentTime } : null;
      },
      [selector],
      timeout,
    );
    await page.waitFor(
      `${what}: currentTime past ${(from.t + by).toFixed(2)} s (it was ${from.t.toFixed(2)} s when "playing")`,
      (s: string, target: number) => {
        const el = document.querySelector(s) as (HTMLElement & { playbackState: string; currentTime: number }) | null;
        return el?.playbackState === 'playing' && el.currentTime >= target;
      },
      [selector, from.t + by],
      timeout,
    );
  } catch (e) {
    // Say what the reader would see: the state, the position, the button's name and the status line.
    const seen = await page
      .evaluate((s: string) => {
        const el = document.querySelector(s) as (HTMLElement & { playbackState: string; currentTime: number }) | null;
        return el && `${el.playbackState} at ${el.currentTime.toFixed(2)} s, button “${el.querySelector('.play')?.getAttribute('aria-label')}”, status “${el.querySelector('.status')?.textContent}”`;
      }, selector)
      .catch(() => 'unreadable');
    throw new Error(`${(e as Error).message}; the player: ${seen}`);
  }
}

const waitState = (page: EnginePage, selector: string, state: string, timeout = 30_000) =>
  page.waitFor(
    `${selector} playbackState "${state}"`,
    (s: string, want: string) => (document.querySelector(s) as (HTMLElement & { playbackState: string }) | null)?.playbackState === want,
    [selector, state],
    timeout,
  );

/** Moves the player's slider as a reader's drag does: a value, then input and change events. */
const slide = (page: EnginePage, selector: string, seconds: number) =>
  page.evaluate(
    (s: string, v: number) => {
      const seek = document.querySelector<HTMLInputElement>(`${s} .seek`)!;
      seek.value = String(v);
      seek.dispatchEvent(new Event('input', { bubbles: true }));
      seek.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    seconds,
  );

/** Chooses a speed in the player's menu, as a reader's choice does (value, then input and change). */
const chooseRate = (page: EnginePage, selector: string, rate: string) =>
  page.evaluate(
    (s: string, r: string) => {
      const select = document.querySelector<HTMLSelectElement>(`${s} .rate`)!;
      select.value = r;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    rate,
  );

const focus = (page: EnginePage, selector: string) => page.evaluate((s: string) => document.querySelector<HTMLElement>(s)!.focus(), selector);

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

// ------------------------------------------------------------------ the flows

export function readerFlows(site: EngineSite): void {
  it('the problem watcher sees a planted CSP violation and console error (so a clean page means clean)', async () => {
    await site.withPage('watcher', async (page) => {
      await page.goto(site.url('/'));
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.planted = 1';
        document.body.append(script);
        console.error('planted error');
      });
      // The violation event is queued as a task: give it a moment.
      await sleep(300);
      const seen = await page.problems();
      expect(seen.some((p) => /CSP: script-src/.test(p)), seen.join('\n')).toBe(true);
      expect(seen.some((p) => p.includes('planted error')), seen.join('\n')).toBe(true);
      expect(await page.problems()).toEqual([]); // read once
    });
  });

  it('every page loads without console errors or CSP violations', async () => {
    await site.withPage('pages', async (page) => {
      const problems: string[] = [];
      for (const path of builtPages()) {
        await page.goto(site.url(path));
        // The role guide's code loads as soon as the guide is near the view: let it
        // arrive, or leaving the page cuts the import off (Firefox reports that).
        await page.waitFor(`${path}: the role guide's code loaded`, () =>
          [...document.querySelectorAll('role-guide')].every((g) => g.hasAttribute('data-ready') || g.getBoundingClientRect().top > innerHeight + 600),
        );
        // A moved page sends the reader on (meta refresh): wait for where it leads, so
        // that navigation does not cut into the next page's (the problems of both are kept).
        const refresh = /<meta http-equiv="refresh" content="\d+; url=([^"]+)">/.exec(pageHtml(path))?.[1];
        if (refresh) await page.waitFor(`${path} leading on to ${refresh}`, (to: string) => document.readyState === 'complete' && location.pathname + location.hash === to, [refresh]);
        problems.push(...(await page.problems()));
      }
      expect(problems).toEqual([]);
    });
  });

  describe(`the player on /verhalen/${STORY}/`, () => {
    it(`plays a fragment, skips ±${SKIP_SECONDS} s by button and by J and L, the transcript follows, speed changes`, async () => {
      await site.withPage('player', async (page) => {
        await page.goto(site.url(`/verhalen/${STORY}/`));
        await page.click(`${PLAYER} .transcript summary`);
        await page.click(`${PLAYER} .play`);
        await playsOn(page, PLAYER, 'after play');
        // The transcript marks the cue being spoken, and only that one.
        const cueNow = (s: string) => {
          const el = document.querySelector(s) as (HTMLElement & { currentTime: number }) | null;
          const current = el?.querySelectorAll('.cue button[aria-current="true"]') ?? [];
          if (current.length !== 1) return null;
          const cue = current[0]!.closest<HTMLElement>('.cue')!;
          const t = el!.currentTime;
          // The marked cue holds the position (a cue's span, with a second of slack for the next timeupdate).
          return Number(cue.dataset['start']) - 1 <= t && t <= Number(cue.dataset['end']) + 1 ? cue.dataset['start'] : null;
        };
        const firstCue = await page.waitFor('one marked cue holding the position', cueNow, [PLAYER]);

        // A skip lands within a second of its goal forward, and three back (the clock reads late while playing).
        const before = (await player(page, PLAYER)).time;
        await page.click(`${PLAYER} .skip[data-action="forward"]`);
        await page.waitFor(`+${SKIP_SECONDS} s by the button`, (s: string, t: number) => (document.querySelector(s) as Player).currentTime >= t, [PLAYER, before + SKIP_SECONDS - 1]);
        await playsOn(page, PLAYER, `after +${SKIP_SECONDS} s`);
        const laterCue = await page.waitFor('the marked cue follows the skip', cueNow, [PLAYER]);
        expect(Number(laterCue)).toBeGreaterThan(Number(firstCue));

        const ahead = (await player(page, PLAYER)).time;
        await page.click(`${PLAYER} .skip[data-action="back"]`);
        await page.waitFor(`-${SKIP_SECONDS} s by the button`, (s: string, t: number) => (document.querySelector(s) as Player).currentTime <= t, [PLAYER, ahead - SKIP_SECONDS + 3]);
        await playsOn(page, PLAYER, `after -${SKIP_SECONDS} s`);

        // The keys act with focus in the player: L forward, J back.
        await focus(page, `${PLAYER} .play`);
        const k = (await player(page, PLAYER)).time;
        await page.press('l');
        await page.waitFor(`+${SKIP_SECONDS} s by L`, (s: string, t: number) => (document.querySelector(s) as Player).currentTime >= t, [PLAYER, k + SKIP_SECONDS - 1]);
        const l = (await player(page, PLAYER)).time;
        await page.press('j');
        await page.waitFor(`-${SKIP_SECONDS} s by J`, (s: string, t: number) => (document.querySelector(s) as Player).currentTime <= t, [PLAYER, l - SKIP_SECONDS + 3]);
        await playsOn(page, PLAYER, 'after J');

        // Speed: the menu's choice is said, and the recording runs faster than the clock.
        await chooseRate(page, PLAYER, '2');
        await page.waitFor('"Snelheid 2 keer"', (s: string) => document.querySelector(`${s} .status`)?.textContent === 'Snelheid 2 keer', [PLAYER]);
        const t0 = (await player(page, PLAYER)).time;
        const wall0 = Date.now();
        await page.waitFor('4 s of recording at speed 2', (s: string, t: number) => (document.querySelector(s) as Player).currentTime >= t, [PLAYER, t0 + 4]);
        const rate = 4 / ((Date.now() - wall0) / 1000);
        expect(rate, 'seconds of recording per second of the clock').toBeGreaterThan(1.3);
        expect(await page.problems()).toEqual([]);
      });
    });

    it('plays on across pages (issue 27): a header link inside the edition, then Back, in the same document', async () => {
      await site.withPage('listen-along', async (page) => {
        await page.goto(site.url(`/verhalen/${STORY}/`));
        await page.evaluate(() => void ((window as unknown as { __same: number }).__same = 1));
        await page.click(`${PLAYER} .play`);
        await playsOn(page, PLAYER, 'on the story');
        const left = (await player(page, PLAYER)).time;
        await page.click('header nav a[href$="/handreiking/"]');
        await page.waitFor(
          'the guidance page, in the same document, focus on its heading',
          () => location.pathname.endsWith('/handreiking/') && (window as unknown as { __same?: number }).__same === 1 && !!document.activeElement?.matches('main h1'),
          [],
        );
        // Still playing there: the dock's clock moves on.
        const shown = await page.evaluate(() => document.querySelector('.dock-time')?.textContent ?? '');
        await page.waitFor('the dock plays on', (was: string) => !!document.querySelector('.dock.is-playing') && document.querySelector('.dock-time')?.textContent !== was, [shown]);
        await page.evaluate(() => history.back());
        await page.waitFor('Back: the story again, same document', (s: string) => !!document.querySelector(s) && (window as unknown as { __same?: number }).__same === 1, [PLAYER]);
        await playsOn(page, PLAYER, 'after Back');
        expect((await player(page, PLAYER)).time, 'no restart').toBeGreaterThan(left);
        expect(await page.problems()).toEqual([]);
      });
    });

    it('hang (a): played to 2 s before the end by the slider, ended, then play again: it plays; its link leads on into the whole recording', async () => {
      await site.withPage('hang-a', async (page) => {
        await page.goto(site.url(`/verhalen/${STORY}/`));
        await page.click(`${PLAYER} .play`);
        await playsOn(page, PLAYER, 'first play');
        // At speed 1, as a reader does (the last 2 s take no longer).
        await slide(page, PLAYER, Math.floor(LENGTH - 2));
        await waitState(page, PLAYER, 'ended');
        expect(await page.evaluate((s: string) => document.querySelector(`${s} .status`)?.textContent, PLAYER)).toBe('Fragment afgelopen');
        await page.click(`${PLAYER} .play`);
        await playsOn(page, PLAYER, 'play after the end');
        // The fragment's link leads on into the whole recording, which plays from the fragment's end.
        await page.click(`${PLAYER} .play-on`);
        await playsOn(page, '#interview', 'the whole recording from the fragment’s end');
        expect((await player(page, '#interview')).time).toBeGreaterThanOrEqual(FRAGMENT.end);
        expect((await player(page, PLAYER)).state).not.toBe('playing');
        expect(await page.problems()).toEqual([]);
      });
    });

    it(`hang (b): three +${SKIP_SECONDS} s presses 3 s apart, then -${SKIP_SECONDS} s: it keeps playing`, async () => {
      await site.withPage('hang-b', async (page) => {
        await page.goto(site.url(`/verhalen/${STORY}/`));
        await page.click(`${PLAYER} .play`);
        await playsOn(page, PLAYER, 'first play');
        for (let i = 0; i < 3; i++) {
          await sleep(3_000);
          await page.click(`${PLAYER} .skip[data-action="forward"]`);
        }
        await sleep(3_000);
        await page.click(`${PLAYER} .skip[data-action="back"]`);
        await playsOn(page, PLAYER, `after 3 × +${SKIP_SECONDS} s and -${SKIP_SECONDS} s`);
        expect(await page.problems()).toEqual([]);
      });
    });

    it(`hang (c, d): slider to ${Math.floor(LENGTH - 3)} s, ended, play again: it plays; then the whole recording (#interview) plays`, async () => {
      await site.withPage('hang-c', async (page) => {
        await page.goto(site.url(`/verhalen/${STORY}/`));
        await slide(page, PLAYER, Math.floor(LENGTH - 3));
        await page.click(`${PLAYER} .play`);
        await waitState(page, PLAYER, 'ended');
        await page.click(`${PLAYER} .play`);
        await playsOn(page, PLAYER, 'play after the end');
        // (d) The whole recording, started by its own button, plays, and the fragment stops.
        await page.click('#interview .play');
        await playsOn(page, '#interview', 'the whole recording after the fragment');
        expect((await player(page, PLAYER)).state).not.toBe('playing');
        expect(await page.problems()).toEqual([]);
      });
    });
  });

  describe('search', () => {
    const dialogOpen = () => !!document.querySelector<HTMLDialogElement>('site-search dialog')?.open;
    const field = () => document.querySelector<HTMLInputElement>('site-search .search-input')?.value ?? null;
    const found = (word: string) => {
      const status = document.querySelector('site-search .search-status')?.textContent ?? '';
      return new RegExp(`\\d+ resultaten? voor ‘${word}’`).test(status) && document.querySelectorAll('site-search a.result-link').length > 0;
    };

    it(`opens by Control+K, finds “${WORD}”, Escape clears the field, the next Escape closes and focus returns`, async () => {
      await site.withPage('search-key', async (page) => {
        await page.goto(site.url(CHAPTER));
        await focus(page, 'a[rel="next"]');
        await page.press('Control+k');
        await page.waitFor('the dialog open, focus in its field', () => {
          const d = document.querySelector<HTMLDialogElement>('site-search dialog');
          return !!d?.open && document.activeElement?.classList.contains('search-input');
        });
        await page.type(WORD);
        await page.waitFor(`results for ${WORD}`, found, [WORD]);
        await page.press('Escape');
        await page.waitFor('the field emptied', () => document.querySelector<HTMLInputElement>('site-search .search-input')?.value === '');
        expect(await page.evaluate(dialogOpen), 'the first Escape empties the field and leaves the dialog open').toBe(true);
        await page.press('Escape');
        await page.waitFor('the dialog closed by the second Escape', () => !document.querySelector<HTMLDialogElement>('site-search dialog')?.open, [], 5_000);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('next');
        expect(await page.evaluate(field)).toBe('');
        expect(await page.problems()).toEqual([]);
      });
    });

    it('opens by its button, closes by Escape to the button, and opens a result by Enter', async () => {
      await site.withPage('search-button', async (page) => {
        await page.goto(site.url('/'));
        await page.click('.search-open');
        await page.waitFor('the dialog open, focus in its field', () => {
          const d = document.querySelector<HTMLDialogElement>('site-search dialog');
          return !!d?.open && document.activeElement?.classList.contains('search-input');
        });
        await page.press('Escape');
        await page.waitFor('the dialog closed by Escape from the empty field', () => !document.querySelector<HTMLDialogElement>('site-search dialog')?.open, [], 5_000);
        expect(await page.evaluate(() => document.activeElement?.classList.contains('search-open'))).toBe(true);

        await page.click('.search-open');
        await page.waitFor('the dialog open again', dialogOpen);
        await page.type(WORD);
        await page.waitFor(`results for ${WORD}`, found, [WORD]);
        const href = await page.evaluate(() => document.querySelector('site-search a.result-link')!.getAttribute('href')!);
        // By keyboard, as a reader who tabbed to it: a pointer press at the link's centre once went
        // nowhere in WebKit on a loaded machine (the page stayed, the dialog open); Chromium's
        // search tests press results with the mouse.
        await page.evaluate(() => document.querySelector<HTMLElement>('site-search a.result-link')!.focus());
        await page.press('Enter');
        await page.waitFor(`the result ${href} open`, (h: string) => location.pathname + location.hash === h, [href]);
        expect(await page.problems()).toEqual([]);
      });
    });

    it(`/zoeken/?q=${WORD} shows results`, async () => {
      await site.withPage('search-page', async (page) => {
        await page.goto(site.url(`/zoeken/?q=${encodeURIComponent(WORD)}`));
        await page.waitFor(
          `results for ${WORD} on /zoeken/`,
          (word: string) =>
            new RegExp(`\\d+ resultaten? voor ‘${word}’`).test(document.querySelector('search-page .search-status')?.textContent ?? '') &&
            document.querySelectorAll('search-page a.result-link').length > 0,
          [WORD],
        );
        expect(await page.problems()).toEqual([]);
      });
    });
  });

  it('the role guide leads to an outcome and back to the choice', async () => {
    const outcome = GUIDE.outcomes[0]!;
    await site.withPage('role-guide', async (page) => {
      await page.goto(site.url('/rol/'));
      await page.evaluate(() => document.querySelector('role-guide')!.scrollIntoView());
      await page.waitFor('the guide ready', () => !!document.querySelector('role-guide[data-ready]'));
      const visible = () => [...document.querySelectorAll<HTMLElement>('role-guide [data-step]')].filter((s) => s.checkVisibility()).map((s) => s.id).join(' ');
      await page.click(`#situaties button[data-value="${outcome.id}"]`);
      await page.waitFor(`?situatie=${outcome.id}`, (id: string) => location.search === `?situatie=${id}`, [outcome.id]);
      await page.waitFor(`only situatie-${outcome.id} visible`, (v: string) => v === [...document.querySelectorAll<HTMLElement>('role-guide [data-step]')].filter((s) => s.checkVisibility()).map((s) => s.id).join(' '), [`situatie-${outcome.id}`]);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-step]')?.id)).toBe(`situatie-${outcome.id}`);
      const marked = await page.evaluate(
        (id: string) => [...document.querySelectorAll(`#situatie-${id} .role-diagram [aria-current="true"]`)].map((e) => e.getAttribute('data-role')),
        outcome.id,
      );
      expect(marked).toEqual([outcome.role]);
      await page.click('role-guide [data-restart]');
      await page.waitFor('back to the choice', () => location.search === '' && document.querySelector('#situaties')?.checkVisibility() === true);
      expect(await page.evaluate(visible)).toBe('situaties');
      await page.waitFor('focus back on the chosen situation', (id: string) => (document.activeElement as HTMLElement | null)?.dataset['value'] === id, [outcome.id]);
      expect(await page.problems()).toEqual([]);
    });
  });

  it('the first Tab reaches the skip link; Enter moves focus into the content', async () => {
    await site.withPage('skip-link', async (page) => {
      await page.goto(site.url(CHAPTER));
      await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Naar de inhoud');
      await page.press('Enter');
      await page.waitFor('focus in main', () => !!document.activeElement?.closest('main') || document.activeElement?.id === 'inhoud');
      await page.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    });
  });
}

/**
 * Without JavaScript (Firefox with javascript.enabled: false in its profile)
 * the fragment's native <audio> plays: a real click on its own play button,
 * and its position moves on. The driver's script evaluation (WebDriver BiDi)
 * still works when the page's scripts do not, so the test can read it.
 */
export function withoutJavaScript(site: EngineSite): void {
  it(`the native player of “${FRAGMENT.quote}” plays its own clip`, async () => {
    await site.withPage('no-js', async (page) => {
      await page.goto(site.url(`/verhalen/${STORY}/`));
      const native = await page.evaluate((s: string) => {
        const audio = document.querySelector<HTMLAudioElement>(`${s} audio[controls]`);
        if (!audio) return null;
        audio.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = audio.getBoundingClientRect();
        return {
          // The page's own first script sets this flag: it did not run.
          scripts: 'js' in document.documentElement.dataset,
          visible: audio.checkVisibility(),
          ours: document.querySelector<HTMLElement>(`${s} .controls`)!.checkVisibility(),
          src: audio.getAttribute('src'),
          preload: audio.getAttribute('preload'),
          box: { x: box.x, y: box.y, height: box.height },
        };
      }, PLAYER);
      expect(native).toMatchObject({ scripts: false, visible: true, ours: false, src: `/audio/fragmenten/${FRAGMENT.id}.mp3`, preload: 'none' });
      // The play button is the controls' first, at their left edge.
      await page.clickAt(native!.box.x + native!.box.height / 2, native!.box.y + native!.box.height / 2);
      await page.waitFor(
        'the native player playing past 1 s',
        (s: string) => {
          const audio = document.querySelector<HTMLAudioElement>(`${s} audio[controls]`)!;
          return !audio.paused && audio.currentTime >= 1;
        },
        [PLAYER],
        20_000,
      );
      const served = site.server.requests.filter((r) => r.path === `/audio/fragmenten/${FRAGMENT.id}.mp3`);
      expect(served.length).toBeGreaterThan(0);
    });
  });
}
