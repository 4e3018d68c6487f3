import { expect, it } from 'vitest';
import { formatDate, isoDate, parseDate } from '../../src/lib/dates';

it('reads year-month-day, as a string or as YAML’s Date', () => {
  expect(parseDate('2026-11-12')?.toISOString()).toBe('2026-11-12T00:00:00.000Z');
  expect(parseDate(new Date(Date.UTC(2026, 10, 12)))?.toISOString()).toBe('2026-11-12T00:00:00.000Z');
});

it('refuses what is not a calendar day', () => {
  for (const bad of ['12-11-2026', '2026-11-12T10:00', '2026-02-31', '2026-13-01', 'gisteren', 20261112, undefined, new Date('x')]) {
    expect(parseDate(bad), String(bad)).toBeUndefined();
  }
});

it('shows a date in Dutch, the same day in every time zone', () => {
  const date = parseDate('2026-11-12')!;
  expect(formatDate(date)).toBe('12 november 2026');
  expect(formatDate(parseDate('2027-03-01')!)).toBe('1 maart 2027');
  expect(isoDate(date)).toBe('2026-11-12');
});
