/**
 * A failed build leaves no site to publish (src/integrations/fresh-build.ts):
 * the hook on a temporary output folder, the exit code handed in by the test.
 * The whole build, failing after a good one: tests/build/bad-input.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import freshBuild from '../../src/integrations/fresh-build';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An output folder with the site of an earlier build in it. */
function previousSite(): string {
  root = mkdtempSync(join(tmpdir(), 'nji-fresh-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  return dist;
}

function run(command: string, dist: string): ((code: number) => void) | undefined {
  let listener: ((code: number) => void) | undefined;
  const setup = freshBuild((l) => (listener = l)).hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ command, config: { outDir: pathToFileURL(`${dist}/`) } });
  return listener;
}

it('a build starts by removing the previous site', () => {
  const dist = previousSite();
  run('build', dist);
  expect(existsSync(dist)).toBe(false);
});

it('a build that fails removes what it wrote; one that succeeds keeps it', () => {
  const dist = previousSite();
  const exit = run('build', dist)!;
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  exit(0);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
  exit(1);
  expect(existsSync(dist)).toBe(false);
});

it('the dev server and the preview leave dist/ alone', () => {
  const dist = previousSite();
  expect(run('dev', dist)).toBeUndefined();
  run('preview', dist);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
});
