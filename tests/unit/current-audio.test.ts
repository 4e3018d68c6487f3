/**
 * npm run dev reads audio/ when a page asks and the folder changed since
 * (src/integrations/audio.ts, currentAudioIn): a recording added, replaced or
 * removed shows without a restart, and an unchanged folder is not read again.
 */
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { currentAudioIn } from '../../src/build/audio-manifest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'nji-audio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads the folder again only when a file was added, changed or removed', async () => {
  copyFileSync(join(ROOT, 'tests/fixtures/stand-in.mp3'), join(dir, 'een.mp3'));
  const first = currentAudioIn(dir);
  expect(Object.keys(await first)).toEqual(['een.mp3']);
  // Unchanged: the same reading.
  expect(currentAudioIn(dir)).toBe(first);
  // Added.
  copyFileSync(join(ROOT, 'tests/fixtures/stand-in.mp3'), join(dir, 'twee.mp3'));
  const second = currentAudioIn(dir);
  expect(second).not.toBe(first);
  expect(Object.keys(await second)).toEqual(['een.mp3', 'twee.mp3']);
  // Replaced (a new time on the same name).
  utimesSync(join(dir, 'een.mp3'), new Date(), new Date(Date.now() + 5_000));
  expect(currentAudioIn(dir)).not.toBe(second);
  // Removed.
  rmSync(join(dir, 'twee.mp3'));
  expect(Object.keys(await currentAudioIn(dir))).toEqual(['een.mp3']);
});
