/**
 * Fidelity check, for editors: where a text stands in content/ (file and
 * line), so a message can say "change it in content/chapters/x.mdx, line 18"
 * instead of only the page. Compared as the check compares (tools/fidelity/
 * text.ts: words and marks, spacing does not matter). Only the MDX files,
 * front matter included (a lead, a description); content/verbeteringen.yaml,
 * which quotes the printed text on purpose, is not searched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { tokens, type Token } from './text.ts';

export interface Spot {
  /** The file, relative to the project: content/chapters/x.mdx. */
  file: string;
  /** 1-based line of the text's first word. */
  line: number;
}

interface Indexed {
  file: string;
  tokens: Token[];
  lines: number[];
}

function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...mdxFiles(path));
    else if (name.endsWith('.mdx')) out.push(path);
  }
  return out;
}

/** A function that finds a text in the MDX files of `root`/content. */
export function contentLocator(root: string): (text: string) => Spot[] {
  let index: Indexed[] | undefined;
  const read = (): Indexed[] =>
    mdxFiles(join(root, 'content')).map((path) => {
      const all: Token[] = [];
      const lines: number[] = [];
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          for (const token of tokens(text)) {
            all.push(token);
            lines.push(i + 1);
          }
        });
      return { file: relative(root, path).split(sep).join('/'), tokens: all, lines };
    });
  return (text) => {
    const needle = tokens(text);
    if (needle.length === 0) return [];
    index ??= read();
    const out: Spot[] = [];
    for (const { file, tokens: list, lines } of index) {
      outer: for (let i = 0; i + needle.length <= list.length; i++) {
        for (let k = 0; k < needle.length; k++) if (list[i + k]!.text !== needle[k]!.text) continue outer;
        out.push({ file, line: lines[i]! });
      }
    }
    return out;
  };
}

/** Whether a content file is the text of a page (/verhalen/x/ ← content/stories/x.mdx, /bronnen/ ← content/resources/*, …). */
export function fileOfPage(file: string, page: string): boolean {
  const name = /([^/]+)\.mdx$/.exec(file)?.[1];
  if (file.startsWith('content/stories/')) return page === `/verhalen/${name}/`;
  if (file.startsWith('content/chapters/')) return page === `/handreiking/${name}/`;
  if (file.startsWith('content/resources/')) return page === '/bronnen/';
  if (file.startsWith('content/pages/')) return page === (name === 'home' ? '/' : `/${name}/`);
  return false;
}
