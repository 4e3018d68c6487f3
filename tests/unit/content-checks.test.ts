/**
 * getPublication() on a small publication through a mocked astro:content:
 * the rules on what editors write in the texts (links, images, braces,
 * content/updates, warnings) and the references between entries, in
 * milliseconds instead of a full build each, with the same Dutch messages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setContent, type MockEntry } from './test-utils';
import { getPublication } from '../../src/build/content';

vi.mock('astro:content', async () => (await import('./test-utils')).mockedAstroContent());
vi.mock('virtual:nji/audio', async () => ({ currentAudio: async () => (await import('./test-utils')).mockedAudio }));
vi.mock('node:fs', async (original) => (await import('./test-utils')).mockedFs(await original()));

const AUDIO = {
  'buurt-in-bloei.mp3': {
    file: 'buurt-in-bloei.mp3',
    duration: 600,
    transcript: 'buurt-in-bloei.vtt',
    cues: [{ start: 440, end: 460, text: 'klein beginnen' }],
  },
};

const mdx = (title: string, ...body: string[]) => ['---', `title: "${title}"`, '---', '', ...body, ''].join('\n');

function entry(folder: string, id: string, data: Record<string, unknown>, text: string, headings: MockEntry['headings'] = []): MockEntry {
  return { id, filePath: `content/${folder}/${id}.mdx`, data, text, headings };
}

/** A publication in miniature: one story, two chapters, the three pages, one resource, one update. */
function content(change: (c: Record<string, MockEntry[]>) => void = () => {}) {
  const c: Record<string, MockEntry[]> = {
    stories: [
      entry(
        'stories',
        'buurt-in-bloei',
        {
          title: 'Buurt in Bloei',
          order: 1,
          recording: 'buurt-in-bloei.mp3',
          recordingKind: 'voorlopig',
          fragments: [{ id: 'begin-klein', quote: 'Begin klein.', start: '7:27', end: '9:04' }],
        },
        mdx('Buurt in Bloei', 'Het verhaal.', '', '<AudioFragment id="begin-klein" />'),
      ),
    ],
    chapters: [
      entry('chapters', 'inleiding', { title: 'Inleiding', order: 1 }, mdx('Inleiding', 'Zie [de bronnen](/bronnen/#impact-in-de-wijk).')),
      entry(
        'chapters',
        'valkuilen',
        { title: 'Valkuilen', order: 2 },
        mdx('Valkuilen', '## Klein beginnen', '', '<StoryBox story="buurt-in-bloei">', '', '<AudioFragment id="begin-klein" />', '', '</StoryBox>'),
        [{ depth: 2, slug: 'klein-beginnen', text: 'Klein beginnen' }],
      ),
    ],
    pages: [
      // As content/pages/home.mdx: the link to /luisteren/ on line 8.
      entry(
        'pages',
        'home',
        { title: 'Burgerinitiatieven en wijkteams' },
        mdx('Burgerinitiatieven en wijkteams', '## Nieuwsgierig naar alle verhalen?', '', '[Luister de fragmenten](/luisteren/) en lees hier alle verhalen.').replace(
          '---\n\n',
          'description: "Over burgerinitiatieven."\n---\n\n',
        ),
      ),
      entry('pages', 'bronnen', { title: 'Bronnen' }, mdx('Bronnen', 'De bronnen.')),
      entry('pages', 'colofon', { title: 'Colofon' }, mdx('Colofon', 'Gemaakt door NJi.')),
    ],
    resources: [entry('resources', 'impact-in-de-wijk', { title: 'Impact in de Wijk', group: 'Werkmethodieken', order: 1 }, mdx('Impact in de Wijk', 'Een methode.'))],
    updates: [entry('updates', '2026-11-12-eerste', { title: 'Eerste', date: new Date('2026-11-12'), pages: ['/bronnen/'] }, mdx('Eerste', 'Iets.'))],
  };
  change(c);
  setContent(c, AUDIO);
}

const edit = (c: Record<string, MockEntry[]>, folder: string, id: string, change: (e: MockEntry) => void) =>
  change(c[folder]!.find((e) => e.id === id)!);
const append = (line: string) => (e: MockEntry) => {
  e.text = `${e.text}\n${line}\n`;
};

beforeEach(() => content());
afterEach(() => vi.restoreAllMocks());

describe('a publication in miniature loads', () => {
  it('with its placements as records and its fragments in order', async () => {
    const publication = await getPublication();
    expect(publication.placements.map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/stories/buurt-in-bloei.mdx:7',
      'content/chapters/valkuilen.mdx:9',
    ]);
    expect(publication.fragmentOrder.map((f) => f.home)).toEqual(['/verhalen/buurt-in-bloei/']);
    expect(publication.interviews.get('buurt-in-bloei')).toMatchObject({ whole: true, from: 0, to: 600 });
  });
});

describe('bad references between entries stop the build', () => {
  it('a story box for a story that does not exist', async () => {
    content((c) => edit(c, 'chapters', 'valkuilen', (e) => (e.text = e.text!.replace('story="buurt-in-bloei"', 'story="jongeren-maken-stad"'))));
    await expect(getPublication()).rejects.toThrow(/content\/chapters\/valkuilen\.mdx:\d+ → veld “story”: “jongeren-maken-stad” is geen bekend verhaal/);
  });

  it('a placed fragment that no story defines', async () => {
    content((c) => edit(c, 'chapters', 'valkuilen', (e) => (e.text = e.text!.replace('id="begin-klein"', 'id="begin-groot"'))));
    await expect(getPublication()).rejects.toThrow(/content\/chapters\/valkuilen\.mdx:\d+ → veld “id”: “begin-groot”/);
  });

  it('two chapters with the same order', async () => {
    content((c) => edit(c, 'chapters', 'valkuilen', (e) => (e.data['order'] = 1)));
    await expect(getPublication()).rejects.toThrow(/content\/chapters\/(inleiding|valkuilen)\.mdx → veld “order”: twee hoofdstukken hebben volgnummer 1: dit bestand en content\/chapters\/(inleiding|valkuilen)\.mdx/);
  });

  it('a page the site needs that is missing', async () => {
    content((c) => (c['pages'] = c['pages']!.filter((p) => p.id !== 'colofon')));
    await expect(getPublication()).rejects.toThrow('content/pages/colofon.mdx → veld “bestand”: dit bestand ontbreekt; de site heeft het nodig.');
  });
});

describe('bad text in MDX stops the build', () => {
  it('a link to a page that does not exist', async () => {
    content((c) => edit(c, 'pages', 'home', (e) => (e.text = e.text!.replace('](/luisteren/)', '](/luister/)'))));
    await expect(getPublication()).rejects.toThrow('content/pages/home.mdx:8 → veld “link”: “/luister/”: de pagina /luister/ bestaat niet. Bedoel je /luisteren/?');
  });

  it('a link to a heading or anchor that does not exist', async () => {
    content((c) => edit(c, 'chapters', 'inleiding', (e) => (e.text = e.text!.replace('/bronnen/#impact-in-de-wijk', '/bronnen/#impact'))));
    await expect(getPublication()).rejects.toThrow(
      /content\/chapters\/inleiding\.mdx:\d+ → veld “link”: “\/bronnen\/#impact”: de pagina \/bronnen\/ heeft geen kop of anker #impact\. Bedoel je .*#impact-in-de-wijk/,
    );
  });

  it('a Markdown image without alt text', async () => {
    content((c) => edit(c, 'chapters', 'valkuilen', append('![](./bankje.png)')));
    await expect(getPublication()).rejects.toThrow(/content\/chapters\/valkuilen\.mdx:\d+ → veld “alt”: de afbeelding “\.\/bankje\.png” heeft geen alt-tekst/);
  });

  it('an <img> without alt text', async () => {
    content((c) => edit(c, 'chapters', 'valkuilen', append('<img src="/favicon.svg" />')));
    await expect(getPublication()).rejects.toThrow(/content\/chapters\/valkuilen\.mdx:\d+ → veld “alt”: de afbeelding “\/favicon\.svg” heeft geen alt-tekst/);
  });

  it('text in braces, which MDX would run as code', async () => {
    content((c) => edit(c, 'chapters', 'valkuilen', append('Dit kost {ongeveer} niets.')));
    await expect(getPublication()).rejects.toThrow(/content\/chapters\/valkuilen\.mdx:\d+ → veld “tekst”: “\{ongeveer\}”: tekst tussen accolades/);
  });

  it('a change listed in content/updates for a page that does not exist', async () => {
    content((c) =>
      c['updates']!.push(
        entry('updates', '2026-12-01-nieuwe-bron', { title: 'Een nieuwe bron', date: new Date('2026-12-01'), pages: ['/bronnen/#een-bron-die-er-niet-is'] }, mdx('Een nieuwe bron', 'Een bron toegevoegd.')),
      ),
    );
    await expect(getPublication()).rejects.toThrow(
      'content/updates/2026-12-01-nieuwe-bron.mdx → pagina 1 → veld “pages”: “/bronnen/#een-bron-die-er-niet-is”: de pagina /bronnen/ heeft geen kop of anker #een-bron-die-er-niet-is.',
    );
  });
});

describe('what an editor may want to fix is a warning, printed once', () => {
  it('a very long title and an empty section', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    content((c) => {
      edit(c, 'chapters', 'valkuilen', (e) => (e.data['title'] = 'Valkuilen bij het ondersteunen van burgerinitiatieven en hoe je die als wijkteam kunt vermijden'));
      edit(c, 'chapters', 'inleiding', append('## Nog te schrijven'));
    });
    await getPublication();
    await getPublication();
    const printed = warnings.mock.calls.map((call) => String(call[0]));
    expect(printed.filter((m) => m.includes('veld “title”: de titel is'))).toEqual([
      expect.stringContaining('Let op: content/chapters/valkuilen.mdx → veld “title”: de titel is 95 tekens lang.'),
    ]);
    expect(printed).toContainEqual(
      expect.stringMatching(/Let op: content\/chapters\/inleiding\.mdx:\d+ → veld “tekst”: onder de kop “Nog te schrijven” staat geen tekst\./),
    );
  });
});
