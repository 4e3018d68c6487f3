/** The first and last steps of loading the publication (order, sequence), with plain data. */
import { describe, expect, it } from 'vitest';
import { fileOf, groupResources, inOrder, newestFirst } from '../../../src/lib/publication/order';
import { checkRequiredPages, readingSequence } from '../../../src/lib/publication/sequence';

const chapter = (id: string, order: number) => ({ id, filePath: `content/chapters/${id}.mdx`, data: { order, title: id } });

describe('order', () => {
  it('sorts by the order field', () => {
    expect(inOrder([chapter('b', 2), chapter('a', 3), chapter('c', 1)], 'chapters', 'hoofdstuk').map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });

  it('two chapters with the same order stop the build, naming both files', () => {
    expect(() => inOrder([chapter('versterken-van-initiatieven', 6), chapter('valkuilen', 6)], 'chapters', 'hoofdstuk')).toThrow(
      'content/chapters/versterken-van-initiatieven.mdx → veld “order”: twee hoofdstukken hebben volgnummer 6: dit bestand en content/chapters/valkuilen.mdx. Geef het bestand dat je hebt toegevoegd of verplaatst een eigen volgnummer; het eerste vrije nummer na het hoogste is 7.',
    );
  });

  it('puts resources without an order after the numbered ones, by title: a new resource needs no free number', () => {
    const resource = (id: string, title: string, order?: number) => ({ id, filePath: `content/resources/${id}.mdx`, data: { order, title } });
    const ordered = inOrder([resource('nieuw-b', 'Wijkkracht'), resource('b', 'Buurtwijs', 3), resource('nieuw-a', 'Avondje buurt'), resource('a', 'Wij in de wijk', 1)], 'resources', 'bron');
    expect(ordered.map((r) => r.id)).toEqual(['a', 'b', 'nieuw-a', 'nieuw-b']);
    // Within its group, too: groupResources keeps this order.
    expect(groupResources(ordered.map((r) => ({ ...r, data: { ...r.data, group: 'G' } })), ['G'])[0]!.resources.map((r) => r.id)).toEqual(['a', 'b', 'nieuw-a', 'nieuw-b']);
  });

  it('finds the file of an entry without a filePath', () => {
    expect(fileOf({ id: 'home' }, 'pages')).toBe('content/pages/home.mdx');
  });

  it('puts updates newest first, one day by id', () => {
    const update = (id: string, date: string) => ({ id, data: { date: new Date(date) } });
    expect(newestFirst([update('b', '2026-01-01'), update('c', '2026-02-01'), update('a', '2026-01-01')]).map((u) => u.id)).toEqual(['c', 'a', 'b']);
  });

  it('groups resources in the groups’ order, leaving out empty groups', () => {
    const r = (id: string, group: string) => ({ id, data: { group } });
    expect(groupResources([r('x', 'B'), r('y', 'A'), r('z', 'B')], ['A', 'C', 'B'])).toEqual([
      { group: 'A', resources: [r('y', 'A')] },
      { group: 'B', resources: [r('x', 'B'), r('z', 'B')] },
    ]);
  });
});

describe('reading sequence', () => {
  const page = (id: string, title: string) => [id, { id, data: { title } }] as const;
  const pages = new Map([page('home', 'Begin'), page('bronnen', 'Bronnen en links'), page('colofon', 'Colofon')]);

  it('runs through the chapters, the stories, the resources and the colophon', () => {
    const stories = [{ id: 'buurt-in-bloei', data: { title: 'Buurt in Bloei' } }];
    expect(readingSequence([chapter('inleiding', 1)], stories, pages)).toEqual([
      { href: '/handreiking/inleiding/', title: 'inleiding', kind: 'Hoofdstuk' },
      { href: '/verhalen/buurt-in-bloei/', title: 'Buurt in Bloei', kind: 'Verhaal' },
      { href: '/bronnen/', title: 'Bronnen en links', kind: 'Bronnen' },
      { href: '/colofon/', title: 'Colofon', kind: 'Colofon' },
    ]);
  });

  it('needs the cover, the resources page and the colophon', () => {
    expect(() => checkRequiredPages(pages)).not.toThrow();
    const without = new Map(pages);
    without.delete('colofon');
    expect(() => checkRequiredPages(without)).toThrow('content/pages/colofon.mdx → veld “bestand”: dit bestand ontbreekt; de site heeft het nodig.');
  });
});
