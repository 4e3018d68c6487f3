/**
 * Pagefind writes its index, its fragments and its Dutch wasm as gzip files
 * that pagefind.js fetches and unpacks itself (a host sends them as they are).
 * Zopfli packs the same bytes into a standard gzip stream some 3–5 % smaller
 * than Pagefind's own, at about 100 ms of CPU a file however small.
 *
 * Only the files every reader's first search fetches are repacked: the Dutch
 * wasm (57 KB, half of a first query), the meta file, the filters and the
 * index chunks (a query fetches at least one; each at most about 32 KB, one
 * more for some fifty pages: 1 today, about 20 at 1,000 extra chapters, about
 * 200 at 10,000). The fragments (one per page and record: 1,082 files for
 * 1,000 extra chapters, 40 s of Zopfli for 2.6 % of their bytes) keep
 * Pagefind's gzip: a query fetches a few small ones. Without the index chunk
 * the small site's first query was 110.6 KB, over its 110 KB. The index
 * chunks are repacked only while there are few (INDEX_CHUNKS_REPACKED): in
 * a small edition one chunk is half the index a query fetches; at 1,000
 * extra chapters there are 39 of about 9 KB, Zopfli saved some 300 bytes of
 * the one or two a query fetches and cost about 0.5 s of CPU a chunk, most of
 * a cold build's search step (33 s of 36 on the busy 2-core machine). A large
 * edition (more chunks than that) keeps Pagefind's meta file and filters too:
 * they grow with the edition, and Zopfli is slow on a filter's long runs of
 * page numbers (1.3 s for a 2.9 KB filter at 1,000 extra chapters, for 250
 * bytes), while that edition's first query is far under its budget (63 of 110
 * KB). The wasm, the same for every edition, is repacked whatever its size.
 * Repacked files are kept in the build's disk cache
 * (disk-cache.ts, nji-zopfli/) under a hash of their bytes (the wasm only
 * changes with Pagefind); Zopfli is deterministic, so the same index gives
 * the same files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { cachedFile } from './disk-cache';

/** Pagefind's gzip files that every first query fetches, by their path in pagefind/: the wasm, the meta file, the filters, the index chunks. */
export const FIRST_QUERY = /^(wasm\.[a-z-]+\.pagefind|[^/]+\.pf_meta|filter\/[^/]+\.pf_filter|index\/[^/]+\.pf_index)$/;
const ITERATIONS = 15;
/** The index chunks are repacked while an edition has at most this many (the small site has 1). */
export const INDEX_CHUNKS_REPACKED = 4;

function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : FIRST_QUERY.test(relative(root, path)) ? [path] : [];
  });
}

/** Repacks the gzip files a first query fetches under Pagefind's folder `dir`; returns the bytes before and after. */
export async function repackPagefind(dir: string): Promise<{ files: number; before: number; after: number }> {
  let before = 0;
  let after = 0;
  const found = filesUnder(dir);
  const chunks = found.filter((file) => /\.pf_index$/.test(file));
  const files = chunks.length > INDEX_CHUNKS_REPACKED ? found.filter((file) => /\/wasm\.[a-z-]+\.pagefind$/.test(file)) : found;
  for (const file of files) {
    const packed = readFileSync(file);
    before += packed.length;
    const key = createHash('sha256').update(packed).digest('hex').slice(0, 32);
    const { bytes } = await cachedFile('zopfli', `${key}.gz`, async () => {
      const repacked = await gzipAsync(gunzipSync(packed), { numiterations: ITERATIONS });
      return repacked.length < packed.length ? repacked : packed;
    });
    writeFileSync(file, bytes);
    after += bytes.length;
  }
  return { files: files.length, before, after };
}
