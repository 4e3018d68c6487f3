import { describe, expect, it } from 'vitest';
import { formatClock, formatEditorTime, formatIsoDuration, formatShort, formatSpoken, parseTime } from '../../src/lib/time';

describe('parseTime', () => {
  it.each([
    ['1:37', 97],
    ['0:05', 5],
    ['7:13', 433],
    ['12:00', 720],
    ['1:02:05', 3725],
    ['2:09.5', 129.5],
    [' 1:18 ', 78],
  ])('reads %s as %d seconds', (input, seconds) => {
    expect(parseTime(input)).toBe(seconds);
  });

  it.each(['97', '1:7', '1:60', '1:2:05', 'a:bc', '', '-1:00', '1:00:00:00'])('rejects %j with a Dutch message', (input) => {
    expect(() => parseTime(input)).toThrow(/geen geldige tijd/);
  });
});

describe('formatting', () => {
  it('prints the publication’s label', () => {
    expect(formatShort(97)).toBe('1 min 37 sec');
    expect(formatShort(433)).toBe('7 min 13 sec');
    expect(formatShort(45)).toBe('45 sec');
    expect(formatShort(120)).toBe('2 min');
    expect(formatShort(3725)).toBe('1 uur 2 min 5 sec');
  });
  it('speaks Dutch for screen readers', () => {
    expect(formatSpoken(65)).toBe('1 minuut 5 seconden');
    expect(formatSpoken(97)).toBe('1 minuut 37 seconden');
    expect(formatSpoken(121)).toBe('2 minuten 1 seconde');
    expect(formatSpoken(0)).toBe('0 seconden');
  });
  it('prints clocks and ISO durations', () => {
    expect(formatClock(97)).toBe('1:37');
    expect(formatClock(5)).toBe('0:05');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(formatIsoDuration(97)).toBe('PT1M37S');
    expect(formatIsoDuration(3600)).toBe('PT1H');
    expect(formatIsoDuration(0)).toBe('PT0S');
  });
  it('round-trips a clock through the parser', () => {
    for (const s of [0, 9, 59, 60, 97, 433, 3599, 3725]) expect(parseTime(formatClock(s))).toBe(s);
  });
});

describe('formatEditorTime', () => {
  it('writes a time as editors do, to the tenth, never rounding up past the moment', () => {
    expect(formatEditorTime(549.5379)).toBe('9:09.5');
    expect(formatEditorTime(97)).toBe('1:37');
    expect(formatEditorTime(3725.99)).toBe('1:02:05.9');
    expect(parseTime(formatEditorTime(549.5379))).toBeLessThanOrEqual(549.5379);
  });
});
