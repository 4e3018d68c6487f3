/**
 * Every browser test file is in vitest.config.ts's LONGEST list, which starts
 * the long files first in a fresh clone (no timings cached). A file left out
 * starts among the last and may run on alone while the other worker idles:
 * listen-along (22 s) once ended the suite that way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

const listed = (config: string) => {
  const block = /const LONGEST = \[([\s\S]*?)\];/.exec(config)?.[1] ?? '';
  return [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
};

it('names every browser test file in the order of the longest first', () => {
  const names = listed(readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8'));
  expect(names.length).toBeGreaterThan(10);
  const files = ['e2e', 'engines'].flatMap((dir) =>
    readdirSync(join(ROOT, 'tests', dir))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${dir}/${f}`),
  );
  // As the sequencer matches: the name within the path.
  const missing = files.filter((f) => !names.some((n) => `/${f}`.includes(`/${n}`)));
  expect(missing).toEqual([]);
});
