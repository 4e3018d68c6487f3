/**
 * The `order` numbers in a content folder, read straight from the files'
 * front matter (without Astro): for messages about `order`, which name the
 * next free number, and for `npm run overzicht`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { nextFreeOrder, type OverviewEntry } from '../lib/order-overview.ts';

/** Each MDX file of `content/<folder>` with its order, title and group as written (unreadable front matter: skipped). */
export function readOrders(folder: string, root = '.'): OverviewEntry[] {
  const dir = join(root, 'content', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const file = `content/${folder}/${name}`;
      try {
        const data: unknown = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '');
        const { order, title, group } = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
        return [{ file, order: typeof order === 'number' ? order : undefined, title: String(title ?? ''), ...(typeof group === 'string' ? { group } : {}) }];
      } catch {
        return [{ file, order: undefined, title: '' }];
      }
    });
}

/** " Het eerste vrije nummer in content/resources/ is 20." — for a message about a missing or bad `order`. */
export function nextFreeHint(folder: string, root = '.'): string {
  try {
    const orders = readOrders(folder, root).flatMap((e) => (e.order === undefined ? [] : [e.order]));
    return ` Het eerste vrije nummer na het hoogste in content/${folder}/ is ${nextFreeOrder(orders)}; een overzicht van alle nummers geeft npm run overzicht.`;
  } catch {
    return '';
  }
}
