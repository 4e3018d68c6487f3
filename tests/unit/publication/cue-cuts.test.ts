/**
 * A fragment whose start or end falls inside a sentence of its transcript
 * gets a `Let op:` warning naming the cue's times and the nearest boundary.
 */
import { describe, expect, it } from 'vitest';
import { cueCuts, fragmentCueWarnings } from '../../../src/lib/publication/cue-cuts';
import { buildStretches } from '../../../src/lib/publication/stretches';
import { audio, cue, storiesWith } from './data';

const sentences = [cue(0.5, 2.356, 'Als je meedoet, gaat het beter.'), cue(3.156, 5.592, 'Tot ontplooiing kunnen komen in je eigen buurt.')];

describe('cueCuts', () => {
  it('finds nothing when start and end fall between sentences or are rounded outward (5.3)', () => {
    expect(cueCuts(0, 3, sentences)).toEqual([]);
    expect(cueCuts(3, 6, sentences)).toEqual([]);
    // Within a tenth of a second of the edge: on the edge.
    expect(cueCuts(0.5, 2.3, sentences)).toEqual([]);
  });

  it('names the sentence an end cuts, and its nearest edge rounded outward', () => {
    const [cut, ...rest] = cueCuts(0, 5, sentences);
    expect(rest).toEqual([]);
    expect(cut).toMatchObject({ field: 'end', time: 5, boundary: 5.592, suggestion: '0:05.6', alternative: '0:03.1' });
    expect(cut!.cue.text).toBe('Tot ontplooiing kunnen komen in je eigen buurt.');
  });

  it('never suggests an edge that would put the end before the start', () => {
    // The fragment runs from 1 s to 2 s, inside one sentence: end at the sentence's end, start at its start.
    expect(cueCuts(1, 2, sentences)).toMatchObject([
      { field: 'start', boundary: 0.5 },
      { field: 'end', boundary: 2.356, suggestion: '0:02.4' },
    ]);
    expect(cueCuts(1, 2, sentences)[1]).not.toHaveProperty('alternative');
  });

  it('a start just after a sentence began goes back to the start of it', () => {
    expect(cueCuts(1, 2.356, sentences)).toMatchObject([{ field: 'start', boundary: 0.5, suggestion: '0:00.5' }]);
    expect(cueCuts(3.5, 8, sentences)).toMatchObject([{ field: 'start', boundary: 3.156, suggestion: '0:03.1' }]);
  });
});

describe('a start inside the quote’s first sentence (issue 25, point 2)', () => {
  it('goes back to the start of that sentence, never on to its end, even when the end is nearer', () => {
    // 2.2 s is nearer the end (2.356) than the start (0.5) of the first sentence.
    expect(cueCuts(2.2, 5.592, sentences)).toMatchObject([{ field: 'start', boundary: 2.356, suggestion: '0:02.4', alternative: '0:00.5' }]);
    // The quote is that sentence: the start stays before it, and nothing later is offered.
    const [cut] = cueCuts(2.2, 5.592, sentences, 0.5);
    expect(cut).toMatchObject({ field: 'start', boundary: 0.5, suggestion: '0:00.5' });
    expect(cut).not.toHaveProperty('alternative');
    // The quote is the next sentence: the end of this one is still before the quote, and nearest.
    expect(cueCuts(2.2, 5.592, sentences, 3.156)).toMatchObject([{ field: 'start', boundary: 2.356, suggestion: '0:02.4', alternative: '0:00.5' }]);
  });

  it('in the build’s warning: only the start of the quote’s sentence', () => {
    const manifest = audio();
    manifest['buurt-in-bloei.mp3']!.cues = [cue(440, 450.2, 'Begin klein en doe waar je zin in hebt!'), cue(451, 545.35, 'Dan komt de rest vanzelf.')];
    manifest['open-leercentrum.mp3']!.cues = [cue(0, 10, 'Eerst.'), cue(10, 40, 'Superblij.'), cue(40, 300, 'Dan.')];
    // 7:29 is 9 s into the quote's sentence and 1.2 s before its end.
    const list = storiesWith((s) => {
      s[0]!.data.fragments[0]!.start = '7:29';
      s[0]!.data.fragments[0]!.end = '9:06';
    });
    const { fragments } = buildStretches(list, manifest);
    const notes = fragmentCueWarnings(fragments.values()).filter((n) => n.field === 'fragment “begin-klein” → start');
    expect(notes.map((n) => n.detail)).toEqual([
      '7:29 valt midden in een zin van het transcript (7:20–7:30.2: “Begin klein en doe waar je zin in hebt!”), dus het fragment begint midden in die zin. ' +
        'De dichtstbijzijnde grens: start: "7:20" (vóór de zin). Zie de redactiehandleiding, 5.3.',
    ]);
  });
});

describe('fragmentCueWarnings', () => {
  it('names the story file, the fragment by id, the cue’s times and words, and what to write', () => {
    const manifest = audio();
    manifest['buurt-in-bloei.mp3']!.cues = [cue(440, 450.2, 'Begin klein en doe waar je zin in hebt!'), cue(540, 545.35, 'Dan komt de rest vanzelf.')];
    manifest['open-leercentrum.mp3']!.cues = [cue(0, 10, 'Eerst.'), cue(10, 40, 'Superblij.'), cue(40, 300, 'Dan.')];
    const list = storiesWith((s) => (s[0]!.data.fragments[0]!.start = '7:20'));
    const { fragments } = buildStretches(list, manifest);
    expect(fragmentCueWarnings(fragments.values())).toEqual([
      {
        file: 'content/stories/buurt-in-bloei.mdx',
        field: 'fragment “begin-klein” → end',
        detail:
          '9:04 valt midden in een zin van het transcript (9:00–9:05.3: “Dan komt de rest vanzelf.”), dus het fragment stopt midden in die zin. ' +
          'De dichtstbijzijnde grens: end: "9:05.4" (na de zin); of end: "9:00" (vóór de zin). Zie de redactiehandleiding, 5.3.',
      },
    ]);
  });
});
