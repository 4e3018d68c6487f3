/**
 * Listening in Chromium over HTTP: every fragment starts at its start and stops
 * at its end; speed, keyboard, one-at-a-time, transcript, share links, errors,
 * the native player without JavaScript, and "alles afspelen".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/e2e';
import { fragmentFacts } from '../support/content';
import { formatClock } from '../../src/lib/time';
import { positionText } from '../../src/lib/player/names';
import type { PlayerElement } from '../../src/lib/player/contract';
import { SKIP_SECONDS } from '../../src/lib/player/timing';

const site = useSite();
const fragments = fragmentFacts();

/** A player as other code sees it: its element and public interface (lib/player/contract), never its playback code. */
type Player = HTMLElement & PlayerElement;
/** Where playback began, recorded by the player when it began (not when a poll noticed). */
const startedAt = (page: Page, id: string) => page.locator(`#fragment-${id}`).evaluate((el) => (el as Player).startedAt);
const state = (page: Page, id: string) =>
  page.locator(`#fragment-${id}`).evaluate((el) => (el as Player).playbackState);
const time = (page: Page, id: string) => page.locator(`#fragment-${id}`).evaluate((el) => (el as Player).currentTime);
const mp3Requests = () => site.server.requests.filter((r) => r.path.endsWith('.mp3'));

/*
 * Tolerances, in what the browser can measure (none depends on how busy the machine is):
 * - MEDIA_FRAME: an MP3 frame lasts 26 ms (576 samples at 22.05 kHz, as the
 *   stand-in recordings; 1152 at 44.1 kHz); the media element plays and seeks
 *   in whole frames, so any position read back can be one frame off.
 * - TIMEUPDATE: Chromium hands the media position to the page at each
 *   timeupdate, about every 250 ms; a position read from its clock is at most
 *   that stale.
 * - A fragment plays its own clip and ends when the file ends; where it ended
 *   is where the clip starts plus the clip's length as Chromium decoded it
 *   (tests/e2e/clips.test.ts decodes the clips to the sample). EARLY: a
 *   media frame plus 20 ms before the end; LATE: 0.1 s after it (two
 *   animation frames plus a media frame, what a player that stopped by its
 *   clock would need, rounded up).
 */
const MEDIA_FRAME = 576 / 22_050;
const TIMEUPDATE = 0.25;
const ANIMATION_FRAME = 1 / 60;
/** 0.046 s, rounded up to 0.05 s. */
const EARLY = Math.ceil((0.02 + MEDIA_FRAME) * 100) / 100;
/** 0.059 s, rounded up to 0.1 s: the rest is room for an animation frame a busy renderer delays. */
const LATE = Math.ceil((2 * ANIMATION_FRAME + MEDIA_FRAME) * 10) / 10;

async function open(path: string) {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url(path));
  return { page, errors };
}

describe.each(fragments)('fragment $id', (f) => {
  it('starts within 0.25 s of its start and stops within 0.05 s before to 0.1 s after its end', async () => {
    const { page, errors } = await open(`/verhalen/${f.story}/`);
    const player = page.locator(`#fragment-${f.id}`);
    await player.locator('.play').click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    expect(Math.abs((await startedAt(page, f.id)) - f.start)).toBeLessThanOrEqual(TIMEUPDATE);

    // Never wait out the whole fragment: jump to 1 s before its end, and play that at double speed.
    await player.locator('.rate').selectOption('2');
    await player.locator('.seek').fill(String(Math.round(f.end - f.start - 1)));
    await expect.poll(() => state(page, f.id), { timeout: 30_000 }).toBe('ended');
    const stoppedAt = await player.evaluate((el) => (el as Player).endedAt);
    expect(stoppedAt).toBeGreaterThanOrEqual(f.end - EARLY);
    expect(stoppedAt).toBeLessThanOrEqual(f.end + LATE);
    await expect(player.locator('.status').textContent()).resolves.toBe('Fragment afgelopen');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the player', () => {
  it('fetches no audio before the first press, then plays with range requests', async () => {
    const { page } = await open('/luisteren/');
    // Requests of this page only, as the browser makes them.
    const audio: { url: string; range: string | undefined }[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.mp3')) audio.push({ url: r.url(), range: r.headers()['range'] });
    });
    await page.waitForLoadState('networkidle');
    expect(audio).toEqual([]);
    const f = fragments[0]!;
    await page.locator(`#fragment-${f.id} .play`).click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    expect(audio.length).toBeGreaterThan(0);
    expect(audio.every((r) => r.range?.startsWith('bytes='))).toBe(true);
    await page.close();
  });

  it('knows where playback began even when the page is too busy to notice at once', async () => {
    // A loaded phone or CI machine runs the 'playing' handler late, while the
    // audio already plays; a player that reads the clock then reports a start
    // that is late by the delay. Here the page is busy 600 ms before any
    // 'playing' handler of a media element runs.
    const f = fragments[2]!;
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      const add = HTMLMediaElement.prototype.addEventListener;
      HTMLMediaElement.prototype.addEventListener = function (this: HTMLMediaElement, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
        if (type !== 'playing' || typeof listener !== 'function') return add.call(this, type, listener, options);
        return add.call(this, type, function (this: HTMLMediaElement, event: Event) {
          const until = performance.now() + 600;
          while (performance.now() < until);
          listener.call(this, event);
        }, options);
      } as typeof add;
    });
    await page.goto(site.url(`/verhalen/${f.story}/`));
    const player = page.locator(`#fragment-${f.id}`);
    await player.locator('.seek').fill('20');
    await player.locator('.play').click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    const clock = await time(page, f.id);
    // The page really was late: the recording played on through the 600 ms the
    // page was busy; half of that is far beyond a timeupdate's staleness.
    expect(clock).toBeGreaterThan(f.start + 20.3);
    expect(Math.abs((await startedAt(page, f.id)) - (f.start + 20))).toBeLessThanOrEqual(TIMEUPDATE);
    await page.close();
  });

  it('tells the lock screen (Media Session) the quote, and whether the recording is a stand-in', async () => {
    // A stand-in while the content has one (recordingKind in the story; an editor replaces them one by one), else an interview.
    const f = fragments.find((x) => x.kind === 'voorlopig') ?? fragments[0]!;
    const standIn = f.kind === 'voorlopig';
    const { page } = await open(`/verhalen/${f.story}/`);
    const player = page.locator(`#fragment-${f.id}`);
    if (standIn) {
      await expect(player.locator('.recording-note').textContent()).resolves.toBe('Voorlopige opname: een computerstem leest de tekst van het verhaal voor.');
    } else {
      await expect(player.locator('.recording-note').count()).resolves.toBe(0);
    }
    await player.locator('.play').click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    const metadata = await page.evaluate(() => {
      const m = navigator.mediaSession.metadata;
      return m && { title: m.title, artist: m.artist };
    });
    expect(metadata?.title).toBe(f.quote);
    if (standIn) expect(metadata?.artist).toMatch(/· voorlopige opname \(computerstem\)$/);
    else expect(metadata?.artist).not.toMatch(/voorlopig|computerstem/);
    await page.close();
  });

  it('changes speed and keeps the pitch', async () => {
    const f = fragments[0]!;
    const { page } = await open(`/verhalen/${f.story}/`);
    const player = page.locator(`#fragment-${f.id}`);
    await player.locator('.play').click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    await player.locator('.rate').selectOption('1.5');
    const media = () => player.evaluate((el) => (el as Player).playbackSpeed ?? null);
    await expect.poll(media).toEqual({ rate: 1.5, keepsPitch: true });
    await expect(player.locator('.status').textContent()).resolves.toBe('Snelheid 1,5 keer');
    await page.close();
  });

  it('works with the keyboard alone, and its shortcuts only act inside it', async () => {
    const f = fragments[0]!;
    const { page } = await open(`/verhalen/${f.story}/`);
    const player = page.locator(`#fragment-${f.id}`);
    // Shortcut outside the player: nothing happens.
    await page.locator('h1').focus();
    await page.keyboard.press('k');
    expect(await state(page, f.id)).toBe('idle');

    // Tab from the quote's caption onto the play button.
    await player.locator('blockquote').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    let guard = 0;
    while (!(await player.locator('.play').evaluate((b) => b === document.activeElement)) && guard++ < 10) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => state(page, f.id)).toBe('playing');
    await page.keyboard.press('k');
    await expect.poll(() => state(page, f.id)).toBe('paused');
    const paused = await time(page, f.id);
    // Skips and arrow keys move by whole seconds (SKIP_SECONDS and 1): toBeCloseTo(…, 0)
    // allows half a second, far more than a MEDIA_FRAME of rounding, and a
    // paused position does not move.
    await page.keyboard.press('l');
    await expect.poll(() => time(page, f.id)).toBeCloseTo(Math.min(paused + SKIP_SECONDS, f.end), 0);
    await page.keyboard.press('j');
    await expect.poll(() => time(page, f.id)).toBeCloseTo(paused, 0);

    // The slider by arrow keys, then the speed menu.
    await player.locator('.seek').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => time(page, f.id)).toBeCloseTo(Math.floor(paused - f.start) + 1 + f.start, 0);
    await player.locator('.seek').evaluate((el) => el.getAttribute('aria-valuetext')).then((text) => {
      expect(text).toMatch(/^\d+ (seconde|seconden|minuut|minuten).* van \d+ minu/);
    });
    await player.locator('.rate').focus();
    await page.keyboard.press('ArrowDown');
    await expect(player.locator('.rate').inputValue()).resolves.toBe('1.25');
    await page.close();
  });

  it('plays one fragment at a time', async () => {
    const { page } = await open('/luisteren/');
    const [a, b] = fragments;
    await page.locator(`#fragment-${a!.id} .play`).click();
    await expect.poll(() => state(page, a!.id)).toBe('playing');
    await page.locator(`#fragment-${b!.id} .play`).click();
    await expect.poll(() => state(page, b!.id)).toBe('playing');
    expect(await state(page, a!.id)).toBe('paused');
    await page.close();
  });

  it('marks the cue being spoken and seeks when a cue is pressed', async () => {
    const f = fragments.find((x) => x.end - x.start > 60)!;
    const { page } = await open(`/verhalen/${f.story}/`);
    const player = page.locator(`#fragment-${f.id}`);
    await player.locator('summary').click();
    const cues = player.locator('.cue');
    expect(await cues.count()).toBeGreaterThan(3);
    const third = cues.nth(3);
    const cueStart = Number(await third.getAttribute('data-start'));
    await third.locator('button').click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    expect(Math.abs((await startedAt(page, f.id)) - cueStart)).toBeLessThanOrEqual(TIMEUPDATE);
    await expect.poll(() => third.locator('button').getAttribute('aria-current')).toBe('true');
    expect(await player.locator('.cue button[aria-current="true"]').count()).toBe(1);
    await page.close();
  });

  it('copies a share link that opens at the fragment, ready to play from the shared time', async () => {
    const f = fragments[1]!;
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(site.url(`/verhalen/${f.story}/`));
    const player = page.locator(`#fragment-${f.id}`);
    await player.locator('.seek').fill('30');
    await player.locator('.share').click();
    await expect.poll(() => player.locator('.status').textContent()).toMatch(/^Link gekopieerd/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`/verhalen/${f.story}/\\?t=30#fragment-${f.id}$`));

    const other = await context.newPage();
    const before = mp3Requests().length;
    await other.goto(link);
    const target = other.locator(`#fragment-${f.id}`);
    await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
    // The player moves focus to its play button one frame after it starts: wait for it, as a reader would.
    await expect.poll(() => target.locator('.play').evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(() => target.locator('.elapsed').textContent()).toBe('0:30');
    // The slider speaks where it stands, not the 0 of the page as served.
    expect(await target.locator('.seek').getAttribute('aria-valuetext')).toBe(positionText(30, f.end - f.start));
    expect(await state(other, f.id)).toBe('idle'); // no autoplay
    expect(mp3Requests().length).toBe(before);
    await other.keyboard.press('Enter');
    await expect.poll(() => state(other, f.id)).toBe('playing');
    expect(Math.abs((await startedAt(other, f.id)) - (f.start + 30))).toBeLessThanOrEqual(TIMEUPDATE);
    await context.close();
  });

  it("plays on in the whole recording from the fragment's end: at once on the story's page", async () => {
    const f = fragments[2]!;
    const { page, errors } = await open(`/verhalen/${f.story}/`);
    const player = page.locator(`#fragment-${f.id}`);
    await player.locator('.play').click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    await player.locator('.seek').fill(String(Math.round(f.end - f.start - 1)));
    await expect.poll(() => state(page, f.id), { timeout: 30_000 }).toBe('ended');
    const address = page.url();
    await player.getByRole('link', { name: /^Luister verder in de hele opname/ }).click();
    const whole = page.locator('#interview');
    await expect.poll(() => whole.evaluate((el) => (el as Player).playbackState)).toBe('playing');
    expect(page.url()).toBe(address); // no new page: it plays on here
    expect(Math.abs((await whole.evaluate((el) => (el as Player).startedAt)) - f.end)).toBeLessThanOrEqual(TIMEUPDATE);
    expect(await whole.locator('.play').evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await state(page, f.id)).toBe('ended');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("plays on in the whole recording from the fragment's end: from elsewhere, the story opens there", async () => {
    const f = fragments[0]!;
    const { page } = await open('/luisteren/');
    await page.locator(`#fragment-${f.id}`).getByRole('link', { name: /^Luister verder in de hele opname/ }).click();
    await page.waitForURL((url) => url.pathname === `/verhalen/${f.story}/` && url.hash === '#interview');
    expect(new URL(page.url()).searchParams.get('t')).toBe(String(f.end));
    const whole = page.locator('#interview');
    await expect.poll(() => whole.locator('.elapsed').textContent()).toBe(formatClock(f.end));
    await expect.poll(() => whole.locator('.play').evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => whole.evaluate((el) => (el as Player).playbackState)).toBe('playing');
    expect(Math.abs((await whole.evaluate((el) => (el as Player).startedAt)) - f.end)).toBeLessThanOrEqual(TIMEUPDATE);
    await page.close();
  });

  it('offers each fragment and its transcript for download, under clear names', async () => {
    const { page } = await open('/luisteren/');
    for (const f of fragments) {
      const links = page.locator(`#fragment-${f.id} a[download]`);
      expect(await links.evaluateAll((els) => els.map((a) => [a.getAttribute('href'), a.getAttribute('download')]))).toEqual([
        [`/audio/fragmenten/${f.id}.mp3`, `${f.story}-${f.id}.mp3`],
        [`/audio/fragmenten/${f.id}.vtt`, `${f.story}-${f.id}.vtt`],
      ]);
      // Their names say which fragment (for a screen reader, where the visible text is short).
      expect(await links.first().textContent()).toContain(f.quote);
      for (const [path, type] of [[`/audio/fragmenten/${f.id}.mp3`, 'audio/mpeg'], [`/audio/fragmenten/${f.id}.vtt`, 'text/vtt']] as const) {
        const response = await page.request.get(site.url(path));
        expect(response.status(), path).toBe(200);
        expect(response.headers()['content-type'], path).toContain(type);
      }
    }
    await page.close();
  });

  it('says in Dutch when a recording cannot be played, and the page keeps working', async () => {
    const broken = fragments[0]!;
    const working = fragments.find((x) => x.recording !== broken.recording)!;
    site.server.broken.add(`/audio/fragmenten/${broken.id}.mp3`);
    try {
      const { page, errors } = await open('/luisteren/');
      const player = page.locator(`#fragment-${broken.id}`);
      await player.locator('.play').click();
      await expect.poll(() => state(page, broken.id)).toBe('error');
      await expect(player.locator('.error').textContent()).resolves.toContain('Dit fragment kan nu niet worden afgespeeld');
      expect(await player.locator('.transcript').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await player.locator('.cue').count()).toBeGreaterThan(0);
      expect(await player.locator(`a[download][href$="/audio/fragmenten/${broken.id}.mp3"]`).count()).toBe(1);
      await page.locator(`#fragment-${working.id} .play`).click();
      await expect.poll(() => state(page, working.id)).toBe('playing');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      site.server.broken.clear();
    }
  });

  it('waits for the next press when the browser blocks playback', async () => {
    const f = fragments[0]!;
    const { page } = await open(`/verhalen/${f.story}/`);
    // Make the browser refuse play(), as an autoplay policy does, until it is allowed again.
    await page.evaluate(() => {
      const real = HTMLMediaElement.prototype.play;
      const w = window as unknown as { allowPlay: boolean };
      w.allowPlay = false;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        if (!w.allowPlay) return Promise.reject(new DOMException('play() was blocked', 'NotAllowedError'));
        return real.call(this);
      };
    });
    const player = page.locator(`#fragment-${f.id}`);
    await player.locator('.play').click();
    await expect.poll(() => state(page, f.id)).toBe('blocked');
    await expect(player.locator('.status').textContent()).resolves.toContain('Druk nog een keer op afspelen');
    await page.evaluate(() => ((window as unknown as { allowPlay: boolean }).allowPlay = true));
    // Allowed again, but nothing starts by itself: it waits for the press.
    await page.waitForLoadState('networkidle');
    expect(await state(page, f.id)).toBe('blocked');
    await player.locator('.play').click();
    await expect.poll(() => state(page, f.id)).toBe('playing');
    await page.close();
  });
});

describe('the whole recording', () => {
  const stories = [...new Set(fragments.map((f) => f.story))];
  it.each(stories)('%s plays to its last word, and ends with the file', async (story) => {
    const { page, errors } = await open(`/verhalen/${story}/`);
    const whole = page.locator('#interview');
    const end = Number(await whole.getAttribute('data-end'));
    const lastWord = Number(await whole.locator('.cue').last().getAttribute('data-end'));
    expect(lastWord).toBeLessThanOrEqual(end);
    await whole.locator('.seek').fill(String(Math.floor(end - 2)));
    await whole.locator('.rate').selectOption('2'); // the last seconds in half the time
    await whole.locator('.play').click();
    await expect.poll(() => whole.evaluate((el) => (el as Player).playbackState)).toBe('playing');
    // The furthest position the page sees while it plays.
    const furthest = await whole.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          const player = el as Player;
          let seen = 0;
          const look = () => {
            if (player.playbackState !== 'playing') return resolve(seen);
            seen = Math.max(seen, player.currentTime);
            requestAnimationFrame(look);
          };
          look();
        }),
    );
    expect(await whole.evaluate((el) => (el as Player).playbackState)).toBe('ended');
    expect(furthest).toBeGreaterThanOrEqual(lastWord);
    expect(furthest).toBeGreaterThanOrEqual(end - TIMEUPDATE);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('every fragment has a native player that plays exactly its excerpt', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/luisteren/'));
    for (const f of fragments) {
      const audio = page.locator(`#fragment-${f.id} audio[controls]`);
      expect(await audio.isVisible(), f.id).toBe(true);
      expect(await audio.getAttribute('preload')).toBe('none');
      // The fragment's own clip: exactly its excerpt (tests/e2e/clips.test.ts).
      expect(await audio.getAttribute('src')).toBe(`/audio/fragmenten/${f.id}.mp3`);
      expect(await page.locator(`#fragment-${f.id} .controls`).isVisible()).toBe(false);
    }
    await context.close();
  });
});

describe('/luisteren/', () => {
  it('lists every fragment of the stories and plays them one after another', async () => {
    const { page } = await open('/luisteren/');
    const ids = await page.locator('fragment-player').evaluateAll((els) => els.map((e) => e.id.replace('fragment-', '')));
    expect([...ids].sort()).toEqual(fragments.map((f) => f.id).sort());
    await page.getByRole('button', { name: 'Alles afspelen' }).click();
    const [first, second] = ids as [string, string];
    await expect.poll(() => state(page, first)).toBe('playing');
    const f = fragments.find((x) => x.id === first)!;
    await page.locator(`#fragment-${first} .seek`).fill(String(Math.round(f.end - f.start - 1)));
    await expect.poll(() => state(page, second), { timeout: 30_000 }).toBe('playing');
    expect(await state(page, first)).toBe('ended');
    await page.close();
  });
});
