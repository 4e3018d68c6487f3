import { expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';

it('makes readable ids from Dutch headings', () => {
  expect(slugify('Initiëren van initiatieven')).toBe('initieren-van-initiatieven');
  expect(slugify('Burgerinitiatieven en de rol van de gemeente')).toBe('burgerinitiatieven-en-de-rol-van-de-gemeente');
  expect(slugify('ABCD - Naar veerkrachtige gemeenschappen')).toBe('abcd-naar-veerkrachtige-gemeenschappen');
  expect(slugify('  1. Breng in kaart!  ')).toBe('1-breng-in-kaart');
  expect(slugify('Wonen & werken')).toBe('wonen-en-werken');
  expect(slugify('‘Tien aandachtsgebieden’')).toBe('tien-aandachtsgebieden');
});
