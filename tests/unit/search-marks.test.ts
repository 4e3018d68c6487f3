import { expect, it } from 'vitest';
import { keepMark, queryWords } from '../../src/lib/search-marks';

it('splits a query into folded words', () => {
  expect(queryWords(' Wij in de Wijk! ')).toEqual(['wij', 'in', 'de', 'wijk']);
  expect(queryWords('‘Idee’')).toEqual(['idee']);
});

it('keeps a highlight on a query word, with its punctuation and case', () => {
  const words = queryWords('wij in de wijk');
  for (const marked of ['Wij', 'in', 'de', 'wijk.', '‘Wij']) expect(keepMark(marked, words)).toBe(true);
});

it('keeps a highlight on a longer word that starts with a query word of three letters or more', () => {
  const words = queryWords('wij in de wijk');
  expect(keepMark('wijkprofessional', words)).toBe(true);
  expect(keepMark('bakfietsen', queryWords('bakfiets'))).toBe(true);
});

it('keeps a highlight on a word Pagefind found by its stem', () => {
  expect(keepMark('initiatief', queryWords('initiatieven'))).toBe(true);
  expect(keepMark('bakfiets', queryWords('bakfietsen'))).toBe(true);
});

it('drops a highlight that only starts with a one- or two-letter query word', () => {
  const words = queryWords('wij in de wijk');
  for (const marked of ['initiëren,', 'Inspirerende', 'ineenslaan', 'deelnemers']) expect(keepMark(marked, words)).toBe(false);
});
