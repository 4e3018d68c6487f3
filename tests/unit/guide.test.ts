/**
 * The editors' guide (docs/redactie.md) tells editors what to run and what to
 * record: every `npm run …` it names exists, and the record-keeping rules
 * stand in one table that the tasks point to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const guide = readFileSync(join(ROOT, 'docs/redactie.md'), 'utf8');

it('names only npm scripts that exist', () => {
  const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  const named = [...new Set([...guide.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!))];
  expect(named).toContain('overzicht');
  expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
});

it('has one table of record-keeping rules, with typos, transcripts and new resources', () => {
  const tables = guide.split('\n').filter((line) => line.startsWith('| wat je doet | `updated`'));
  expect(tables).toHaveLength(1);
  const table = guide.slice(guide.indexOf(tables[0]!)).split('\n\n')[0]!;
  expect(table).toMatch(/tikfout.*audio\/\*\.vtt.*\| nee \| nee \|/);
  expect(table).toMatch(/nieuwe pagina of bron.*\| nee .*\| ja \|/);
  expect(guide).toContain('Zie je niets veranderen en geen fout? Stop `npm run dev` met Ctrl+C en\nstart het opnieuw.');
});
