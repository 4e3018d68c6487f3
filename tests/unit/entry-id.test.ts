import { describe, expect, it } from 'vitest';
import { entryId, idFromFileName } from '../../src/build/entry-id';

describe('a content file’s address', () => {
  it('is its file name in lower case with hyphens', () => {
    expect(entryId('buurt-in-bloei.mdx')).toBe('buurt-in-bloei');
    expect(entryId('Open Leercentrum.mdx')).toBe('open-leercentrum');
    expect(entryId('Initiëren.mdx')).toBe('initieren');
    expect(entryId('archief/oud-verhaal.mdx')).toBe('archief-oud-verhaal');
  });

  it('stops the build when two files give the same address, naming both', () => {
    const generate = idFromFileName({ folder: 'content/chapters', address: (id) => `/handreiking/${id}/`, exists: () => true });
    expect(generate({ entry: 'valkuilen.mdx' })).toBe('valkuilen');
    expect(() => generate({ entry: 'Valkuilen.mdx' })).toThrow(
      'content/chapters/Valkuilen.mdx → veld “bestandsnaam”: “Valkuilen.mdx” geeft hetzelfde adres /handreiking/valkuilen/ als content/chapters/valkuilen.mdx.',
    );
  });

  it('blames the file whose name is not written as an address, whichever comes first', () => {
    const generate = idFromFileName({ folder: 'content/stories', exists: () => true });
    generate({ entry: 'Open Leercentrum.mdx' });
    expect(() => generate({ entry: 'open-leercentrum.mdx' })).toThrow(/^content\/stories\/Open Leercentrum\.mdx → /);
  });

  it('allows the same file again, and a name freed by a rename', () => {
    let exists = true;
    const generate = idFromFileName({ folder: 'content/stories', exists: () => exists });
    generate({ entry: 'a.mdx' });
    expect(generate({ entry: 'a.mdx' })).toBe('a');
    exists = false; // A.mdx renamed to a.mdx in `npm run dev`
    generate({ entry: 'x/b.mdx' });
    expect(generate({ entry: 'x-b.mdx' })).toBe('x-b');
  });

  it('refuses a name without letters or digits', () => {
    const generate = idFromFileName({ folder: 'content/stories', exists: () => true });
    expect(() => generate({ entry: '---.mdx' })).toThrow('veld “bestandsnaam”');
  });
});
