import { expect, it } from 'vitest';
import { parseRange } from '../../src/lib/serve-file';

it('parses byte ranges as media players send them', () => {
  expect(parseRange(undefined, 100)).toBeNull();
  expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
  expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
  expect(parseRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
  expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  expect(parseRange('bytes=100-', 100)).toBe('invalid');
  expect(parseRange('bytes=20-10', 100)).toBe('invalid');
  expect(parseRange('bytes=-', 100)).toBe('invalid');
  expect(parseRange('items=0-5', 100)).toBe('invalid');
});
