import { expect, it } from 'vitest';
import { withBase } from '../../src/build/hast-links';

it('puts the base path before site-absolute links only', () => {
  const base = '/publicaties/burgerinitiatieven/';
  expect(withBase('/bronnen/#impact-in-de-wijk', base)).toBe('/publicaties/burgerinitiatieven/bronnen/#impact-in-de-wijk');
  expect(withBase('/publicaties/burgerinitiatieven/bronnen/', base)).toBe('/publicaties/burgerinitiatieven/bronnen/');
  expect(withBase('#sectie', base)).toBe('#sectie');
  expect(withBase('https://www.nji.nl/', base)).toBe('https://www.nji.nl/');
  expect(withBase('//cdn.example/x', base)).toBe('//cdn.example/x');
  expect(withBase('/bronnen/', '/')).toBe('/bronnen/');
});
