import { describe, expect, it } from 'vitest';
import { bestSections, exactTitlesFirst, foldTitle, isExactTitle, order, PAGEFIND_OPTIONS, PAGEFIND_RANKING, pagesBeforeTheirFragments } from '../../src/lib/search/rank';
import { KEYWORDS_META } from '../../src/lib/search/keywords';

const result = (title: string, sections: string[] = []) => ({ meta: { title }, sub_results: sections.map((s) => ({ title: s })) });

describe('foldTitle', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(foldTitle('  Wij in de  Wijk! ')).toBe('wij in de wijk');
    expect(foldTitle('‘Idee’-ën: café')).toBe('idee en cafe');
  });
});

describe('isExactTitle', () => {
  it('matches the whole title only', () => {
    expect(isExactTitle('Wij in de wijk', 'wij in de wijk')).toBe(true);
    expect(isExactTitle('Wij in de wijk 2', 'wij in de wijk')).toBe(false);
    expect(isExactTitle('Begin klein en doe waar je zin in hebt!', 'begin klein')).toBe(false);
  });
  it('never matches an empty query', () => {
    expect(isExactTitle('', '  ')).toBe(false);
  });
});

describe('exactTitlesFirst', () => {
  const chapter = result('De rol van de wijkprofessional', ['Weten welke rol jouw wijkteam heeft']);
  const resources = result('Andere inspirerende praktijkvoorbeelden en bronnen', ['Wij in de wijk 2', 'Wij in de wijk']);
  const story = result('Buurt in Bloei');

  it('puts a result with a section of exactly that title first', () => {
    expect(exactTitlesFirst([chapter, story, resources], 'Wij in de wijk')).toEqual([resources, chapter, story]);
  });
  it('puts a result whose own title is the query first', () => {
    expect(exactTitlesFirst([chapter, story], 'buurt in bloei')).toEqual([story, chapter]);
  });
  it("keeps Pagefind's order when nothing matches exactly, or among exact matches", () => {
    expect(exactTitlesFirst([chapter, story, resources], 'wijk')).toEqual([chapter, story, resources]);
    const other = result('Wij in de wijk');
    expect(exactTitlesFirst([chapter, resources, other], 'Wij in de wijk')).toEqual([resources, other, chapter]);
  });
});

describe('Pagefind settings', () => {
  it('are the options Pagefind knows, each within its documented range', () => {
    expect(Object.keys(PAGEFIND_OPTIONS).sort()).toEqual(['excerptLength', 'noWorker', 'ranking']);
    const { metaWeights, ...ranking } = PAGEFIND_RANKING;
    expect(Object.keys(ranking).sort()).toEqual(['pageLength', 'termFrequency', 'termSaturation', 'termSimilarity']);
    expect(ranking.pageLength).toBeGreaterThanOrEqual(0);
    expect(ranking.pageLength).toBeLessThanOrEqual(1);
    expect(ranking.termFrequency).toBeGreaterThanOrEqual(0);
    expect(ranking.termFrequency).toBeLessThanOrEqual(1);
    expect(ranking.termSaturation).toBeGreaterThanOrEqual(0);
    expect(ranking.termSaturation).toBeLessThanOrEqual(2);
    expect(ranking.termSimilarity).toBeGreaterThanOrEqual(0);
  });
  it('weigh the title and the editors’ keywords, by the field names the index uses', () => {
    expect(Object.keys(PAGEFIND_RANKING.metaWeights).sort()).toEqual(['title', KEYWORDS_META].sort());
    for (const weight of Object.values(PAGEFIND_RANKING.metaWeights)) expect(weight).toBeGreaterThan(1);
  });
});

describe('pagesBeforeTheirFragments', () => {
  const page = { url: '/verhalen/x/', meta: { title: 'X' } };
  const fragment = { url: '/verhalen/x/#fragment-y', meta: { title: 'Een citaat' } };
  const other = { url: '/handreiking/z/', meta: { title: 'Z' } };
  it('puts a page before its fragment when the words are only in the transcript', () => {
    expect(pagesBeforeTheirFragments([fragment, other, page], () => false)).toEqual([other, page, fragment]);
  });
  it('keeps a fragment first when its quote has the words', () => {
    expect(pagesBeforeTheirFragments([fragment, page], () => true)).toEqual([fragment, page]);
  });
  it('order(): a fragment whose quote has every searched word stays first; an exact title beats both', () => {
    const withSubs = (r: { url: string; meta: { title: string } }) => ({ ...r, sub_results: [] as { title: string }[] });
    const quoted = withSubs({ url: '/verhalen/x/#fragment-y', meta: { title: 'Met een oude bakfiets' } });
    const story = withSubs(page);
    const named = withSubs({ url: '/bronnen/#bakfiets', meta: { title: 'Bakfiets' } });
    expect(order([quoted, story], 'bakfiets', ['bakfiets'])).toEqual([quoted, story]);
    expect(order([quoted, story], 'fiets', ['fiets'])).toEqual([story, quoted]);
    expect(order([quoted, story, named], 'Bakfiets!', ['bakfiets'])).toEqual([named, quoted, story]);
  });
});

describe('bestSections', () => {
  const section = (title: string, url: string, score: number) => ({ title, url, weighted_locations: [{ balanced_score: score }] });
  const sections = [
    section('Hoofdstuk', '/h/', 50),
    section('Een', '/h/#een', 1),
    section('Twee', '/h/#twee', 9),
    section('Drie', '/h/#drie', 5),
    section('Vier', '/h/#vier', 7),
    section('Vijf', '/h/#vijf', 0),
  ];
  const result = { url: '/h/', title: 'Hoofdstuk', sub_results: sections };
  it('lists the best three, in page order, never the result itself', () => {
    expect(bestSections(result, 'iets', new Set()).map((s) => s.title)).toEqual(['Twee', 'Drie', 'Vier']);
  });
  it('always lists a section titled as the query', () => {
    expect(bestSections(result, 'vijf', new Set()).map((s) => s.title)).toEqual(['Twee', 'Vier', 'Vijf']);
  });
  it('leaves out a section that is a result of its own', () => {
    expect(bestSections(result, 'iets', new Set(['/h/#twee'])).map((s) => s.title)).toEqual(['Een', 'Drie', 'Vier']);
  });
});
