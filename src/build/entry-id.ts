/**
 * A content file's address comes from its file name: content/stories/buurt-in-bloei.mdx
 * is /verhalen/buurt-in-bloei/. Two files whose names give the same address
 * ("Valkuilen.mdx" and "valkuilen.mdx", "open leercentrum.mdx" and
 * "open-leercentrum.mdx") would be one page, and one of them would silently
 * disappear; this stops the build instead, naming both files.
 */
import { existsSync } from 'node:fs';
import { ContentError } from '../lib/content-error';
import { slugify } from '../lib/slug';

/** The address part of a file name: "Open Leercentrum.mdx" → "open-leercentrum"; "archief/x.mdx" → "archief-x". */
export function entryId(file: string): string {
  return slugify(file.replace(/\.mdx?$/i, '').replace(/\//g, ' '));
}

export interface IdOptions {
  /** The folder as editors see it, for messages: "content/stories". */
  folder: string;
  /** Where an id ends up on the site, for messages: id → "/verhalen/x/". */
  address?: (id: string) => string;
  /** Whether a file of the folder still exists; renames in `npm run dev` leave stale claims. */
  exists?: (file: string, base?: URL) => boolean;
}

/**
 * A `generateId` for Astro's glob loader: the slugified file name, and a
 * ContentError when another file already claimed that id.
 */
export function idFromFileName({
  folder,
  address = (id) => id,
  exists = (file, base) => existsSync(base ? new URL(encodeURI(file), base) : `${folder}/${file}`),
}: IdOptions) {
  const claimed = new Map<string, string>();
  return ({ entry, base }: { entry: string; base?: URL }): string => {
    const id = entryId(entry);
    if (!id) {
      throw new ContentError(
        `${folder}/${entry}`,
        'bestandsnaam',
        `“${entry}” geeft geen bruikbaar adres. Gebruik letters en cijfers in de bestandsnaam, bijvoorbeeld mijn-verhaal.mdx.`,
      );
    }
    const other = claimed.get(id);
    if (other && other !== entry && exists(other, base)) {
      // Blame the file whose name is not already written as an address (Valkuilen.mdx, not valkuilen.mdx).
      const clean = (file: string) => file === `${entryId(file)}.mdx`;
      const [first, second] = clean(other) !== clean(entry) ? (clean(other) ? [other, entry] : [entry, other]) : [other, entry].sort();
      throw new ContentError(
        `${folder}/${second}`,
        'bestandsnaam',
        `“${second}” geeft hetzelfde adres ${address(id)} als ${folder}/${first}. ` +
          `Elke pagina heeft een eigen adres: geef een van beide bestanden een andere naam (kleine letters en streepjes, bijvoorbeeld ${id}-2.mdx).`,
      );
    }
    claimed.set(id, entry);
    return id;
  };
}
