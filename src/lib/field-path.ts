/**
 * One wording for a field in every message: a schema issue's path
 * (`fragments.“begin-klein”.end`, as zod gives it and Astro prints it) named
 * as ContentError names fields, `fragment “begin-klein” → end`, and written
 * `fragment “begin-klein” → veld “end”` (lib/content-error.ts, fieldLabel).
 */
import { itemField } from './content-error';

/** What one item of a list is called in a message. */
const ITEM: Record<string, string> = { fragments: 'fragment', people: 'persoon', pages: 'pagina', trefwoorden: 'trefwoord', situations: 'situatie', places: 'plaats', links: 'link', quotes: 'passage' };

/**
 * A schema issue's path as ContentError names fields: `fragments.“begin-klein”.start`
 * → `fragment “begin-klein” → start`, `people.0.name` → `persoon 1 → name`.
 */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  const out: string[] = [];
  path.forEach((key, i) => {
    const list = String(path[i - 1] ?? '');
    const id = typeof key === 'string' ? /^“(.*)”$/.exec(key)?.[1] : undefined;
    const number = typeof key === 'number' ? key : typeof key === 'string' && /^nr \d+$/.test(key) ? Number(key.slice(3)) - 1 : undefined;
    if (i > 0 && (id !== undefined || number !== undefined)) out.splice(-1, 1, itemField(ITEM[list] ?? list, id, number ?? 0));
    else out.push(String(key));
  });
  return out.join(' → ') || 'gegevens bovenaan';
}

/** The same for the path as Astro prints it, joined with dots: `fragments.“begin-klein”.start`, `people.0.name`. */
export function fieldOfDottedPath(dotted: string): string {
  const keys = dotted.match(/“[^”]*”|[^.]+/g) ?? [];
  return fieldOfPath(keys.map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
}
