/**
 * Pure rules about the publication's order: entries sorted by their `order`
 * front matter, duplicate numbers rejected, and the reading sequence through
 * the whole publication with previous/next links.
 */

export interface Ordered {
  id: string;
  /** Path of the source file, relative to the project root, for error messages. */
  file: string;
  order: number;
}

/** An editor's mistake: names the file, the field and what is expected. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file} → veld “${field}”: ${detail}`);
    this.name = 'ContentError';
  }
}

/** Sorts by `order`; throws a ContentError naming both files when two share a number. */
export function sortByOrder<T extends Ordered>(entries: readonly T[], kind: string): T[] {
  const seen = new Map<number, T>();
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const other = seen.get(entry.order);
    if (other) {
      throw new ContentError(
        entry.file,
        'order',
        `${entry.order} is al in gebruik door ${other.file}. Geef ${/^(bron|pagina)$/.test(kind) ? 'elke' : 'elk'} ${kind} een eigen volgnummer; ` +
          `het eerste vrije nummer na het hoogste is ${Math.max(...entries.map((e) => e.order)) + 1}.`,
      );
    }
    seen.set(entry.order, entry);
  }
  return [...entries].sort((a, b) => a.order - b.order);
}

export interface Stop {
  href: string;
  title: string;
  /** What kind of page this is, in Dutch ("Hoofdstuk", "Verhaal"). */
  kind: string;
}

export interface Neighbours {
  previous?: Stop | undefined;
  next?: Stop | undefined;
}

/** Previous and next stop for `href` in the reading sequence. */
export function neighbours(sequence: readonly Stop[], href: string): Neighbours {
  const i = sequence.findIndex((stop) => stop.href === href);
  if (i < 0) return {};
  return { previous: sequence[i - 1], next: sequence[i + 1] };
}
