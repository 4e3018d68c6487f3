/**
 * Zopfli repacks only what every first search fetches (the wasm, the meta
 * file, the filters, the index chunks while there are few); the fragments,
 * one per page, keep Pagefind's gzip. About half a second: Zopfli on four small files.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_QUERY, INDEX_CHUNKS_REPACKED, repackPagefind } from '../../src/build/zopfli';

describe('which Pagefind files are repacked', () => {
  it('the wasm, the meta file, the filters and the index chunks; never a fragment', () => {
    for (const path of ['wasm.nl.pagefind', 'pagefind.nl_d78911cde9.pf_meta', 'filter/nl_36e31f3.pf_filter', 'index/nl_cafe95e.pf_index']) expect(path).toMatch(FIRST_QUERY);
    for (const path of ['fragment/nl_16a014f.pf_fragment', 'pagefind.js', 'pagefind-entry.json', 'fragment/wasm.nl.pagefind']) {
      expect(path).not.toMatch(FIRST_QUERY);
    }
  });
});

describe('repackPagefind', () => {
  const root = mkdtempSync(join(tmpdir(), 'nji-zopfli-'));
  const saved = process.env['NJI_CACHE_DIR'];
  afterAll(() => {
    if (saved === undefined) delete process.env['NJI_CACHE_DIR'];
    else process.env['NJI_CACHE_DIR'] = saved;
    rmSync(root, { recursive: true, force: true });
  });

  it('makes the first-query files smaller with the same content and leaves the others byte for byte', async () => {
    process.env['NJI_CACHE_DIR'] = join(root, 'cache');
    const dir = join(root, 'pagefind');
    const text = (name: string) => Buffer.from(`${name}: ${'burgerinitiatief wijkteam buurt '.repeat(200)}`);
    const files = ['wasm.nl.pagefind', 'pagefind.nl_1.pf_meta', 'filter/nl_1.pf_filter', 'index/nl_1.pf_index', 'fragment/nl_1.pf_fragment'];
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      // Level 1: what Zopfli beats, as it beats Pagefind's own gzip.
      writeFileSync(join(dir, file), gzipSync(text(file), { level: 1 }));
    }
    const result = await repackPagefind(dir);
    expect(result.files).toBe(4);
    expect(result.after).toBeLessThan(result.before);
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      expect(gunzipSync(bytes).equals(text(file)), file).toBe(true);
      const untouched = bytes.equals(gzipSync(text(file), { level: 1 }));
      expect(untouched, file).toBe(/^fragment\//.test(file));
    }
  });

  it('in a large edition (many index chunks) repacks only the wasm: chunks, meta and filters stay as Pagefind packed them', async () => {
    process.env['NJI_CACHE_DIR'] = join(root, 'cache');
    const dir = join(root, 'many-chunks');
    const text = (name: string) => Buffer.from(`${name}: ${'wijkteam buurt '.repeat(100)}`);
    const chunks = Array.from({ length: INDEX_CHUNKS_REPACKED + 1 }, (_, i) => `index/nl_${i}.pf_index`);
    const kept = [...chunks, 'pagefind.nl_1.pf_meta', 'filter/nl_1.pf_filter'];
    for (const file of ['wasm.nl.pagefind', ...kept]) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), gzipSync(text(file), { level: 1 }));
    }
    const result = await repackPagefind(dir);
    expect(result.files, 'only the wasm').toBe(1);
    expect(readFileSync(join(dir, 'wasm.nl.pagefind')).equals(gzipSync(text('wasm.nl.pagefind'), { level: 1 })), 'the wasm is repacked').toBe(false);
    for (const file of kept) expect(readFileSync(join(dir, file)).equals(gzipSync(text(file), { level: 1 })), file).toBe(true);
  });
});
