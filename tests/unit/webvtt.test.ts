import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuesBetween, parseVtt, stretchVtt, vttTime, VttError } from '../../src/lib/webvtt';
import { ROOT } from '../support/paths';

describe('parseVtt', () => {
  it('reads cues with ids, hours-less times, voices, entities and multi-line text', () => {
    const cues = parseVtt(
      [
        'WEBVTT - interview',
        'Kind: captions',
        '',
        'NOTE een opmerking',
        'over twee regels',
        '',
        '1',
        '00:00:00.500 --> 00:00:02.356',
        'Als je meedoet, gaat het beter.',
        '',
        '01:05.000 --> 01:07.250 align:start',
        '<v Wilma Schrijen>Ik zorg dat mensen',
        'elkaar even spreken &amp; <i>meer</i>.</v>',
        '',
      ].join('\r\n'),
    );
    expect(cues).toEqual([
      { id: '1', start: 0.5, end: 2.356, text: 'Als je meedoet, gaat het beter.' },
      { start: 65, end: 67.25, text: 'Ik zorg dat mensen elkaar even spreken & meer.', speaker: 'Wilma Schrijen' },
    ]);
  });

  it.each([
    ['no header', 'NIET VTT\n\n00:00.000 --> 00:01.000\nx', 1, /WEBVTT/],
    ['a bad time', 'WEBVTT\n\n00:00.000 --> 0:01.000\nx', 3, /geen geldige tijd/],
    ['end before start', 'WEBVTT\n\n00:02.000 --> 00:01.000\nx', 3, /niet na het begin/],
    ['cues out of order', 'WEBVTT\n\n00:02.000 --> 00:03.000\na\n\n00:01.000 --> 00:04.000\nb', 6, /volgorde/],
    ['a block without timing', 'WEBVTT\n\nzomaar tekst\nnog meer\nen meer', 3, /tijdregel/],
    ['no cues at all', 'WEBVTT\n\nNOTE leeg\n', 4, /geen tekstblokken/],
    ['a cue without text', 'WEBVTT\n\n00:00.000 --> 00:01.000\n\n00:01.000 --> 00:02.000\nb', 3, /zonder tekst/],
  ])('rejects %s with its line number', (_name, source, line, message) => {
    let error: unknown;
    try {
      parseVtt(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VttError);
    expect((error as VttError).line).toBe(line);
    expect((error as Error).message).toMatch(message);
  });

  it('parses every transcript in audio/, whatever an editor put there, and the fixture cue for cue', () => {
    const dir = join(ROOT, 'audio');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.vtt'))) expect(parseVtt(readFileSync(join(dir, file), 'utf8')).length, file).toBeGreaterThan(0);
    const fixture = parseVtt(readFileSync(join(ROOT, 'tests/fixtures/stand-in.vtt'), 'utf8'));
    expect(fixture.map((c) => [c.id, c.start, c.text.split(' ')[0]])).toEqual([['1', 0.5, 'Jongeren'], ['2', 5.312, 'Initiatiefnemer'], ['3', 12.3, 'Ik']]);
  });
});

describe('cuesBetween', () => {
  const cues = [
    { start: 0, end: 5, text: 'a' },
    { start: 5, end: 10, text: 'b' },
    { start: 10, end: 15, text: 'c' },
  ];
  it('keeps the cues that overlap the stretch', () => {
    expect(cuesBetween(cues, 5, 10).map((c) => c.text)).toEqual(['b']);
    expect(cuesBetween(cues, 4, 11).map((c) => c.text)).toEqual(['a', 'b', 'c']);
    expect(cuesBetween(cues, 15, 20)).toEqual([]);
  });
});

describe('stretchVtt', () => {
  const cues = [
    { start: 1, end: 4, text: 'Voor het fragment.' },
    { start: 9.5, end: 12.25, text: 'Loopt over het begin & <meer>.', speaker: 'Jakob' },
    { start: 13, end: 15.5, text: 'Midden in.' },
    { start: 19, end: 22, text: 'Loopt over het eind.' },
    { start: 30, end: 31, text: 'Erna.' },
  ];
  const vtt = stretchVtt(cues, 10, 20);

  it('holds the cues that overlap the stretch, in its own time, cut to fit it', () => {
    expect(parseVtt(vtt)).toEqual([
      { id: '1', start: 0, end: 2.25, text: 'Loopt over het begin & <meer>.', speaker: 'Jakob' },
      { id: '2', start: 3, end: 5.5, text: 'Midden in.' },
      { id: '3', start: 9, end: 10, text: 'Loopt over het eind.' },
    ]);
  });

  it('writes WebVTT times and escapes the text', () => {
    expect(vtt).toContain('00:00:03.000 --> 00:00:05.500');
    expect(vtt).toContain('<v Jakob>Loopt over het begin &amp; &lt;meer&gt;.');
    expect(vttTime(3725.5)).toBe('01:02:05.500');
  });
});
