/**
 * No import cycle anywhere in src/, type imports included (issue 26): when two
 * modules need each other, one of them holds what both need, or a third one
 * does. The graph is read from the source text: every `import … from`,
 * `export … from`, `import type`, `import('…')` and side-effect `import '…'`
 * of a .ts file, an .astro file's front matter and its <script> blocks. Only
 * relative specifiers are followed (packages and virtual modules cannot import
 * us back). A cycle fails the test with its path, e.g.
 * `src/build/content.ts → src/build/site-pages.ts → src/build/content.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|mts|astro)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code of a file that can import: all of a .ts file; an .astro file's front matter and scripts. */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

/** Every module specifier the code names, comments left out. */
export function specifiers(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  const found = [
    ...text.matchAll(/(?:^|[\n;}])\s*(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1] as string);
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const tries = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}.astro`, join(base, 'index.ts')];
  return tries.find((path) => existsSync(path) && statSync(path).isFile());
}

export function graph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      [...new Set(specifiers(code(file)).flatMap((spec) => resolveImport(file, spec) ?? []))].filter((to) => /\.(ts|mts|astro)$/.test(to)),
    ]),
  );
}

/** Each cycle once (Tarjan's strongly connected components, then one path through each). */
export function cycles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      const self = (edges.get(v) ?? []).includes(v);
      if (component.length > 1 || self) found.push(pathThrough(component.sort(), edges));
    }
  };
  for (const v of [...edges.keys()].sort()) if (!idx.has(v)) visit(v);
  return found;
}

/** A shortest way round from the component's first file back to itself. */
function pathThrough(component: string[], edges: Map<string, string[]>): string[] {
  const start = component[0]!;
  const inside = new Set(component);
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of edges.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at: string | undefined = v; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return component;
}

describe('import graph of src/', () => {
  it('reads every kind of import, and not the ones in comments', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from './c.ts';",
      "export type * from './d.ts';",
      "import './e.ts';",
      "const f = await import('./f.ts');",
      "type G = import('./g.ts').G;",
      'import {\n  h,\n  i,\n} from "./h.ts";',
      "// import { x } from './x.ts';",
      "/* import { y } from './y.ts'; */",
    ].join('\n');
    expect(specifiers(text)).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './h.ts', './f.ts', './g.ts']);
  });

  it('finds a cycle and names the files on it', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
  });

  it('has no import cycle, type imports included', () => {
    const src = join(ROOT, 'src');
    const files = sources(src);
    const edges = graph(files);
    expect(files.length).toBeGreaterThan(100);
    expect([...edges.values()].flat().length).toBeGreaterThan(300);
    const named = cycles(edges).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(' → '));
    expect(named).toEqual([]);
  });
});
