/**
 * Step 1 of loading the publication: each collection in its order — stories,
 * chapters and resources by their `order` number (two entries with one number
 * stop the build), updates newest first — and the resources by group.
 */
import { ContentError } from '../content-error';
import { nextFreeOrder } from '../order-overview';
import { LANGUAGE } from '../text/nl';

export interface Sourced {
  id: string;
  /** Path of the source file, relative to the project root; Astro sets it for files. */
  filePath?: string | undefined;
}

/** The file an entry comes from, for messages to editors. */
export const fileOf = (entry: Sourced, folder: string): string => entry.filePath ?? `content/${folder}/${entry.id}.mdx`;

/**
 * Entries sorted by `order`; a ContentError naming both files when two share a
 * number. Where `order` may be left out (a resource), the entries without it
 * come after the numbered ones, by title: a new resource stands at the end of
 * its group without the editor having to find a free number.
 */
export function inOrder<T extends Sourced & { data: { order?: number | undefined; title?: string } }>(entries: readonly T[], folder: string, kind: string): T[] {
  const numbered = entries.flatMap((entry) => (entry.data.order === undefined ? [] : [{ entry, id: entry.id, file: fileOf(entry, folder), order: entry.data.order }]));
  const unnumbered = entries
    .filter((entry) => entry.data.order === undefined)
    .sort((a, b) => (a.data.title ?? a.id).localeCompare(b.data.title ?? b.id, LANGUAGE) || a.id.localeCompare(b.id));
  return [...sortByOrder(numbered, kind).map((x) => x.entry), ...unnumbered];
}

/** What changed, newest first; one day in order of id. */
export function newestFirst<T extends { id: string; data: { date: Date } }>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** The resources under their groups, in the groups' order; groups without resources left out. */
export function groupResources<T extends { data: { group: string } }>(
  resources: readonly T[],
  groups: readonly string[],
): { group: string; resources: T[] }[] {
  return groups
    .map((group) => ({ group, resources: resources.filter((r) => r.data.group === group) }))
    .filter((g) => g.resources.length > 0);
}

/** An entry with its `order` number and its file, as `sortByOrder` compares them. */
export interface Ordered {
  id: string;
  /** Path of the source file, relative to the project root, for error messages. */
  file: string;
  order: number;
}

/** The kinds sortByOrder is called with, as a plural for its message. */
const PLURAL: Record<string, string> = { bron: 'bronnen', hoofdstuk: 'hoofdstukken', verhaal: 'verhalen', pagina: "pagina's" };

/** Sorts by `order`; throws a ContentError naming both files when two share a number. */
export function sortByOrder<T extends Ordered>(entries: readonly T[], kind: string): T[] {
  const seen = new Map<number, T>();
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const other = seen.get(entry.order);
    if (other) {
      throw new ContentError(
        entry.file,
        'order',
        // Both files by name: which of the two the editor just added or moved, only the editor knows
        // (a trial's new resource got a message naming the untouched one as if it were at fault).
        `twee ${PLURAL[kind] ?? 'bestanden'} hebben volgnummer ${entry.order}: dit bestand en ${other.file}. ` +
          `Geef het bestand dat je hebt toegevoegd of verplaatst een eigen volgnummer; het eerste vrije nummer na het hoogste is ${nextFreeOrder(entries.map((e) => e.order))}.`,
      );
    }
    seen.set(entry.order, entry);
  }
  return [...entries].sort((a, b) => a.order - b.order);
}
