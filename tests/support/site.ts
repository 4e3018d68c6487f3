/** Reads the built site from dist/: its pages and their HTML. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from './paths';

/** Every HTML page as its URL path ("/", "/verhalen/x/", "/404.html"). */
export function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

export function pageHtml(path: string, dir = DIST): string {
  const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
  return readFileSync(file, 'utf8');
}

/** Every file of a built site, as paths relative to it, sorted. */
export function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
