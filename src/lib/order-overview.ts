/**
 * `npm run overzicht`: the stories, chapters and resources with their
 * `order`, in that order, and the next free number of each folder — so an
 * editor adding a resource need not open every file to find it.
 */

/** The first free number after the highest: what a new entry gets (1 in an empty folder). */
export const nextFreeOrder = (orders: readonly number[]): number => Math.max(0, ...orders) + 1;

export interface OverviewEntry {
  /** content/<folder>/<name>.mdx */
  file: string;
  /** undefined when the file has no (valid) order. */
  order: number | undefined;
  title: string;
  group?: string;
}

export interface OverviewSection {
  /** "Verhalen", "Hoofdstukken", "Bronnen". */
  heading: string;
  folder: string;
  entries: readonly OverviewEntry[];
  /** Whether `order` may be left out (resources: then at the end of the group). */
  optional?: boolean;
}

/** One section as text: a line per entry in `order` (by group for resources), then the next free number and any number used twice. */
export function formatSection({ heading, folder, entries, optional = false }: OverviewSection): string {
  const numbered = entries.filter((e) => e.order !== undefined).sort((a, b) => a.order! - b.order! || a.file.localeCompare(b.file));
  const width = Math.max(1, ...numbered.map((e) => String(e.order).length));
  const line = (e: OverviewEntry) => `  ${String(e.order ?? '?').padStart(width)}  ${e.file.replace(`content/${folder}/`, '')}  ${e.title}`;
  const groups = [...new Set(numbered.map((e) => e.group))];
  const lines =
    groups.length > 1 || groups[0] !== undefined
      ? groups.flatMap((group) => [`  ${group}:`, ...numbered.filter((e) => e.group === group).map((e) => `  ${line(e)}`)])
      : numbered.map(line);
  const counts = new Map<number, number>();
  for (const e of numbered) counts.set(e.order!, (counts.get(e.order!) ?? 0) + 1);
  const twice = [...counts].filter(([, n]) => n > 1).map(([order]) => order);
  const missing = entries.filter((e) => e.order === undefined);
  return [
    `${heading} (content/${folder}/), op volgorde van order:`,
    ...lines,
    ...missing.map((e) =>
      optional
        ? `  -  ${e.file.replace(`content/${folder}/`, '')}${e.group ? ` (${e.group})` : ''}: zonder order, achteraan in de groep`
        : `  ?  ${e.file.replace(`content/${folder}/`, '')}: geen geldig order-nummer`,
    ),
    ...(twice.length ? [`  Let op: dubbel gebruikt: ${twice.join(', ')}. Elk nummer mag maar één keer voorkomen.`] : []),
    `  Het eerste vrije nummer na het hoogste: ${nextFreeOrder(numbered.map((e) => e.order!))}`,
  ].join('\n');
}

export const formatOverview = (sections: readonly OverviewSection[]): string => sections.map(formatSection).join('\n\n');
