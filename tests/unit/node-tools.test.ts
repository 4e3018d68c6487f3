/**
 * The editors' and maintainers' commands that Node runs directly
 * (`npm run controleer`, `fidelity`, `overzicht`, `bench`, `screenshots`, and
 * the CI summary): Node strips the types but, unlike Vite, guesses no file
 * extension, so every module they reach must import its neighbours by their
 * full name (`./text/nl.ts`, not `./text/nl`). One such import made
 * `npm run controleer` stop with ERR_MODULE_NOT_FOUND while every Vitest test,
 * which resolves as Vite does, stayed green. Type-only imports are erased
 * before Node resolves anything, so they may stay as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The relative specifiers Node resolves: imports and re-exports that are not type-only, and dynamic imports. */
export function runtimeSpecifiers(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  const statements = [...text.matchAll(/(?:^|[\n;}])\s*((?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"])/g)]
    .filter((m) => !/^(?:import|export)\s+type\s/.test(m[1]!))
    .map((m) => m[2]!);
  const dynamic = [...text.matchAll(/(?<![\w.])import\(\s*['"]([^'"]+)['"]\s*\)/g)].filter((m) => !/\btypeof\s+$|:\s*$|=\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))).map((m) => m[1]!);
  return [...statements, ...dynamic].filter((s) => s.startsWith('.'));
}

/** Every `node tools/….ts` in package.json's scripts and the CI workflow. */
function entries(): string[] {
  const texts = [readFileSync(join(ROOT, 'package.json'), 'utf8')];
  const workflow = join(ROOT, '.github/workflows/controle.yml');
  if (existsSync(workflow)) texts.push(readFileSync(workflow, 'utf8'));
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\bnode (tools\/[\w/.-]+\.ts)\b/g)].map((m) => m[1]!)))];
}

/** Imports Node cannot resolve, as "file: specifier", in every module the entries reach. */
function unresolvable(start: string[]): { problems: string[]; reached: number } {
  const seen = new Set<string>();
  const problems: string[] = [];
  const queue = start.map((e) => join(ROOT, e));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      if (existsSync(target) && statSync(target).isFile()) {
        if (/\.(ts|mts|js|mjs)$/.test(target)) queue.push(target);
      } else problems.push(`${relative(ROOT, file)}: '${spec}'`);
    }
  }
  return { problems, reached: seen.size };
}

describe('the commands Node runs directly', () => {
  it('reads the imports Node resolves, not the type-only ones', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b';",
      "export type * from './c';",
      "export { d } from './d';",
      "import './e.ts';",
      "const f = await import('./f.ts');",
      "type G = typeof import('./g');",
    ].join('\n');
    expect(runtimeSpecifiers(text)).toEqual(['./a.ts', './d', './e.ts', './f.ts']);
  });

  it('names an import without its extension', () => {
    expect(entries()).toContain('tools/controleer.ts');
    const { problems } = unresolvable(['tests/fixtures/node-tools/entry.ts']);
    expect(problems).toEqual(["tests/fixtures/node-tools/entry.ts: './neighbour'"]);
  });

  it('every module they reach imports its neighbours by their full file name', () => {
    const { problems, reached } = unresolvable(entries());
    expect(reached).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
