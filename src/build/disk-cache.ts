/**
 * The build's one disk cache: a file made once and kept under a key that
 * names everything it is made from, so a rebuild reads it back instead of
 * making it again. Every cache of the build lives here, in one root:
 * `node_modules/.cache/` of the project being built (the folder `npm run`
 * starts in), or the folder named by NJI_CACHE_DIR (the tests and the bench
 * build cold copies with a root of their own). Each kind has its folder:
 *
 *   nji-cards/   social cards and the podcast cover (sharp renders)
 *   nji-clips/   fragment clips cut from the recordings, and the recordings'
 *                Xing/Info frames (build/audio-tags.ts)
 *   nji-zopfli/  Pagefind's files repacked with Zopfli
 *   nji-pdf/     the PDF edition, and the font settings its typesetter reads
 *
 * Written then renamed: a build running next to this one never reads half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type CacheKind = 'cards' | 'clips' | 'zopfli' | 'pdf';

/** The folder of one kind of cached file. */
export function cacheDir(kind: CacheKind, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return join(env['NJI_CACHE_DIR'] ?? join(cwd, 'node_modules/.cache'), `nji-${kind}`);
}

export async function cachedFile(
  kind: CacheKind,
  name: string,
  make: () => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; reused: boolean }> {
  const dir = cacheDir(kind);
  const file = join(dir, name);
  if (existsSync(file)) return { bytes: new Uint8Array(readFileSync(file)), reused: true };
  const bytes = new Uint8Array(await make());
  mkdirSync(dir, { recursive: true });
  // Written and renamed synchronously: two jobs of one process never share the partial file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return { bytes, reused: false };
}
