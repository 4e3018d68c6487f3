/**
 * `order` made easy: `npm run overzicht` lists what exists with its number
 * and the next free one; messages about `order` name that number.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSection, nextFreeOrder } from '../../src/lib/order-overview';
import { nextFreeHint, readOrders } from '../../src/build/order-numbers';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'nji-order-'));
  mkdirSync(join(root, 'content', 'resources'), { recursive: true });
  for (const [name, front] of Object.entries(files)) writeFileSync(join(root, 'content', 'resources', name), `---\n${front}\n---\n\nTekst.\n`);
  return root;
}

describe('the next free number', () => {
  it('is one after the highest, 1 in an empty folder', () => {
    expect(nextFreeOrder([3, 19, 7])).toBe(20);
    expect(nextFreeOrder([])).toBe(1);
  });

  it('is read from the files, skipping one without a valid order', () => {
    const dir = folder({ 'a.mdx': 'title: A\norder: 2', 'b.mdx': 'title: B\norder: 9', 'c.mdx': 'title: C\norder: "tien"', 'd.mdx': 'title: [' });
    expect(readOrders('resources', dir).map((e) => e.order)).toEqual([2, 9, undefined, undefined]);
    expect(nextFreeHint('resources', dir)).toBe(' Het eerste vrije nummer na het hoogste in content/resources/ is 10; een overzicht van alle nummers geeft npm run overzicht.');
  });
});

describe('npm run overzicht', () => {
  it('lists the entries by number under their groups, with the next free number', () => {
    const dir = folder({
      'b.mdx': 'title: Buurtwijs\ngroup: Werkmethodieken\norder: 3',
      'a.mdx': 'title: Wij in de wijk\ngroup: Inspirerende praktijkvoorbeelden\norder: 1',
      'c.mdx': 'title: Nieuw\ngroup: Werkmethodieken\norder: 3',
      'd.mdx': 'title: Zonder\ngroup: Werkmethodieken',
    });
    expect(formatSection({ heading: 'Bronnen', folder: 'resources', entries: readOrders('resources', dir) }).split('\n')).toEqual([
      'Bronnen (content/resources/), op volgorde van order:',
      '  Inspirerende praktijkvoorbeelden:',
      '    1  a.mdx  Wij in de wijk',
      '  Werkmethodieken:',
      '    3  b.mdx  Buurtwijs',
      '    3  c.mdx  Nieuw',
      '  ?  d.mdx: geen geldig order-nummer',
      '  Let op: dubbel gebruikt: 3. Elk nummer mag maar één keer voorkomen.',
      '  Het eerste vrije nummer na het hoogste: 4',
    ]);
    // Resources may leave order out: such a one stands at the end of its group, and the overview says so.
    expect(formatSection({ heading: 'Bronnen', folder: 'resources', entries: readOrders('resources', dir), optional: true }).split('\n')).toContain(
      '  -  d.mdx (Werkmethodieken): zonder order, achteraan in de groep',
    );
  });
});
