/**
 * A file made once and kept in node_modules/.cache/<folder>/ under a key that
 * names everything it is made from, so a rebuild reads it back instead of
 * making it again. Written then renamed: a build running next to this one
 * never reads half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function cachedFile(
  dir: string,
  name: string,
  make: () => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; reused: boolean }> {
  const file = join(dir, name);
  if (existsSync(file)) return { bytes: new Uint8Array(readFileSync(file)), reused: true };
  const bytes = new Uint8Array(await make());
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return { bytes, reused: false };
}
