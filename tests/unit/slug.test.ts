import { expect, it } from 'vitest';
import { LETTER_SLUG, SLUG, slugify } from '../../src/lib/slug';

it('makes readable ids from Dutch headings', () => {
  expect(slugify('Initiëren van initiatieven')).toBe('initieren-van-initiatieven');
  expect(slugify('Burgerinitiatieven en de rol van de gemeente')).toBe('burgerinitiatieven-en-de-rol-van-de-gemeente');
  expect(slugify('ABCD - Naar veerkrachtige gemeenschappen')).toBe('abcd-naar-veerkrachtige-gemeenschappen');
  expect(slugify('  1. Breng in kaart!  ')).toBe('1-breng-in-kaart');
  expect(slugify('Wonen & werken')).toBe('wonen-en-werken');
  expect(slugify('‘Tien aandachtsgebieden’')).toBe('tien-aandachtsgebieden');
});

it('recognises slugs: what slugify makes, and with LETTER_SLUG only those that begin with a letter', () => {
  for (const text of ['Initiëren van initiatieven', '  1. Breng in kaart!  ', 'Wonen & werken']) expect(SLUG.test(slugify(text))).toBe(true);
  for (const bad of ['Begin-klein', 'begin--klein', '-begin', 'begin-', 'begin klein', '']) expect(SLUG.test(bad)).toBe(false);
  expect(LETTER_SLUG.test('behoefte-2')).toBe(true);
  expect(LETTER_SLUG.test('2-behoefte')).toBe(false);
  expect(SLUG.test('2-behoefte')).toBe(true);
});
