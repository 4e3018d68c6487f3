import { describe, expect, it } from 'vitest';
import { searchTerms, words } from '../../src/lib/search/words';
import { isMatch, keepMark, stem, termsFound } from '../../src/lib/search/match';
import { editDistance } from '../../src/lib/edit-distance';
import { suggest } from '../../src/lib/search/suggest';
import { combine } from '../../src/lib/search/combine';
import { buildVocabulary, parseVocabulary } from '../../src/lib/search/vocabulary';
import { keywordMeta } from '../../src/lib/search/keywords';
import { pagesBeforeTheirFragments } from '../../src/lib/search-rank';

describe('search terms', () => {
  it('folds the words of a query', () => {
    expect(words(' Wij in de Wijk! ')).toEqual(['wij', 'in', 'de', 'wijk']);
    expect(words('‘Financiën’')).toEqual(['financien']);
  });
  it('drops stop words from a question, each word once', () => {
    expect(searchTerms('Hoe start ik een initiatief in mijn wijk?')).toEqual(['start', 'initiatief', 'wijk']);
    expect(searchTerms('vraag achter de vraag')).toEqual(['vraag', 'achter']);
  });
  it('keeps a query of stop words only', () => {
    expect(searchTerms('wij in de')).toEqual(['wij', 'in', 'de']);
  });
});

describe('real matches', () => {
  it('a longer word that starts with the query word matches', () => {
    expect(isMatch('wijkprofessional', 'wijk')).toBe(true);
    expect(isMatch('bakfietsen', 'bakfiets')).toBe(true);
  });
  it('other forms of the same word match', () => {
    expect(isMatch('verhalen', 'verhaal')).toBe(true);
    expect(isMatch('initiatief', 'initiatieven')).toBe(true);
    expect(isMatch('opnamen', 'opnames')).toBe(true);
    expect(isMatch('initiatiefnemer', 'initiatiefnemers')).toBe(true);
    expect(stem('verhaal')).toBe(stem('verhalen'));
  });
  it("Pagefind's prefix fallback is no match: a shorter word the query starts with", () => {
    expect(isMatch('een', 'eenzaamheid')).toBe(false);
    expect(isMatch('democratischer', 'dementie')).toBe(false);
    expect(isMatch('gelijkwaardig', 'gelijkwaardigheit')).toBe(false);
  });
  it('a misspelling is no match', () => {
    expect(isMatch('burgerinitiatief', 'burgerinitiatif')).toBe(false);
    expect(isMatch('valkuilen', 'valkuillen')).toBe(false);
  });
  it('tells which terms a text contains', () => {
    expect([...termsFound('Geld om het initiatief op te zetten', ['geld', 'initiatieven', 'subsidie'])]).toEqual(['geld', 'initiatieven']);
  });
  it('keeps a highlight only on a real match of a searched word', () => {
    expect(keepMark('Wijkprofessional,', ['wijk'])).toBe(true);
    expect(keepMark('‘verhalen’', ['verhaal'])).toBe(true);
    for (const marked of ['in', 'de', 'initiëren,', 'deelnemers', 'een']) expect(keepMark(marked, ['wijk', 'eenzaamheid'])).toBe(false);
  });
});

describe('suggestions', () => {
  const vocabulary = ['wijk', 'burgerinitiatieven', 'burgerinitiatief', 'wijkteam', 'wijkprofessional', 'lelystad', 'valkuilen', 'team', 'eigenkracht'];
  it('counts edits, swaps included, and stops above the limit', () => {
    expect(editDistance('lelistad', 'lelystad', 2)).toBe(1);
    expect(editDistance('valkuilne', 'valkuilen', 2)).toBe(1);
    expect(editDistance('zwembad', 'wijkteam', 1)).toBe(2);
  });
  it('corrects a misspelt word to the most frequent word within one edit', () => {
    expect(suggest(['burgerinitiatif'], vocabulary)).toEqual({ query: 'burgerinitiatief', edits: 1 });
    expect(suggest(['wijkprofesional'], vocabulary)).toEqual({ query: 'wijkprofessional', edits: 1 });
    expect(suggest(['lelistad'], vocabulary)).toEqual({ query: 'lelystad', edits: 1 });
  });
  it('joins two words the publication writes as one', () => {
    expect(suggest(['wijk', 'team'], vocabulary)).toEqual({ query: 'wijkteam', edits: 0 });
    expect(suggest(['eigen', 'kracht'], vocabulary)).toEqual({ query: 'eigenkracht', edits: 0 });
  });
  it('suggests nothing for known words, short words or words far from any', () => {
    expect(suggest(['wijk'], vocabulary)).toBeUndefined();
    expect(suggest(['wiek'], vocabulary)).toBeUndefined();
    expect(suggest(['eenzaamheid'], vocabulary)).toBeUndefined();
  });
});

describe('ranking', () => {
  const hit = (id: string, score: number) => ({ id, score });
  it('puts full matches first, then pages with more of the words', () => {
    const ranked = combine([hit('a', 1)], [[hit('b', 5), hit('a', 1)], [hit('c', 9), hit('b', 2)]], 2);
    expect(ranked.map((r) => [r.hit.id, r.matched, r.partial])).toEqual([
      ['a', 2, false],
      ['b', 2, true],
      ['c', 1, true],
    ]);
  });
  it('puts a page before its fragment when the words are only in the transcript', () => {
    const page = { url: '/verhalen/x/', meta: { title: 'X' } };
    const fragment = { url: '/verhalen/x/#fragment-y', meta: { title: 'Een citaat' } };
    const other = { url: '/handreiking/z/', meta: { title: 'Z' } };
    expect(pagesBeforeTheirFragments([fragment, other, page], () => false)).toEqual([other, page, fragment]);
    expect(pagesBeforeTheirFragments([fragment, page], () => true)).toEqual([fragment, page]);
  });
});

describe('vocabulary and keywords', () => {
  it('lists the words of three letters or more, most frequent first, without numbers', () => {
    const vocabulary = buildVocabulary(['De wijk en de wijkteams', 'Wijk 2015 wijkteams', 'wijk']);
    expect(vocabulary).toEqual(['wijk', 'wijkteams']);
    expect(parseVocabulary('wijk\nwijkteams\n')).toEqual(vocabulary);
  });
  it('indexes keywords as one metadata field, or none', () => {
    expect(keywordMeta(['geld', 'financiering'])).toEqual({ trefwoorden: 'geld, financiering' });
    expect(keywordMeta(undefined)).toEqual({});
    expect(keywordMeta([])).toEqual({});
  });
});
