/**
 * The folder a file lives in says where it may run (README, "Where things
 * are"): src/lib runs anywhere, src/build only at build time in Node,
 * src/browser only in the browser. This test keeps that true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.(ts|mts)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
}

const NODE_ONLY = /^(node:|astro:content|virtual:nji\/audio|sharp$|satteri$|pagefind|esbuild)/;

describe('where code may run', () => {
  it('src/lib imports nothing tied to Node, Astro content or the DOM, and nothing from build/ or browser/', () => {
    const files = sources('src/lib');
    expect(files.length).toBeGreaterThan(5);
    const bad = files.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const found = imports(file).filter((s) => NODE_ONLY.test(s) || /\.\.\/(build|browser)\//.test(s));
      if (/\b(document|window|localStorage|navigator)\.[a-z]/.test(text.replace(/\/\*[\s\S]*?\*\//g, ''))) found.push('uses the DOM');
      return found.map((s) => `${file}: ${s}`);
    });
    expect(bad).toEqual([]);
  });

  it('src/browser imports nothing from build/ and nothing that needs Node', () => {
    const bad = sources('src/browser').flatMap((file) =>
      imports(file)
        .filter((s) => NODE_ONLY.test(s) || /\/build\//.test(s))
        .map((s) => `${file}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('src/build imports nothing from browser/', () => {
    const bad = sources('src/build').flatMap((file) =>
      imports(file)
        .filter((s) => /\/browser\//.test(s))
        .map((s) => `${relative('src', file)}: ${s}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('the README', () => {
  it('names every file and folder in tools/ in its tools row', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `tools/` |')) ?? '';
    const missing = readdirSync(join(ROOT, 'tools')).filter((name) => !row.includes(`\`${statSync(join(ROOT, 'tools', name)).isDirectory() ? `${name}/` : name}\``));
    expect(row).not.toBe('');
    expect(missing).toEqual([]);
  });
});
