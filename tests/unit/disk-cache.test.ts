/** The build's one disk cache: one root for every kind, made once, then read back. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir, cachedFile } from '../../src/build/disk-cache';

describe('cacheDir', () => {
  it('puts every kind in node_modules/.cache/ of the project, or under NJI_CACHE_DIR', () => {
    expect(cacheDir('cards', {}, '/p')).toBe('/p/node_modules/.cache/nji-cards');
    expect(cacheDir('clips', {}, '/p')).toBe('/p/node_modules/.cache/nji-clips');
    expect(cacheDir('zopfli', { NJI_CACHE_DIR: '/tmp/c' }, '/p')).toBe('/tmp/c/nji-zopfli');
  });
});

describe('cachedFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'nji-disk-cache-'));
  const saved = process.env['NJI_CACHE_DIR'];
  afterAll(() => {
    if (saved === undefined) delete process.env['NJI_CACHE_DIR'];
    else process.env['NJI_CACHE_DIR'] = saved;
    rmSync(root, { recursive: true, force: true });
  });

  it('makes a file once, then reads it back without making it, and leaves no partial file', async () => {
    process.env['NJI_CACHE_DIR'] = root;
    let made = 0;
    const make = async () => {
      made++;
      return new Uint8Array([1, 2, 3]);
    };
    const first = await cachedFile('clips', 'a.mp3', make);
    const second = await cachedFile('clips', 'a.mp3', make);
    expect([first.reused, second.reused, made]).toEqual([false, true, 1]);
    expect([...second.bytes]).toEqual([1, 2, 3]);
    expect(existsSync(join(root, 'nji-clips', 'a.mp3'))).toBe(true);
    expect(readdirSync(join(root, 'nji-clips'))).toEqual(['a.mp3']);
  });
});
