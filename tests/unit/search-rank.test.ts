import { describe, expect, it } from 'vitest';
import { exactTitlesFirst, foldTitle, isExactTitle } from '../../src/lib/search-rank';

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
