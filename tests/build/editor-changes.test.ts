/**
 * What editors change, in one fixture build (one build instead of three: each
 * change is in its own file, and each describe reads only what its change
 * makes):
 * - a photo for a story (`image` next to the MDX file, `imageAlt`) reaches
 *   readers as responsive AVIF and WebP, with width and height, its description
 *   as alt text, eager at the top of its own page and lazy in the story cards;
 *   `updated` shows as "Bijgewerkt op …";
 * - one story switched to the real interview (`recordingKind: interview`,
 *   speakers in the transcript): every label follows;
 * - a new resource without `order` stands at the end of its group;
 * - what an editor may want to fix but does not break the site (a very long
 *   title, an empty section, a variable-bitrate recording) is a warning that
 *   names the file and the field, and the build still succeeds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { warnings } from '../../tools/ci-summary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { parseBuffer } from 'music-metadata';
import { makeFixture } from '../support/fixture';
import { recordingFindings, storyRecordings } from '../support/recordings';
import { pageHtml } from '../support/site';
import { ROOT } from '../support/paths';
import { frontMatter } from '../support/content';
import { pngTexts } from '../../src/build/png-text';

const fixture = makeFixture();
const ALT = 'Wilma en Patrick op een bankje in de wijk';
const story = 'content/stories/jongeren-maken-de-stad.mdx';
/**
 * What the test needs, whatever today's content says (an editor may replace
 * any recording): the other two stories are stand-ins (no speakers in their
 * transcripts or fragments), and this one is switched to the interview.
 * Names, quotes and titles below come from the front matter.
 */
const STAND_INS = ['content/stories/buurt-in-bloei.mdx', 'content/stories/open-leercentrum.mdx'];
const data = (file: string) => frontMatter(file) as { title: string; initiative: string; order: number; recording: string; fragments: { id: string; quote: string }[] };
const switched = data(story);
const first = switched.fragments[0]!;
const standInClip = data(STAND_INS[0]!).fragments[0]!.id;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let result: { status: number | null; output: string };
let html: { story: string; cover: string };
const dist = join(fixture.dir, 'dist');
const page = (path: string) => pageHtml(path, dist);

beforeAll(async () => {
  // A photo: a real photo-sized image, made here (NJi's photographs are not in the project yet).
  const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#7aa86b' } })
    .composite([{ input: Buffer.from('<svg width="900" height="600"><circle cx="450" cy="300" r="250" fill="#2d6a2f"/></svg>'), top: 300, left: 450 }])
    .png()
    .toBuffer();
  fixture.write('content/stories/buurt-in-bloei.png', png);
  // In place of any updated, image and imageAlt the story has today.
  fixture.edit('content/stories/buurt-in-bloei.mdx', (t) =>
    t.replace(/^(updated|image|imageAlt): .*\n/gm, '').replace(/^colour: (.*)$/m, `colour: $1\nupdated: 2026-11-12\nimage: ./buurt-in-bloei.png\nimageAlt: "${ALT}"`),
  );
  const noSpeakers = (vtt: string) => vtt.replace(/<v[\s.][^>]*>|<\/v>/g, '');
  for (const file of STAND_INS) {
    fixture.edit(file, (t) => t.replace(/^recordingKind: .*$/m, 'recordingKind: voorlopig').replace(/^ {4}speaker: .*\n/gm, ''));
    fixture.edit(`audio/${data(file).recording.replace(/\.mp3$/, '.vtt')}`, noSpeakers);
  }
  // The real interview for one story.
  fixture.edit(story, (t) =>
    t
      .replace(/^recordingKind: .*$/m, 'recordingKind: interview')
      .replace(/^ {4}speaker: .*\n/gm, '')
      .replace(new RegExp(`(  - id: ${first.id}\n)`), '$1    speaker: "Jakob Stolk"\n'),
  );
  fixture.edit(`audio/${switched.recording.replace(/\.mp3$/, '.vtt')}`, (t) => noSpeakers(t).replace(/(--> [^\n]+\n)/g, '$1<v Jakob Stolk>'));
  // A story without updated, to show that it then says nothing.
  fixture.edit('content/stories/open-leercentrum.mdx', (t) => t.replace(/^updated: .*\n/m, ''));
  // Warnings.
  fixture.edit('content/chapters/valkuilen.mdx', (t) =>
    t.replace(/^title: .*$/m, 'title: "Valkuilen bij het ondersteunen van burgerinitiatieven en hoe je die als wijkteam kunt vermijden"'),
  );
  fixture.edit('content/chapters/versterken-van-initiatieven.mdx', (t) => `${t}\n## Nog te schrijven\n`);
  fixture.write('audio/gesprek.mp3', readFileSync(join(ROOT, 'tests/fixtures/vbr.mp3')));

  // A new resource as the guide's template makes it in the browser: no order.
  fixture.write(
    'content/resources/avondje-in-de-buurt.mdx',
    '---\ntitle: "Avondje in de buurt"\ngroup: "Werkmethodieken"\nurl: "https://www.voorbeeld.nl/avondje"\n---\n\nEen werkboek van een buurthuis uit 2024.\n',
  );

  result = fixture.build();
  expect(result.status, result.output).toBe(0);
  html = { story: page('/verhalen/buurt-in-bloei/'), cover: page('/') };
}, 180_000);
afterAll(() => fixture.dispose());

describe('warnings', () => {
  it('a very long title, an empty section and a variable-bitrate recording are printed, not fatal', () => {
    expect(existsSync(join(fixture.dir, 'dist/handreiking/valkuilen/index.html'))).toBe(true);
    expect(result.output).toContain('Let op: content/chapters/valkuilen.mdx → veld “title”: de titel is 95 tekens lang.');
    expect(result.output).toMatch(
      /Let op: content\/chapters\/versterken-van-initiatieven\.mdx:\d+ → veld “tekst”: onder de kop “Nog te schrijven” staat geen tekst\./,
    );
    expect(result.output).toMatch(
      /Let op: audio\/gesprek\.mp3 → veld “bestand”: deze opname heeft een wisselende bitrate \(VBR\)\. Fragmenten worden exact geknipt/,
    );
    // Each warning once, although many pages load the publication.
    expect(result.output.match(/veld “title”: de titel is/g)).toHaveLength(1);
    expect(result.output.match(/wisselende bitrate/g)).toHaveLength(1);
  });

  it('npm run controleer passes the same content, with the same warnings', () => {
    const check = fixture.check();
    expect(check.ok, check.report).toBe(true);
    // The warnings first, the verdict last.
    // The three made here, and any an editor's content has today (a warning does not stop the build).
    const count = warnings(check.output).length;
    expect(check.report).toMatch(new RegExp(`\\nAlles in orde \\(let op de ${count} waarschuwingen hierboven\\): de inhoud van content/ en audio/ is gecontroleerd in \\d+,\\d s\\.$`));
    expect(check.report.startsWith('Let op: ')).toBe(true);
    expect(warnings(check.output)).toEqual(warnings(result.output));
    expect(count).toBeGreaterThanOrEqual(3);
    for (const w of warnings(result.output)) expect(check.report).toContain(`Let op: ${w}`);
  });
});

const pictures = (page: string) => [...page.matchAll(/<picture>([\s\S]*?)<\/picture>/g)].map((m) => m[1]!);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('a new resource without order', () => {
  it('stands at the end of its group on /bronnen/, after the numbered ones', () => {
    const html = page('/bronnen/');
    const section = html.slice(html.indexOf('id="werkmethodieken"'));
    const ids = [...section.slice(0, section.indexOf('</section>')).matchAll(/<h3 id="([^"]+)"/g)].map((m) => m[1]);
    // After every numbered resource of its group (as content/resources/ has them; an editor may have added unnumbered ones too, which go by title).
    const numbered = readdirSync(join(fixture.dir, 'content/resources'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...(frontMatter(`content/resources/${f}`, fixture.dir) as { group: string; order?: number }) }))
      .filter((r) => r.group === 'Werkmethodieken' && r.order !== undefined)
      .map((r) => r.id);
    expect(numbered.length).toBeGreaterThan(1);
    expect(ids.slice(0, numbered.length).sort()).toEqual([...numbered].sort());
    expect(ids.slice(numbered.length)).toContain('avondje-in-de-buurt');
  });
});

describe('a story with a photo', () => {
  it('offers AVIF and WebP in several widths, each file built', () => {
    const [picture] = pictures(html.story);
    expect(picture).toBeDefined();
    for (const type of ['image/avif', 'image/webp']) {
      const source = new RegExp(`<source[^>]*type="${type}"[^>]*>`).exec(picture!)?.[0] ?? '';
      const files = (attr(source, 'srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]!);
      expect(files.length, type).toBeGreaterThanOrEqual(3);
      for (const file of files) expect(existsSync(join(fixture.dir, 'dist', file)), file).toBe(true);
    }
  });

  it('sets alt, width and height (no layout shift) and loads the hero at once', () => {
    const img = /<img[^>]*>/.exec(pictures(html.story)[0]!)![0];
    expect(attr(img, 'alt')).toBe(ALT);
    expect(Number(attr(img, 'width')) / Number(attr(img, 'height'))).toBeCloseTo(1800 / 1200, 2);
    expect(attr(img, 'loading')).toBe('eager');
  });

  it('is lazy in the story card further down the cover', () => {
    const card = pictures(html.cover).find((p) => p.includes(`alt="${ALT}"`));
    expect(card).toBeDefined();
    const img = /<img[^>]*>/.exec(card!)![0];
    expect(attr(img, 'loading')).toBe('lazy');
    expect(attr(img, 'width')).toMatch(/^\d+$/);
    expect(attr(img, 'height')).toMatch(/^\d+$/);
  });

  it('shows when it was updated, in Dutch', () => {
    expect(html.story).toMatch(/Bijgewerkt op <time datetime="2026-11-12"[^>]*>12 november 2026<\/time>/);
    // Stories without `updated` say nothing.
    expect(fixture.read('dist/verhalen/open-leercentrum/index.html')).not.toContain('Bijgewerkt op');
  });
});

describe('switching one recording to the real interview', () => {
  it('builds, and the same check passes for the new kinds', () => {
    expect(result.status, result.output).toBe(0);
    const findings = recordingFindings(dist, storyRecordings(fixture.dir));
    expect(findings.problems).toEqual([]);
    expect(findings.players['interview']).toBeGreaterThan(0);
    expect(findings.players['voorlopig']).toBeGreaterThan(0);
  });

  it('calls the real recording an interview and names its speakers', () => {
    const html = page('/verhalen/jongeren-maken-de-stad/');
    expect(html).toContain('>Het hele interview</h2>');
    expect(html).not.toContain('recording-note');
    expect(html).toMatch(new RegExp(`<figcaption class="who"[^>]*>Jakob Stolk · ${esc(switched.initiative)}`));
    expect(html).toMatch(/<span class="cue-text"[^>]*>Jakob Stolk: /);
    expect(html).toMatch(new RegExp(`id="fragment-${first.id}"[^>]*data-artist="${esc(switched.initiative)}"`));
  });

  it('keeps the stand-in labels on the other stories, and the shared pages say some are stand-ins', () => {
    expect(page('/verhalen/buurt-in-bloei/')).toContain('>De hele opname</h2>');
    expect(page('/luisteren/')).toContain('Een deel van de opnamen is voorlopig');
    const standInTitles = STAND_INS.map(data).sort((a, b) => a.order - b.order).map((s) => s.title);
    expect(page('/colofon/')).toContain(`De opnamen bij ${standInTitles.join(' en ')} zijn voorlopig`);
    expect(pngTexts(readFileSync(join(dist, 'og/luisteren.png')))['Description']).toContain('DEELS VOORLOPIGE OPNAMEN');
  });

  it('retags its MP3s by itself: the interview’s title and artist, no stand-in notice; the other stories keep theirs', async () => {
    const tags = async (file: string) => (await parseBuffer(new Uint8Array(readFileSync(join(dist, file))), { mimeType: 'audio/mpeg' }, { duration: false })).common;
    const whole = await tags(`audio/${switched.recording}`);
    expect([whole.title, whole.artist, whole.comment]).toEqual([`Het hele interview: ${switched.initiative}`, switched.initiative, undefined]);
    const clip = await tags(`audio/fragmenten/${first.id}.mp3`);
    expect([clip.title, clip.artist, clip.comment]).toEqual([first.quote, switched.initiative, undefined]);
    const other = await tags(`audio/fragmenten/${standInClip}.mp3`);
    expect(other.artist).toBe(`${data(STAND_INS[0]!).initiative} · voorlopige opname (computerstem)`);
    expect(other.comment?.map((c) => c.text)).toEqual(['Voorlopige opname: een computerstem leest de tekst van het verhaal voor.']);
  });

  it('the check fails when the content says stand-in and the site does not', () => {
    const stale = storyRecordings(fixture.dir).map((s) => ({ ...s, kind: 'voorlopig' }));
    const { problems } = recordingFindings(dist, stale);
    expect(problems).toContainEqual(`/verhalen/jongeren-maken-de-stad/#fragment-${first.id}: no stand-in note between the quote and the play button`);
    expect(problems).toContainEqual(expect.stringMatching(/names Jakob Stolk under the quote/));
    expect(problems).toContainEqual(expect.stringMatching(/a cue names Jakob as speaker/));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`search record /verhalen/jongeren-maken-de-stad/#fragment-${first.id}: does not say stand-in`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`${switched.recording.replace(/\.mp3$/, '')}\\.vtt: names a speaker`)));
    expect(problems).toContainEqual(expect.stringMatching(/says “.*Het hele interview.*” while every recording is a stand-in/));
  });
});
