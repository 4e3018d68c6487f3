/**
 * npm run bench: measures the built site in Chromium, as a reader gets it,
 * and prints a table (also written to bench-results.json). Not a test: the
 * figures go into the issues' closing notes.
 *
 *   npm run bench                 builds first, runs everything
 *   npm run bench -- --no-build   measures the dist/ that is there
 *   npm run bench -- --quick      skips Lighthouse and the 500-chapter build
 *   npm run bench -- --scale 1000 only the build of a copy of the project with
 *                                 1000 extra chapters, cold (empty caches),
 *                                 phase by phase (pages, PDF, search, social cards)
 *   npm run bench -- --scale 1000 --runs 3
 *                                 three such builds, each and the median
 *
 * Listening: time from the press to `playing` (median of 20), audio bytes
 * before the first press, bytes fetched to play a whole fragment against the
 * fragment's share of the file (in the stand-in recording, and placed 40
 * minutes into a silent hour-long one), and the player's JavaScript before and after
 * the first press. Search: time from the last keystroke to results shown
 * (median over the test queries), bytes fetched for the first query, and the
 * index size. Pages: HTML, CSS and JS (gzip) on first load.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { findChromium, launchBrowser } from '../tests/support/browser.ts';
import { cutMp3 } from '../src/lib/mp3/cut.ts';
import { playedSeconds, readMp3 } from '../src/lib/mp3/frames.ts';
import { audioRange } from '../src/lib/mp3/id3.ts';
import { serveStatic } from '../tests/support/server.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const results: Record<string, unknown> = {};

/**
 * A copy of the project in a temporary folder (content/ is never touched)
 * with `extra` generated chapters, built cold: empty build caches of its own
 * (Astro's, Vite's and ours, NJI_CACHE_DIR). Returns the wall-clock seconds,
 * the CPU seconds of the build and its children (a busy shared machine
 * stretches the first, hardly the second), and each phase as the build log
 * states it.
 */
function coldBuild(extra: number): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'nji-bench-'));
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'audio']) {
      // public/ may be empty, and then git has no folder.
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const template = readFileSync(join(ROOT, 'content/chapters/stimuleren-van-initiatieven.mdx'), 'utf8')
      .replace(/<StoryBox[\s\S]*?<\/StoryBox>/g, '')
      .replace(/<AudioFragment[^>]*\/>/g, '')
      .replace(/^trefwoorden: .*\n/m, '');
    const existing = readdirSync(join(ROOT, 'content/chapters')).length;
    for (let i = 1; i <= extra; i++) {
      // A few words of its own per chapter, so the index grows with the pages as a real edition's would.
      const own = `\n\nDit hoofdstuk hoort bij wijk${i} en project${i * 7 % 9973}, met buurtnummer ${i}.\n`;
      writeFileSync(
        join(dir, 'content/chapters', `extra-${i}.mdx`),
        template.replace(/^title: .*$/m, `title: "Extra hoofdstuk ${i}"`).replace(/^order: .*$/m, `order: ${existing + i}`) + own,
      );
    }
    const t0 = performance.now();
    // /usr/bin/time reports the CPU time of the build and everything it starts (sharp's threads included).
    const timed = existsSync('/usr/bin/time');
    const astro = [process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const r = spawnSync(timed ? '/usr/bin/time' : astro[0]!, timed ? ['-f', 'cpu %U %S', ...astro] : astro.slice(1), {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
        VITE_CACHE_DIR: join(dir, '.vite-cache'),
        NJI_CACHE_DIR: join(dir, '.nji-cache'),
      },
    });
    const wall = (performance.now() - t0) / 1000;
    const log = r.stdout + r.stderr;
    // The whole build log beside the table (*.log is not committed): which step took what.
    writeFileSync(join(ROOT, `bench-scale-${extra}.log`), log);
    if (r.status !== 0) throw new Error(log.slice(-5000));
    const seconds = (re: RegExp, scale = 1) => {
      const m = re.exec(log);
      return m ? +(Number(m[1]) / scale).toFixed(1) : NaN;
    };
    // Astro says "in 7.77s" or, past a minute, "in 2m 5s".
    const astroSeconds = (re: RegExp) => {
      const m = re.exec(log);
      return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN;
    };
    const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(log);
    // What the index looks like at this size: what grows with the edition, and what every first query fetches.
    const pagefind = join(dir, 'dist/pagefind');
    const sizes = (sub: string, test = (_: string) => true) =>
      readdirSync(join(pagefind, sub)).filter(test).map((f) => statSync(join(pagefind, sub, f)).size);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const firstQuery = sum(sizes('', (f) => /^wasm\.nl\.pagefind$|\.pf_meta$/.test(f))) + sum(sizes('filter'));
    return {
      'total (s, wall)': +wall.toFixed(1),
      'total (s, CPU)': cpu ? +(Number(cpu[1]) + Number(cpu[2])).toFixed(1) : NaN,
      'pages (s)': astroSeconds(/generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)s/),
      'search (s)': seconds(/\[nji-search\][^\n]* in (\d+) ms/, 1000),
      '  of which Pagefind (s)': seconds(/\[nji-search\][^\n]*\(Pagefind (\d+)/, 1000),
      '  of which suggestions (s)': seconds(/\[nji-search\][^\n]*suggestions (\d+),/, 1000),
      '  of which Zopfli (s)': seconds(/\[nji-search\][^\n]*Zopfli (\d+)\)/, 1000),
      // From its start before search to its end after it: for a large edition it runs beside search in a worker thread.
      'PDF (s, beside search)': seconds(/\[nji-pdf-done\][^\n]* in (\d+) ms/, 1000),
      '  of which after search (s)': seconds(/\[nji-pdf-done\][^\n]*, (\d+) ms daarna/, 1000),
      // From its start before the PDF to its end after search: it runs beside them in a worker thread.
      'social cards (s, beside PDF and search)': seconds(/\[nji-social-cards(?:-done)?\][^\n]* in (\d+) ms/, 1000),
      '  of which after them (s)': seconds(/\[nji-social-cards(?:-done)?\][^\n]*, (\d+) ms after them/, 1000),
      pages: Number(/\[build\] (\d+) page\(s\) built/.exec(log)?.[1] ?? NaN),
      'index chunks': sizes('index').length,
      'largest index chunk (KB)': +(Math.max(...sizes('index')) / 1024).toFixed(1),
      fragments: sizes('fragment').length,
      'meta file (KB)': +(sum(sizes('', (f) => f.endsWith('.pf_meta'))) / 1024).toFixed(1),
      'wasm + meta + filters, fetched by every first query (KB)': +(firstQuery / 1024).toFixed(1),
      'social cards (MB)': +(sum(readdirSync(join(dir, 'dist/og/handreiking')).map((f) => statSync(join(dir, 'dist/og/handreiking', f)).size)) / 2 ** 20).toFixed(1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const scaleAt = process.argv.indexOf('--scale');
if (scaleAt !== -1) {
  const extra = Number(process.argv[scaleAt + 1]);
  if (!Number.isInteger(extra) || extra < 0) throw new Error('--scale needs a number of extra chapters, e.g. --scale 1000');
  // --runs K: K cold builds one after another, and each figure's median. A shared machine's speed
  // wanders (one copy of the same build took 30 to 44 s in an hour), so one run proves little.
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt === -1 ? 1 : Number(process.argv[runsAt + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a number of builds, e.g. --runs 3');
  const all = Array.from({ length: runs }, () => coldBuild(extra));
  console.log(`\n## cold build with ${extra} extra chapters${runs > 1 ? `, ${runs} runs: each, then the median` : ''}`);
  console.table(
    runs === 1
      ? all[0]
      : Object.fromEntries(Object.keys(all[0]!).map((key) => [key, { ...Object.fromEntries(all.map((run, i) => [`run ${i + 1}`, run[key]])), median: +median(all.map((run) => run[key]!)).toFixed(1) }])),
  );
  process.exit(0);
}

if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  results['build seconds'] = +((performance.now() - t0) / 1000).toFixed(1);
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// Text gzipped as any host sends it, so Lighthouse and the byte counts see real transfer sizes.
const server = await serveStatic(DIST, '/', { compress: true });
const browser = await launchBrowser();
const bytesOf = (filter: (p: string) => boolean, from = 0) =>
  server.requests.slice(from).filter((r) => filter(r.path)).reduce((sum, r) => sum + r.bytes, 0);

// Page weights on first load: what the browser fetched, gzipped as a host would send it.
const pages: Record<string, Record<string, string>> = {};
for (const path of ['/', '/verhalen/buurt-in-bloei/', '/handreiking/stimuleren-van-initiatieven/', '/bronnen/', '/luisteren/']) {
  const page = await browser.newPage();
  const from = server.requests.length;
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  const fetched = server.requests.slice(from).map((r) => r.path);
  const sum = (ext: RegExp) =>
    fetched
      .filter((p) => ext.test(p) || (ext.test('.html') && p.endsWith('/')))
      .reduce((total, p) => total + gz(readFileSync(p.endsWith('/') ? join(DIST, p, 'index.html') : join(DIST, p))), 0);
  const html = sum(/\.html$/);
  const css = sum(/\.css$/);
  const js = sum(/\.js$/);
  const inlineJs = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  pages[path] = {
    'HTML gz': kb(html),
    'CSS gz': kb(css),
    'JS gz (files)': kb(js),
    'JS gz (inline)': kb(gz(inlineJs)),
    'total gz': kb(html + css + js),
    requests: String(fetched.length),
  };
  await page.close();
}
results['pages'] = pages;

// Listening.
const fragment = 'begin-klein';
const storyPath = '/verhalen/buurt-in-bloei/';
type Player = HTMLElement & { playbackState: string; currentTime: number };
const pressToPlaying: number[] = [];
let audioBeforePress = 0;
let playerJsAfterPress = 0;
for (let i = 0; i < 20; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const from = server.requests.length;
  await page.goto(server.origin + storyPath, { waitUntil: 'networkidle' });
  if (i === 0) audioBeforePress = bytesOf((p) => p.endsWith('.mp3'), from);
  const beforePress = server.requests.length;
  const ms = await page.evaluate(async (id) => {
    const el = document.getElementById(`fragment-${id}`) as Player;
    const t0 = performance.now();
    (el.querySelector('.play') as HTMLButtonElement).click();
    while (el.playbackState !== 'playing') await new Promise((r) => setTimeout(r, 5));
    return performance.now() - t0;
  }, fragment);
  pressToPlaying.push(ms);
  if (i === 0) {
    playerJsAfterPress = server.requests
      .slice(beforePress)
      .filter((r) => r.path.endsWith('.js'))
      .reduce((sum, r) => sum + gz(readFileSync(join(DIST, r.path))), 0);
  }
  await context.close();
}

// A whole fragment, played at double speed on a throttled connection (so the
// browser's own buffering decides what it fetches), against its share of the file.
// Bytes are counted by Chromium as received, not as our server wrote them.
async function playWhole(origin: string) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: (4 * 1024 * 1024) / 8,
    uploadThroughput: (1024 * 1024) / 8,
  });
  // Per audio request: body bytes as they arrive, replaced by the transfer
  // size Chromium reports when the request finishes (a cancelled request keeps
  // what arrived before it was cancelled).
  const audio = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.endsWith('.mp3')) audio.set(e.requestId, 0);
  });
  cdp.on('Network.dataReceived', (e) => {
    if (audio.has(e.requestId)) audio.set(e.requestId, audio.get(e.requestId)! + e.dataLength);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (audio.has(e.requestId)) audio.set(e.requestId, e.encodedDataLength);
  });
  await page.goto(origin + '/verhalen/jongeren-maken-de-stad/', { waitUntil: 'networkidle' });
  const facts = await page.evaluate(async () => {
    const el = document.getElementById('fragment-oude-bakfiets') as Player & { dataset: DOMStringMap };
    (el.querySelector('.rate') as HTMLSelectElement).value = '2';
    (el.querySelector('.play') as HTMLButtonElement).click();
    el.querySelector('.rate')!.dispatchEvent(new Event('change', { bubbles: true }));
    while (el.playbackState !== 'ended') await new Promise((r) => setTimeout(r, 100));
    return { start: Number(el.dataset['start']), end: Number(el.dataset['end']) };
  });
  const fetched = [...audio.values()].reduce((sum, n) => sum + n, 0);
  await page.close();
  return { ...facts, fetched, requests: audio.size };
}

/** The fragment's share of its recording's bytes. */
function shareOf(file: string, seconds: number): number {
  return (statSync(file).size * seconds) / playedSeconds(readMp3(new Uint8Array(readFileSync(file))));
}

/**
 * Where the clip's first sample lies in the recording, decoded by Chromium
 * (at the files' own sample rate): the offset, in samples, at which 50 ms
 * from the clip's first audible sample match the recording best, searched
 * within a second either side. 0 is exact.
 */
async function startOffset(clip: Uint8Array, recording: Uint8Array, from: number): Promise<{ samples: number; frame: number }> {
  const page = await browser.newPage();
  const rate = readMp3(clip).sampleRate;
  const samples = await page.evaluate(
    async ({ clip, recording, from, rate }) => {
      const decode = async (b64: string) =>
        (await new OfflineAudioContext(1, 1, rate).decodeAudioData(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer)).getChannelData(0);
      const a = await decode(clip);
      const b = await decode(recording);
      const start = Math.round(from * rate);
      const span = Math.round(rate / 20);
      // From the clip's first audible sample (the stand-ins open with a pause, and silence matches anywhere).
      const heard = a.findIndex((v) => Math.abs(v) > 0.01);
      let best = 0;
      let bestError = Infinity;
      for (let lag = -rate; lag <= rate; lag++) {
        let error = 0;
        for (let i = heard; i < heard + span && error < bestError; i++) error += (a[i]! - (b[start + lag + i] ?? 0)) ** 2;
        if (error < bestError) [best, bestError] = [lag, error];
      }
      return best;
    },
    { clip: Buffer.from(clip).toString('base64'), recording: Buffer.from(recording).toString('base64'), from, rate },
  );
  await page.close();
  return { samples, frame: readMp3(clip).samplesPerFrame };
}

const recording = join(DIST, 'audio/jongeren-maken-de-stad.mp3');
const whole = await playWhole(server.origin);
const wholeShare = shareOf(recording, whole.end - whole.start);
const wholeStart = await startOffset(
  new Uint8Array(readFileSync(join(DIST, 'audio/fragmenten/oude-bakfiets.mp3'))),
  new Uint8Array(readFileSync(recording)),
  whole.start,
);

// The same fragment placed at 40:00 in an hour-long recording, as the real
// interviews will be: a copy of the site whose recording is the stand-in's
// frames repeated for an hour (real speech, the same format), with the clip
// cut from it at 40:00 as the build would, each behind the ID3 tag the
// site's file carries.
const long = await (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nji-bench-long-'));
  cpSync(DIST, dir, { recursive: true });
  const tagOf = (file: string) => {
    const bytes = new Uint8Array(readFileSync(join(DIST, file)));
    return bytes.subarray(0, audioRange(bytes).start);
  };
  const source = readMp3(new Uint8Array(readFileSync(recording)));
  const frames = source.frames.map((f) => f.data);
  const hour = Math.ceil((3600 * source.sampleRate) / source.samplesPerFrame);
  const mp3 = join(dir, 'audio/jongeren-maken-de-stad.mp3');
  writeFileSync(mp3, Buffer.concat([tagOf('audio/jongeren-maken-de-stad.mp3'), ...Array.from({ length: hour }, (_, i) => frames[i % frames.length]!)]));
  const longBytes = new Uint8Array(readFileSync(mp3));
  const from = 2400;
  const clip = Buffer.concat([tagOf('audio/fragmenten/oude-bakfiets.mp3'), cutMp3(readMp3(longBytes), from, from + whole.end - whole.start).bytes]);
  writeFileSync(join(dir, 'audio/fragmenten/oude-bakfiets.mp3'), clip);
  const copy = await serveStatic(dir, '/', { compress: true });
  try {
    const played = await playWhole(copy.origin);
    const start = await startOffset(clip, longBytes, from);
    return { ...played, size: statSync(mp3).size, share: shareOf(mp3, played.end - played.start), start };
  } finally {
    await copy.close();
    rmSync(dir, { recursive: true, force: true });
  }
})();

const inline = (html: string) =>
  [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
const storyHtml = readFileSync(join(DIST, storyPath, 'index.html'), 'utf8');
results['listening'] = {
  'press → playing, median of 20 (ms)': Math.round(median(pressToPlaying)),
  'press → playing, slowest (ms)': Math.round(Math.max(...pressToPlaying)),
  'audio bytes before the first press': audioBeforePress,
  'player JS before the press (inline, gz)': kb(gz(inline(storyHtml))),
  'player JS loaded on the first press (gz)': kb(playerJsAfterPress),
  'bytes fetched to play oude-bakfiets (1:18)': `${kb(whole.fetched)} in ${whole.requests} request(s)`,
  'its share of jongeren-maken-de-stad.mp3': `${kb(wholeShare)} of ${kb(statSync(recording).size)}`,
  'fetched ÷ share': (whole.fetched / wholeShare).toFixed(2),
  'first sample of the clip vs its start (samples; one frame is)': `${wholeStart.samples} (${wholeStart.frame})`,
  'the same at 40:00 of a 60-minute recording': `${kb(long.fetched)} in ${long.requests} request(s)`,
  'its share of that recording': `${kb(long.share)} of ${kb(long.size)}`,
  'fetched ÷ share, 60 minutes': (long.fetched / long.share).toFixed(2),
  'first sample of the clip vs its start, 60 minutes (samples)': `${long.start.samples} (${long.start.frame})`,
};

// Search.
const QUERIES = ['bakfiets', 'superblij', 'Jakob', 'Lelystad', 'Eindhoven', 'Samira', 'MB Coach', 'valkuilen', 'gelijkwaardigheid', 'ABCD', 'Buurtwijs', 'Impact in de Wijk', 'decentralisatie', 'Omar', 'URBN Village', 'begin klein', 'samen optrekken', 'bemoeien', 'Wilma', 'individuele zorg'];
{
  const page = await browser.newPage();
  await page.goto(server.origin + '/verhalen/buurt-in-bloei/', { waitUntil: 'networkidle' });
  const from = server.requests.length;
  await page.locator('.search-open').click();
  const input = page.locator('site-search .search-input');
  const times: number[] = [];
  let firstQueryBytes = 0;
  for (const [i, q] of QUERIES.entries()) {
    await input.fill(q.slice(0, -1));
    await page.waitForLoadState('networkidle');
    const ms = await page.evaluate(async (last) => {
      const field = document.querySelector<HTMLInputElement>('site-search .search-input')!;
      const status = document.querySelector('site-search .search-status')!;
      const t0 = performance.now();
      field.value += last;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      const want = `voor ‘${field.value}’`;
      while (!status.textContent?.includes(want)) await new Promise((r) => setTimeout(r, 2));
      return performance.now() - t0;
    }, q.slice(-1));
    times.push(ms);
    if (i === 0) firstQueryBytes = server.requests.slice(from).reduce((sum, r) => sum + r.bytes, 0);
  }
  const indexBytes = execFileSync('du', ['-sb', join(DIST, 'pagefind')], { encoding: 'utf8' }).split('\t')[0];
  const core = execFileSync('sh', ['-c', `cat ${join(DIST, 'pagefind')}/pagefind.js ${join(DIST, 'pagefind')}/*.pf_meta ${join(DIST, 'pagefind')}/wasm.nl.pagefind | wc -c`], { encoding: 'utf8' }).trim();
  results['search'] = {
    'last keystroke → results, median (ms)': Math.round(median(times)),
    'last keystroke → results, slowest (ms)': Math.round(Math.max(...times)),
    'includes the UI debounce (ms)': 120,
    'bytes fetched for the first query (UI + Pagefind + index)': kb(firstQueryBytes),
    'index folder on disk (all files)': kb(Number(indexBytes)),
    'pagefind.js + meta + Dutch wasm': kb(Number(core)),
  };
  await page.close();
}

await browser.close();

const quick = process.argv.includes('--quick');

// Lighthouse, mobile with its default throttling, for four page types. Run on
// demand with npx (a large tool the tests do not need), on the same Chromium.
// Scores move a few points between runs, so each page runs three times and the
// table shows the median run (by performance score), as Lighthouse advises.
if (!quick) {
  const { executablePath } = await findChromium();
  const RUNS = 3;
  type Report = { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> };
  const lighthouse = (url: string) =>
    // Asynchronous on purpose: the static server lives in this process, and a
    // synchronous spawn would stop it from answering Lighthouse's requests.
    new Promise<Report | undefined>((resolve) => {
      execFile(
        'npx',
        ['--yes', 'lighthouse@13.5.0', url, '--output=json', '--quiet', '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run'],
        { encoding: 'utf8', env: { ...process.env, CHROME_PATH: executablePath }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
        (error, stdout, stderr) => {
          if (error) console.error(`Lighthouse failed for ${url}: ${stderr.slice(-2000)}`);
          resolve(error ? undefined : (JSON.parse(stdout) as Report));
        },
      );
    });
  const scores: Record<string, Record<string, number | string>> = {};
  for (const path of ['/', '/verhalen/buurt-in-bloei/', '/handreiking/stimuleren-van-initiatieven/', '/bronnen/']) {
    const reports: Report[] = [];
    for (let i = 0; i < RUNS; i++) {
      const report = await lighthouse(server.origin + path);
      if (report) reports.push(report);
    }
    if (reports.length === 0) {
      scores[path] = { error: 'every run failed' };
      continue;
    }
    const score = (r: Report, category: string) => Math.round(r.categories[category]!.score * 100);
    const byPerformance = [...reports].sort((x, y) => score(x, 'performance') - score(y, 'performance'));
    const report = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
    scores[path] = {
      performance: score(report, 'performance'),
      'performance, all runs': reports.map((r) => score(r, 'performance')).join(' '),
      accessibility: score(report, 'accessibility'),
      'best-practices': score(report, 'best-practices'),
      seo: score(report, 'seo'),
      'FCP ms': Math.round(report.audits['first-contentful-paint']?.numericValue ?? 0),
      'LCP ms': Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
      'TBT ms': Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
      CLS: +(report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
    };
  }
  results['lighthouse (mobile)'] = scores;
}
await server.close();

// Build time for the real site, and for a copy with 500 extra chapters, both cold.
if (!quick) {
  results['build time, cold (s)'] = { 'real site, fresh copy': coldBuild(0)['total (s, wall)'], 'with 500 extra chapters': coldBuild(500)['total (s, wall)'] };
}

writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
for (const [section, value] of Object.entries(results)) {
  console.log(`\n## ${section}`);
  if (typeof value !== 'object') console.log(String(value));
  else console.table(value);
}
