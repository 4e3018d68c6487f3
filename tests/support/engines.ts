/**
 * One small interface over three browser engines, for the reader's flows in
 * tests/engines/: Chromium through playwright-core (./browser), Firefox ESR
 * through puppeteer-core over WebDriver BiDi, and WebKitGTK's MiniBrowser
 * through WebKitWebDriver with selenium-webdriver, under an Xvfb display this
 * file starts when DISPLAY is unset. Keys are real key events in all three
 * (Playwright and Puppeteer input, WebDriver Actions for WebKit).
 *
 * Problems a page meets (console errors, uncaught errors, rejected promises,
 * resources that fail to load, CSP violations) are collected by one script the
 * test server puts first in every page (WATCH_SCRIPT; WebKitWebDriver has no
 * way to add a script at document start, and one mechanism for all three keeps
 * them comparable); it keeps them in sessionStorage, so they survive a
 * navigation within the tab. Chromium and Firefox also report the console
 * errors and page errors their drivers see.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { launchBrowser } from './browser';
import { ROOT } from './paths';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINE_NAMES: EngineName[] = ['chromium', 'firefox', 'webkit'];
export const ENGINE_LABEL: Record<EngineName, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** A function run in the page: it may use only its arguments (it is sent as source text). */
type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

export interface EnginePage {
  readonly engine: EngineName;
  /** Opens an address and waits for its load event. */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** A real click on the first element matching the selector (scrolled into view). */
  click(selector: string): Promise<void>;
  /** A real mouse click at a point of the viewport (CSS pixels), e.g. on a native control's button. */
  clickAt(x: number, y: number): Promise<void>;
  /** One key or a chord as real key events: "Escape", "Tab", "j", "Control+k". */
  press(key: string): Promise<void>;
  /** Types text as key events into what has focus. */
  type(text: string): Promise<void>;
  /**
   * Polls the function in the page until it returns a truthy value and returns
   * that; after `timeout` ms fails with the description and the last value seen.
   */
  waitFor<A extends unknown[], R>(description: string, fn: PageFunction<A, R>, args?: A, timeout?: number): Promise<NonNullable<R>>;
  /** What went wrong in the pages of this tab since the last call (and clears it). */
  problems(): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** The browser's own version string. */
  readonly version: string;
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Firefox only: a profile with JavaScript switched off (javascript.enabled: false). */
  javascript?: boolean;
}

/** Where the watch script is served; the test server puts it first in every page. */
export const WATCH_PATH = '/__engines-watch.js';
const PROBLEMS_KEY = '__engineProblems';

/** Records what goes wrong in a page, from before its first byte of script, in sessionStorage. */
export const WATCH_SCRIPT = `(() => {
  const key = ${JSON.stringify(PROBLEMS_KEY)};
  const add = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(key) || '[]');
      list.push(location.pathname + location.search + ': ' + text);
      sessionStorage.setItem(key, JSON.stringify(list));
    } catch {}
  };
  document.addEventListener('securitypolicyviolation', (e) => add('CSP: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
  addEventListener('error', (e) => {
    const el = e.target;
    if (el && el !== window && el.tagName) add('failed to load <' + el.tagName.toLowerCase() + '> ' + (el.currentSrc || el.src || el.href || ''));
    else add('error: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', (e) => add('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
  const error = console.error;
  console.error = function (...args) {
    add('console.error: ' + args.map(String).join(' '));
    return error.apply(this, args);
  };
})();`;

const readProblems = (key: string) => {
  const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
  sessionStorage.removeItem(key);
  return list;
};

/** Runs a page function in the page by its source text (no eval in the page: its CSP forbids it). */
const call = (fn: (...args: never[]) => unknown, args: unknown[]) => `(${fn.toString()})(...${JSON.stringify(args)})`;

async function poll<R>(description: string, read: () => Promise<R>, timeout: number): Promise<NonNullable<R>> {
  const until = Date.now() + timeout;
  let last: R | undefined;
  let failure: unknown;
  for (;;) {
    try {
      last = await read();
      failure = undefined;
      if (last) return last as NonNullable<R>;
    } catch (e) {
      failure = e;
    }
    if (Date.now() > until) {
      const seen = failure ? `error ${String(failure)}` : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${description} (last: ${seen})`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

// ---------------------------------------------------------------- availability

const onPath = (name: string) =>
  (process.env['PATH'] ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((p) => existsSync(p));

export function findFirefox(): string | undefined {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return onPath('firefox-esr') ?? onPath('firefox');
}

/** WebKitGTK's MiniBrowser (Debian: libwebkit2gtk-4.1-0 or libwebkitgtk-6.0-4; WEBKIT_MINIBROWSER to choose one). */
export function findMiniBrowser(): string | undefined {
  const fromEnv = process.env['WEBKIT_MINIBROWSER'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/libexec'])
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const p = join(lib, api, 'MiniBrowser');
      if (existsSync(p)) return p;
    }
  return undefined;
}

/** Ensures a PulseAudio sink (tests/support/sound-sink.sh); returns what is missing, if anything. */
export function ensureSoundSink(): string | undefined {
  try {
    execFileSync('bash', [join(ROOT, 'tests/support/sound-sink.sh')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
    return undefined;
  } catch (e) {
    const message = String((e as { stderr?: Buffer }).stderr ?? '').trim();
    return message || 'PulseAudio start niet';
  }
}

/**
 * What this machine lacks to run an engine, as a Dutch sentence naming the
 * package to install; undefined when the engine can run.
 */
export function missingEngine(name: EngineName): string | undefined {
  const missing: string[] = [];
  if (name === 'firefox') {
    if (!findFirefox())
      return process.env['FIREFOX_PATH']
        ? `Firefox: FIREFOX_PATH wijst naar ${process.env['FIREFOX_PATH']}, dat bestaat niet`
        : 'Firefox: firefox-esr of firefox niet gevonden — apt-get install firefox-esr pulseaudio (of zet FIREFOX_PATH)';
    if (!onPath('pulseaudio')) missing.push('pulseaudio');
  }
  if (name === 'webkit') {
    if (!onPath('WebKitWebDriver')) missing.push('webkit2gtk-driver');
    if (!findMiniBrowser()) missing.push('libwebkit2gtk-4.1-0');
    if (!process.env['DISPLAY'] && !onPath('Xvfb')) missing.push('xvfb');
    if (!onPath('pulseaudio')) missing.push('pulseaudio');
    if (missing.length) {
      const what = missing.includes('webkit2gtk-driver') ? 'WebKitWebDriver niet gevonden' : `${missing.join(', ')} ontbreekt`;
      return `WebKit: ${what} — apt-get install ${[...new Set(['webkit2gtk-driver', 'xvfb', ...missing])].join(' ')} gstreamer1.0-plugins-good gstreamer1.0-libav`;
    }
  }
  if (missing.length) return `${ENGINE_LABEL[name]}: ${missing.join(', ')} ontbreekt — apt-get install ${missing.join(' ')}`;
  return undefined;
}

export async function launchEngine(name: EngineName, options: EngineOptions = {}): Promise<Engine> {
  if (name !== 'chromium') {
    const sound = ensureSoundSink();
    if (sound) throw new Error(`${ENGINE_LABEL[name]}: ${sound}`);
  }
  if (name === 'chromium') return launchChromium();
  if (name === 'firefox') return launchFirefox(options);
  return launchWebKit();
}

// ---------------------------------------------------------------- Chromium

/** Playwright's key names are the shared ones ("Control+k", "Escape"). */
async function launchChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    version: browser.version(),
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const native: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') native.push(`${page.url()}: console: ${m.text()}`);
      });
      page.on('pageerror', (e) => native.push(`${page.url()}: ${e.message}`));
      const self: EnginePage = {
        engine: 'chromium',
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        url: async () => page.url(),
        evaluate: <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) => page.evaluate(call(fn, args)) as Promise<R>,
        click: (selector) => page.locator(selector).first().click(),
        clickAt: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        waitFor: (description, fn, args = [] as never, timeout = 15_000) => poll(description, () => self.evaluate(fn, ...args), timeout),
        problems: async () => [...native.splice(0), ...(await self.evaluate(readProblems, PROBLEMS_KEY).catch(() => []))],
        screenshot: async (file) => void (await page.screenshot({ path: file })),
        close: () => page.close(),
      };
      return self;
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- Firefox

/** Puppeteer presses a chord as modifier down, key, modifier up. */
async function chord(key: string, down: (k: string) => Promise<void>, up: (k: string) => Promise<void>, press: (k: string) => Promise<void>) {
  const parts = key.split('+');
  const last = parts.pop()!;
  const main = last === '' ? '+' : last;
  for (const mod of parts) await down(mod);
  await press(main);
  for (const mod of parts.reverse()) await up(mod);
}

async function launchFirefox({ javascript = true }: EngineOptions): Promise<Engine> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(missingEngine('firefox'));
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    extraPrefsFirefox: javascript ? {} : { 'javascript.enabled': false },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const native: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') native.push(`${page.url()}: console: ${m.text()}`);
      });
      page.on('pageerror', (e) => native.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
      const self: EnginePage = {
        engine: 'firefox',
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        url: async () => page.url(),
        evaluate: <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
          page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<R>,
        click: (selector) => page.click(selector),
        clickAt: (x, y) => page.mouse.click(x, y),
        press: (key) =>
          chord(
            key,
            (k) => page.keyboard.down(k as never),
            (k) => page.keyboard.up(k as never),
            (k) => page.keyboard.press(k as never),
          ),
        type: (text) => page.keyboard.type(text),
        waitFor: (description, fn, args = [] as never, timeout = 15_000) => poll(description, () => self.evaluate(fn, ...args), timeout),
        problems: async () => [...native.splice(0), ...(await self.evaluate(readProblems, PROBLEMS_KEY).catch(() => []))],
        screenshot: async (file) => void (await page.screenshot({ path: file })),
        close: () => page.close(),
      };
      return self;
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- WebKit

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });

/** Starts Xvfb on a display it chooses itself (-displayfd), so parallel runs never collide. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('Xvfb gaf binnen 20 s geen display')), 20_000);
    xvfb.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        ok(`:${out.trim()}`);
      }
    });
    xvfb.once('exit', (code) => fail(new Error(`Xvfb stopte (${code})`)));
  });
  return { display, process: xvfb };
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode) return;
  const gone = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
}

/** WebDriver's key codes for the shared key names. */
async function webdriverKeys() {
  const { Key } = await import('selenium-webdriver');
  const names: Record<string, string> = {
    Control: Key.CONTROL,
    Shift: Key.SHIFT,
    Alt: Key.ALT,
    Meta: Key.META,
    Escape: Key.ESCAPE,
    Enter: Key.ENTER,
    Tab: Key.TAB,
    Space: ' ',
    Backspace: Key.BACK_SPACE,
    ArrowDown: Key.ARROW_DOWN,
    ArrowUp: Key.ARROW_UP,
    ArrowLeft: Key.ARROW_LEFT,
    ArrowRight: Key.ARROW_RIGHT,
    Home: Key.HOME,
    End: Key.END,
  };
  return (name: string) => {
    const code = names[name] ?? (name.length === 1 ? name : undefined);
    if (code === undefined) throw new Error(`Unknown key ${name}`);
    return code;
  };
}

async function launchWebKit(): Promise<Engine> {
  const binary = findMiniBrowser();
  if (!binary || !onPath('WebKitWebDriver')) throw new Error(missingEngine('webkit'));
  const { Builder, By, Origin } = await import('selenium-webdriver');
  const key = await webdriverKeys();
  let xvfb: ChildProcess | undefined;
  let display = process.env['DISPLAY'];
  if (!display) ({ display, process: xvfb } = await startXvfb());
  const port = await freePort();
  // WebKitGTK hands each painted frame from its web process to the window as a DMA-BUF; under Xvfb
  // (no GPU) Mesa emulates that in software. Shared memory instead paints the same pages for about
  // half the CPU: the engine's flows took 57–62 CPU-s, now 30–36, beside a suite that is CPU-bound.
  // The web engine (layout, scripts, media) is the same; Safari has neither path.
  const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_DMABUF_RENDERER: '1' };
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env });
  // Should the test process end without close() (a crash, a killed worker), take the driver and display along.
  const orphans = () => {
    driverProcess.kill('SIGKILL');
    xvfb?.kill('SIGKILL');
  };
  process.once('exit', orphans);
  try {
    await poll('WebKitWebDriver', () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok), 20_000);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ x: 0, y: 0, width: 1280, height: 900 });
    const version = String((await driver.getCapabilities()).get('browserVersion'));
    const evaluate = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
      driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args) as Promise<R>;
    let open = false;
    return {
      name: 'webkit',
      version,
      /** One window for the whole file: a new "page" starts from a blank document in it. */
      async newPage() {
        if (open) throw new Error('WebKit: one page at a time');
        open = true;
        await driver.get('about:blank');
        const self: EnginePage = {
          engine: 'webkit',
          goto: (url) => driver.get(url),
          url: () => driver.getCurrentUrl(),
          evaluate,
          click: async (selector) => {
            const element = await driver.findElement(By.css(selector));
            // WebKitWebDriver refuses an element outside the view while the page scrolls smoothly there
            // (html:focus-within has scroll-behavior: smooth): centre it at once first.
            await driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "center", behavior: "instant" })', element);
            try {
              await element.click();
            } catch (error) {
              // WebKitWebDriver's own check calls a link in a modal dialog's scrolled list not interactable
              // (the top layer): a real pointer press at its centre is what a reader's tap does.
              if ((error as Error).name !== 'ElementNotInteractableError') throw error;
              const r = (await driver.executeScript('const r = arguments[0].getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];', element)) as [number, number];
              await driver.actions().move({ x: Math.round(r[0]), y: Math.round(r[1]), origin: Origin.VIEWPORT }).click().perform();
            }
          },
          press: async (combo) => {
            const parts = combo.split('+');
            const last = parts.pop()!;
            const mods = parts.map(key);
            let actions = driver.actions();
            for (const m of mods) actions = actions.keyDown(m);
            actions = actions.keyDown(key(last === '' ? '+' : last)).keyUp(key(last === '' ? '+' : last));
            for (const m of mods.reverse()) actions = actions.keyUp(m);
            await actions.perform();
          },
          clickAt: async (x, y) => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
          type: async (text) => driver.actions().sendKeys(text).perform(),
          waitFor: (description, fn, args = [] as never, timeout = 15_000) => poll(description, () => evaluate(fn, ...args), timeout),
          problems: () => evaluate(readProblems, PROBLEMS_KEY).catch(() => []),
          screenshot: async (file) => writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64')),
          close: async () => {
            // Leave the page, so its sound stops; the window stays for the next page.
            await driver.get('about:blank').catch(() => {});
            open = false;
          },
        };
        return self;
      },
      async close() {
        await driver.quit().catch(() => {});
        await stop(driverProcess);
        await stop(xvfb);
        process.off('exit', orphans);
      },
    };
  } catch (e) {
    await stop(driverProcess);
    await stop(xvfb);
    throw e;
  }
}
