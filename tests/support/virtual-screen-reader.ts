/**
 * A screen reader in the test's Chromium: @guidepup/virtual-screen-reader.
 *
 * Why: tests/support/spoken reads Chromium's accessibility tree, which says
 * what an element *is*; it does not say what a screen reader *speaks* while a
 * listener moves: entering a dialog, the role words ("button", "slider"),
 * live regions queued as they change, browse-mode "next" over text that Tab
 * never reaches. The virtual screen reader is a DOM library that computes
 * those phrases (dom-accessibility-api, html-aria) and keeps a spoken log.
 *
 * How: the library is bundled once for the browser with esbuild into
 * node_modules/.cache/ (nothing of it goes into the site) and added to the
 * test's pages as an init script (that runs before the page's own scripts and
 * is not subject to the page's CSP). The test drives it through
 * page.evaluate. Keys go through Playwright's keyboard (trusted events: the
 * browser's real focus order, and Howler may start audio), and the virtual
 * screen reader follows focus (it listens to focusin) and speaks what lands
 * there, as NVDA or VoiceOver do in focus mode. Browse-mode moves (`next`)
 * and its `act` (a click on the item under its cursor) are the library's own.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { build, type BuildOptions } from 'esbuild';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

const PACKAGE = '@guidepup/virtual-screen-reader';

/** The browser bundle's path, built on first use and kept per library version and build options. */
async function bundlePath(): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const options: BuildOptions = {
    stdin: { contents: `import { virtual } from '${PACKAGE}'; globalThis.__virtual = virtual;`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  };
  // Rebuilt when the library or these options change.
  const key = createHash('sha256').update(`${version} ${JSON.stringify(options)}`).digest('hex').slice(0, 12);
  const dir = join(ROOT, 'node_modules', '.cache', 'nji-virtual-screen-reader');
  const file = join(dir, `virtual-screen-reader-${key}.js`);
  if (existsSync(file)) return file;
  const text = (await build(options)).outputFiles?.[0]?.text;
  if (!text) throw new Error(`esbuild gave no bundle of ${PACKAGE}`);
  mkdirSync(dir, { recursive: true });
  // Two test files may build at once: write aside, then rename (atomic).
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return file;
}

type Command = 'next' | 'previous' | 'act';

export interface VirtualScreenReader {
  /** Starts it on the page's body (after a navigation, start again). Clears the log. */
  start(): Promise<void>;
  /** Browse mode: the next item (or the previous); returns what it says. */
  next(): Promise<string>;
  previous(): Promise<string>;
  /** Moves with `next` until what it says matches (at most `max` items); returns the phrases on the way. */
  nextUntil(done: RegExp, max?: number): Promise<string[]>;
  /** The default action of the item under its cursor (a click). */
  act(): Promise<void>;
  /** Presses a real key in the browser; the screen reader speaks where focus lands. */
  press(key: string): Promise<void>;
  /**
   * Says where focus is now (NVDA+Tab, VoiceOver's VO+F3): the library speaks
   * on focus changes only, not when the focused control's name changes.
   */
  focus(): Promise<string>;
  /** Presses `key` until what is spoken last matches (at most `max` presses); returns the phrases on the way. */
  pressUntil(key: string, done: RegExp, max?: number): Promise<string[]>;
  /** Everything spoken since the last call of `said` (or the start), live regions as "polite: …"/"assertive: …". */
  said(): Promise<string[]>;
  /** The last phrase spoken. */
  last(): Promise<string>;
  /** Everything spoken since `start`, for the test's report. */
  log(): Promise<string[]>;
}

/** Gives a page the virtual screen reader; call before its first navigation. */
export async function virtualScreenReader(page: Page): Promise<VirtualScreenReader> {
  await page.addInitScript({ path: await bundlePath() });
  let read = 0;
  const log = () => page.evaluate(() => (globalThis as unknown as { __virtual: { spokenPhraseLog(): Promise<string[]> } }).__virtual.spokenPhraseLog());
  const run = (command: Command) =>
    page.evaluate(async (c) => {
      const v = (globalThis as unknown as { __virtual: Record<Command, () => Promise<void>> & { lastSpokenPhrase(): Promise<string> } }).__virtual;
      await v[c]();
      return v.lastSpokenPhrase();
    }, command);
  const last = async () => (await log()).at(-1) ?? '';
  const sr: VirtualScreenReader = {
    async start() {
      await page.evaluate(async () => {
        const v = (globalThis as unknown as { __virtual: { start(o: { container: Element }): Promise<void>; stop(): Promise<void> } }).__virtual;
        await v.stop();
        await v.start({ container: document.body });
      });
      read = 0;
    },
    next: () => run('next'),
    previous: () => run('previous'),
    async nextUntil(done, max = 50) {
      // In the page, in one round trip: a walk over a long story page takes hundreds of steps.
      const heard = await page.evaluate(
        async ({ source, flags, max }) => {
          const v = (globalThis as unknown as { __virtual: { next(): Promise<void>; lastSpokenPhrase(): Promise<string> } }).__virtual;
          const re = new RegExp(source, flags);
          const said: string[] = [];
          for (let i = 0; i < max; i++) {
            await v.next();
            said.push(await v.lastSpokenPhrase());
            if (re.test(said.at(-1)!)) break;
          }
          return said;
        },
        { source: done.source, flags: done.flags, max },
      );
      if (!done.test(heard.at(-1) ?? '')) throw new Error(`next never reached ${done}; spoken: ${heard.join(' | ')}`);
      return heard;
    },
    async act() {
      await run('act');
    },
    async press(key) {
      await page.keyboard.press(key);
      // The page may move focus a frame later (a skip link, a dialog); the screen reader speaks a microtask after focusin.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    },
    async focus() {
      // The library's own focus handler, as on a real focus change; it speaks only when the phrase differs from the last.
      await page.evaluate(() => document.activeElement?.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
      await page.evaluate(() => new Promise((r) => setTimeout(r)));
      // The phrase for the focused element: the last one that is not a live region's.
      return (await log()).findLast((p) => !/^(polite|assertive): /.test(p)) ?? '';
    },
    async pressUntil(key, done, max = 30) {
      const start = (await log()).length;
      for (let i = 0; i < max; i++) {
        await sr.press(key);
        const heard = (await log()).slice(start);
        if (heard.length && done.test(heard.at(-1)!)) return heard;
      }
      throw new Error(`${key} never reached ${done}; spoken: ${(await log()).slice(start).join(' | ')}`);
    },
    async said() {
      const all = await log();
      const fresh = all.slice(read);
      read = all.length;
      return fresh;
    },
    last,
    log,
  };
  return sr;
}

/** Waits until the screen reader has said a phrase matching `pattern` (live regions come late); returns it. */
export async function heard(sr: VirtualScreenReader, pattern: RegExp): Promise<string> {
  await expect.poll(async () => (await sr.log()).some((p) => pattern.test(p))).toBe(true);
  return (await sr.log()).findLast((p) => pattern.test(p))!;
}
