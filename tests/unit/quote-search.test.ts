/** Finding a fragment's quote in a transcript, on plain data: words only, across cues. */
import { describe, expect, it } from 'vitest';
import { findQuote, quoteWords } from '../../src/lib/quote-search';

const cue = (start: number, end: number, text: string) => ({ start, end, text });

const transcript = [
  cue(0.5, 4.5, 'Jongeren Maken De Stad benut talenten en passies van jongeren.'),
  cue(5.3, 9.9, 'Nou, ik ging op een oude'),
  cue(10.2, 14.8, 'BAKFIETS langs “schoolpleinen”\nen hangplekken. Dat werkte.'),
  cue(15.6, 20, 'Want als je meedoet gaat het beter met mensen.'),
  cue(21, 24, 'Collega’s zeiden: doe het maar.'),
];

describe('quoteWords', () => {
  it('keeps words only: no case, accents, quotation marks, apostrophes or line breaks', () => {
    expect(quoteWords('‘Ideeën’, zei hij:\n"Collega\'s — pop-up!"')).toEqual(['ideeen', 'zei', 'hij', 'collegas', 'pop', 'up']);
    expect(quoteWords('collega’s')).toEqual(quoteWords("collega's"));
  });
});

describe('findQuote', () => {
  it('finds a quote spread over two cues, whatever its marks and case', () => {
    const found = findQuote(transcript, '‘Ik ging op een oude bakfiets langs schoolpleinen en hangplekken.’');
    expect(found).toEqual({ match: { firstCue: 1, lastCue: 2, matched: 10, words: 10, exact: true }, count: 1 });
  });

  it('finds a quote inside a longer sentence', () => {
    expect(findQuote(transcript, 'Als je meedoet, gaat het beter.')?.match).toMatchObject({ firstCue: 3, lastCue: 3, exact: true });
    expect(findQuote(transcript, 'collega’s zeiden')?.match).toMatchObject({ firstCue: 4, exact: true });
  });

  it('finds a quote edited a little from what was said, and says how many words stand there', () => {
    const found = findQuote(transcript, 'Ik ging met een oude bakfiets langs de schoolpleinen en hangplekken.');
    expect(found?.match).toEqual({ firstCue: 1, lastCue: 2, matched: 9, words: 11, exact: false });
  });

  it('finds nothing when too few of the words stand there, or a short quote is not there word for word', () => {
    expect(findQuote(transcript, 'Begin klein en doe waar je zin in hebt!')).toBeUndefined();
    expect(findQuote(transcript, 'Ik ging fietsen langs de scholen in de stad.')).toBeUndefined();
    expect(findQuote(transcript, 'oude fiets')).toBeUndefined();
    expect(findQuote([], 'oude bakfiets')).toBeUndefined();
  });

  it('chooses, of several places, the one nearest to the fragment’s start, and counts them', () => {
    const twice = [...transcript, cue(30, 33, 'Ik ging op een oude bakfiets langs schoolpleinen en hangplekken.')];
    const quote = 'Ik ging op een oude bakfiets langs schoolpleinen en hangplekken.';
    expect(findQuote(twice, quote)).toMatchObject({ match: { firstCue: 1 }, count: 2 });
    expect(findQuote(twice, quote, 29)).toMatchObject({ match: { firstCue: 5 }, count: 2 });
  });
});
