/**
 * Placements (src/lib/publication/placements): references in the texts to
 * stories and fragments, each fragment's home and the publication order —
 * rules that used to need a full fixture build each, with the same messages.
 */
import { describe, expect, it } from 'vitest';
import { buildStretches } from '../../../src/lib/publication/stretches';
import { byRank, findPlacements, placeFragments, type Body, type PlacedComponent } from '../../../src/lib/publication/placements';
import { audio, stories } from './data';

const fragment = (id: string, line: number): PlacedComponent => ({ name: 'AudioFragment', props: { id }, line });
const box = (story: string, line: number): PlacedComponent => ({ name: 'StoryBox', props: { story }, line });

function bodies(): Body[] {
  return [
    { folder: 'stories', id: 'buurt-in-bloei', file: 'content/stories/buurt-in-bloei.mdx', components: [fragment('einde', 30), fragment('begin-klein', 12)] },
    { folder: 'stories', id: 'open-leercentrum', file: 'content/stories/open-leercentrum.mdx', components: [] },
    { folder: 'chapters', id: 'inleiding', file: 'content/chapters/inleiding.mdx', components: [box('open-leercentrum', 3), fragment('superblij', 9)] },
    { folder: 'chapters', id: 'valkuilen', file: 'content/chapters/valkuilen.mdx', components: [box('buurt-in-bloei', 4), fragment('begin-klein', 5)] },
    { folder: 'pages', id: 'home', file: 'content/pages/home.mdx', components: [{ name: 'PullQuote', props: { cite: 'x' }, line: 2 }] },
  ];
}

const STORY_IDS = ['buurt-in-bloei', 'open-leercentrum'];
const FRAGMENT_IDS = ['begin-klein', 'einde', 'superblij'];

function place(list = bodies()) {
  const { fragments } = buildStretches(stories(), audio());
  return placeFragments(stories(), fragments, findPlacements(list, STORY_IDS, FRAGMENT_IDS));
}

describe('placements are records', () => {
  it('with file, line, page and a rank: chapters in order, then stories, then the line', () => {
    const placements = findPlacements(bodies(), STORY_IDS, FRAGMENT_IDS);
    expect(placements.map((p) => [p.fragment, `${p.file}:${p.line}`, p.page, p.rank])).toEqual([
      ['einde', 'content/stories/buurt-in-bloei.mdx:30', '/verhalen/buurt-in-bloei/', [1, 0, 30]],
      ['begin-klein', 'content/stories/buurt-in-bloei.mdx:12', '/verhalen/buurt-in-bloei/', [1, 0, 12]],
      ['superblij', 'content/chapters/inleiding.mdx:9', '/handreiking/inleiding/', [0, 0, 9]],
      ['begin-klein', 'content/chapters/valkuilen.mdx:5', '/handreiking/valkuilen/', [0, 1, 5]],
    ]);
  });

  it('ranks compare as tuples', () => {
    expect([[1, 0, 3], [0, 2, 1], [0, 1, 900]].sort(byRank)).toEqual([[0, 1, 900], [0, 2, 1], [1, 0, 3]]);
  });
});

describe('fragments in publication order', () => {
  it('as the chapters place them, then what only the stories place', () => {
    expect(place().fragmentOrder.map((f) => f.id)).toEqual(['superblij', 'begin-klein', 'einde']);
  });

  it('a fragment’s home is its story if placed there, else the first page that places it', () => {
    const { fragments } = place();
    expect(fragments.get('begin-klein')!.home).toBe('/verhalen/buurt-in-bloei/');
    expect(fragments.get('superblij')!.home).toBe('/handreiking/inleiding/');
  });

  it('leaves the stretches it was given as they were', () => {
    const { fragments } = buildStretches(stories(), audio());
    placeFragments(stories(), fragments, findPlacements(bodies(), STORY_IDS, FRAGMENT_IDS));
    expect(fragments.get('superblij')!.home).toBe('/verhalen/open-leercentrum/');
  });
});

describe('bad references in MDX stop the build', () => {
  it('a story box for a story that does not exist', () => {
    const list = bodies();
    list[3]!.components[0] = box('jongeren-maken-stad', 4);
    expect(() => place(list)).toThrow(
      'content/chapters/valkuilen.mdx:4 → veld “story”: “jongeren-maken-stad” is geen bekend verhaal. Kies uit: buurt-in-bloei, open-leercentrum.',
    );
  });

  it('a placed fragment that no story defines', () => {
    const list = bodies();
    list[3]!.components[1] = fragment('begin-groot', 5);
    expect(() => place(list)).toThrow(
      'content/chapters/valkuilen.mdx:5 → veld “id”: “begin-groot” is geen fragment uit de verhalen. Bekende fragmenten: begin-klein, einde, superblij.',
    );
  });

  it('a misspelt story or fragment id: "Bedoel je …?" names the one meant', () => {
    const list = bodies();
    list[3]!.components[0] = box('buurt-in-boei', 4);
    expect(() => place(list)).toThrow('“buurt-in-boei” is geen bekend verhaal. Bedoel je “buurt-in-bloei”? Kies uit:');
    list[3]!.components[0] = fragment('begin-klien', 4);
    expect(() => place(list)).toThrow('“begin-klien” is geen fragment uit de verhalen. Bedoel je “begin-klein”? Bekende fragmenten:');
  });

  it('a defined fragment that is placed nowhere', () => {
    const list = bodies();
    list[0]!.components = [fragment('einde', 30)];
    list[3]!.components = [];
    expect(() => place(list)).toThrow(
      /buurt-in-bloei\.mdx → fragment “begin-klein” → veld “id”: fragment “begin-klein” wordt nergens geplaatst\. Zet <AudioFragment id="begin-klein" \/>/,
    );
  });
});
