/**
 * The whole publication is on the site: the shared coverage tool reads the
 * built pages and must find at least 99% of the source's sentences.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths';

const TOOL = join(ROOT, '..', 'shared', 'tools', 'seed-coverage.mjs');

it('carries at least 99% of the publication’s sentences', () => {
  expect(existsSync(TOOL), `${TOOL} is missing: the project expects ../shared beside it`).toBe(true);
  const result = spawnSync(process.execPath, [TOOL, DIST, '--min', '0.99', '--show', '20'], { encoding: 'utf8' });
  const line = /coverage: ([\d.]+)%/.exec(result.stdout);
  expect(line, result.stdout + result.stderr).not.toBeNull();
  expect(Number(line![1]), result.stdout).toBeGreaterThanOrEqual(99);
  expect(result.status, result.stdout).toBe(0);
});
