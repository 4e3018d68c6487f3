/**
 * The recording's kind decides every word about it: a stand-in says so and
 * names nobody; a real interview is called one and may name its speakers.
 */
import { describe, expect, it } from 'vitest';
import {
  checkRecordingKind,
  listeningWords,
  recordingKindField,
  recordingWords,
} from '../../src/lib/recording';

describe('the field recordingKind', () => {
  it('takes the two kinds', () => {
    expect(recordingKindField.parse('voorlopig')).toBe('voorlopig');
    expect(recordingKindField.parse('interview')).toBe('interview');
  });

  it('refuses anything else with one Dutch message that says what to write', () => {
    const wrong = recordingKindField.safeParse('synthetisch');
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues).toHaveLength(1);
    expect(wrong.error!.issues[0]!.message).toBe(
      '"synthetisch" is geen soort opname. Schrijf recordingKind: voorlopig (een computerstem leest de tekst van het verhaal voor) ' +
        'of recordingKind: interview (de echte opname van het gesprek).',
    );
    const missing = recordingKindField.safeParse(undefined);
    expect(missing.error!.issues[0]!.message).toMatch(/^dit veld ontbreekt; het is verplicht\. Schrijf recordingKind: voorlopig/);
  });
});

describe('the words for a recording', () => {
  const people = ['Wilma Schrijen', 'Patrick van den Nieuwenhof'];

  it('a stand-in: the note, no speaker, no interview', () => {
    const w = recordingWords('voorlopig');
    // The note discloses what a listener hears: not the interview, but a computer voice reading the story.
    expect(w.note).toMatch(/^Voorlopige opname\b/);
    expect(w.note).toMatch(/computerstem/);
    expect(w.note).toMatch(/tekst van het verhaal/);
    expect(w.who(people, undefined)).toBeUndefined();
    expect(w.namesSpeakers).toBe(false);
    expect(w.artist('Buurt in Bloei')).toBe('Buurt in Bloei · voorlopige opname (computerstem)');
    const said = [w.wholeHeading, w.wholeIntro, w.wholeTitle('Buurt in Bloei'), w.wholeLabel, w.wholeNoun].join(' ');
    expect(said).not.toMatch(/interview/i);
    expect(said).toContain('opname');
  });

  it('a real interview: called so, speakers named, nothing to disclose', () => {
    const w = recordingWords('interview');
    expect(w.note).toBeUndefined();
    expect(w.wholeHeading).toBe('Het hele interview');
    expect(w.who(people, undefined)).toBe('Wilma Schrijen, Patrick van den Nieuwenhof');
    expect(w.who(people, 'Wilma Schrijen')).toBe('Wilma Schrijen');
    expect(w.namesSpeakers).toBe(true);
    expect(w.artist('Buurt in Bloei')).toBe('Buurt in Bloei');
  });

  it('the listening page describes what the recordings are now', () => {
    expect(listeningWords(['voorlopig', 'voorlopig']).description).toContain('Voorlopige opnamen');
    expect(listeningWords(['voorlopig', 'voorlopig']).cardKicker).toMatch(/voorlopige opnamen/i);
    expect(listeningWords(['voorlopig', 'interview']).note).toMatch(/deel van de opnamen is voorlopig/);
    const real = listeningWords(['interview', 'interview']);
    expect(real.note).toBeUndefined();
    expect(`${real.description} ${real.cardKicker}`).not.toMatch(/voorlopig|computerstem/i);
  });
});

describe('a stand-in names no speaker', () => {
  const file = 'content/stories/buurt-in-bloei.mdx';
  const story = (kind: 'voorlopig' | 'interview', speaker?: string) => ({
    recordingKind: kind,
    recording: 'buurt-in-bloei.mp3',
    fragments: [{}, speaker ? { speaker } : {}],
  });

  it('not per fragment', () => {
    expect(() => checkRecordingKind(file, story('voorlopig', 'Wilma Schrijen'), [])).toThrow(
      'content/stories/buurt-in-bloei.mdx → fragment 2 → veld “speaker”: bij een voorlopige opname (recordingKind: voorlopig) spreekt een computerstem, niet "Wilma Schrijen".',
    );
  });

  it('not in its transcript', () => {
    expect(() => checkRecordingKind(file, story('voorlopig'), [{}, { speaker: 'Patrick' }])).toThrow(
      'content/stories/buurt-in-bloei.mdx → veld “recordingKind”: het transcript bij buurt-in-bloei.mp3 noemt een spreker (<v Patrick>)',
    );
  });

  it('a real interview may name them', () => {
    expect(() => checkRecordingKind(file, story('interview', 'Wilma Schrijen'), [{ speaker: 'Patrick' }])).not.toThrow();
    expect(() => checkRecordingKind(file, story('voorlopig'), [{}, {}])).not.toThrow();
  });
});
