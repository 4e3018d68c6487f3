/**
 * Builds a copy of the project in a temporary folder, after a change to its
 * content, so tests can prove that bad editor input fails the build, without
 * ever touching the real content.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';
import { controleer } from '../../tools/controleer';

/** What a fixture's builds run with: no colours, and each fixture its own caches, so fixtures can build side by side. */
const fixtureEnv = (dir: string) => ({
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  VITE_CACHE_DIR: join(dir, '.vite-cache'),
  ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
});

const COPY = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'audio'];

export interface Fixture {
  dir: string;
  /** Edits a file of the copy, relative to its root. */
  edit(file: string, change: (text: string) => string): void;
  read(file: string): string;
  /** Writes a file of the copy (text, or bytes such as an image), making its folder if needed. */
  write(file: string, content: string | Uint8Array): void;
  remove(file: string): void;
  /** Runs `astro build` in the copy; resolves with its exit code and all output. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** Runs `npm run controleer` (tools/controleer.ts) in the copy; with `keep`, its pages stay in that folder of the copy. */
  check(keep?: string): ReturnType<typeof controleer>;
  dispose(): void;
}

export function makeFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'nji-fixture-'));
  for (const entry of COPY) {
    try {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    read(file) {
      return readFileSync(join(dir, file), 'utf8');
    },
    write(file, content) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    },
    remove(file) {
      rmSync(join(dir, file), { recursive: true, force: true });
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...fixtureEnv(dir), ...env },
        timeout: 120_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    check(keep) {
      return controleer(dir, fixtureEnv(dir), keep && join(dir, keep));
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
