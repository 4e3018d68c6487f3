import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content-error';
import { neighbours } from '../../../src/lib/publication/sequence';
import { sortByOrder } from '../../../src/lib/publication/order';

const entry = (id: string, order: number) => ({ id, order, file: `content/chapters/${id}.mdx` });

describe('sortByOrder', () => {
  it('sorts by the order field, not by file name', () => {
    const sorted = sortByOrder([entry('b', 3), entry('a', 10), entry('c', 1)], 'hoofdstuk');
    expect(sorted.map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('names both files and the field when two entries share a number', () => {
    let error: unknown;
    try {
      sortByOrder([entry('valkuilen', 7), entry('gelijkwaardigheid', 7)], 'hoofdstuk');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain('content/chapters/valkuilen.mdx');
    expect(message).toContain('content/chapters/gelijkwaardigheid.mdx');
    expect(message).toContain('“order”');
    expect(message).toContain('hoofdstuk');
  });

  it('suggests the first free number after the highest', () => {
    expect(() => sortByOrder([entry('a', 1), entry('b', 12), entry('c', 12), entry('d', 4)], 'bron')).toThrow(
      'Geef het bestand dat je hebt toegevoegd of verplaatst een eigen volgnummer; het eerste vrije nummer na het hoogste is 13.',
    );
  });
});

describe('neighbours', () => {
  const seq = ['/a/', '/b/', '/c/'].map((href) => ({ href, title: href, kind: 'Hoofdstuk' }));
  it('gives previous and next inside the sequence', () => {
    expect(neighbours(seq, '/b/')).toEqual({ previous: seq[0], next: seq[2] });
  });
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(seq, '/a/').previous).toBeUndefined();
    expect(neighbours(seq, '/c/').next).toBeUndefined();
  });
  it('is empty for a page outside the sequence', () => {
    expect(neighbours(seq, '/elders/')).toEqual({});
  });
});
