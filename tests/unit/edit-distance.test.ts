/**
 * "Bedoel je …?" for names editors misspell, and list items named by what
 * identifies them, in the messages every content check gives.
 */
import { describe, expect, it } from 'vitest';
import { closestNames, didYouMean } from '../../src/lib/edit-distance';
import { ContentError, fieldLabel, itemField } from '../../src/lib/content-error';

describe('Bedoel je …?', () => {
  const ids = ['begin-klein', 'einde', 'superblij', 'het-begin'];

  it('offers the names within a few edits, nearest first', () => {
    expect(closestNames('begin-klien', ids)).toEqual(['begin-klein']);
    expect(closestNames('Einde', ids)).toEqual(['einde']);
    expect(closestNames('eind', ids)).toEqual(['einde']);
    expect(closestNames('super-blij', ids)).toEqual(['superblij']);
  });

  it('offers nothing for a name that is not close, or short names far apart', () => {
    expect(closestNames('begin-groot', ids)).toEqual([]);
    expect(closestNames('end', ids)).toEqual([]);
    expect(didYouMean('iets-anders', ids)).toBe('');
  });

  it('says it in a sentence, with how each value is shown', () => {
    expect(didYouMean('begin-klien', ids)).toBe(' Bedoel je “begin-klein”?');
    expect(didYouMean('x-1', ['x-2', 'x-3'], (v) => `#${v}`)).toBe(' Bedoel je #x-2 of #x-3?');
  });
});

describe('list items in messages', () => {
  it('are named by their id, or counted from 1 without one', () => {
    expect(itemField('fragment', 'begin-klein', 0, 'end')).toBe('fragment “begin-klein” → end');
    expect(itemField('fragment', undefined, 2, 'speaker')).toBe('fragment 3 → speaker');
    expect(itemField('fragment', 'einde', 1)).toBe('fragment “einde”');
  });

  it('show the field as “veld …” after the item', () => {
    expect(fieldLabel('order')).toBe('veld “order”');
    expect(fieldLabel('fragment “begin-klein” → end')).toBe('fragment “begin-klein” → veld “end”');
    expect(fieldLabel('fragment “einde”')).toBe('fragment “einde”');
    expect(fieldLabel('pagina 2')).toBe('pagina 2');
    expect(new ContentError('content/stories/a.mdx', itemField('fragment', 'einde', 1, 'end'), 'te laat.').message).toBe(
      'content/stories/a.mdx → fragment “einde” → veld “end”: te laat.',
    );
  });
});
