/**
 * Runs one of the build's worker modules (src/build/*-worker.ts) beside the
 * main thread. `inWorker`: in a worker thread, resolving with what the module
 * reports (build/worker-report.ts); the social cards and the PDF are made so
 * while the main thread builds the search index, and a large edition uses
 * both cores. `inBackground`: in a process of its own at the lowest
 * priority, for work that may use only the time the build leaves (a large
 * edition's foreseen cards while Astro builds the pages). The module is
 * bundled here with esbuild (as the lazy bundles are), since Node cannot load
 * the project's TypeScript imports by itself; native and binary packages stay
 * outside the bundle and are found from the project's node_modules. A worker
 * costs some 0.3 s to bundle and start, so the steps use one only for a large
 * edition.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, buildSync, type BuildOptions } from 'esbuild';

interface WorkerOptions {
  /** Packages found from node_modules at run time: native ones (sharp, Typst). */
  external: string[];
  /** Names the step in an error. */
  label: string;
}

const bundleOptions = (module: URL, external: string[]): BuildOptions & { write: false } => {
  const entry = fileURLToPath(module);
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external,
    // A module that finds files next to itself (createRequire(import.meta.url)) finds them from its own place.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    write: false,
    logLevel: 'silent',
  };
};

/** Runs a worker module with its data in a worker thread and resolves with what it reports. */
export async function inWorker<T>(module: URL, workerData: unknown, options: WorkerOptions): Promise<T> {
  const bundled = await build(bundleOptions(module, options.external));
  const worker = new Worker(bundled.outputFiles[0]!.text, { eval: true, workerData });
  // A build that stops for another reason does not wait for the worker.
  worker.unref();
  return new Promise((resolve, reject) => {
    worker.once('message', (message: { result?: T; error?: string }) =>
      message.result ? resolve(message.result) : reject(new Error(`${options.label}: ${message.error}`)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${options.label}: the worker stopped (${code}) before it reported`)));
  });
}

/** The lowest priority (a nice value of 19 on Linux and macOS, IDLE on Windows). */
const LOWEST = 19;

/**
 * Runs a worker module as a process of its own at the lowest priority, with
 * `args` after its path and a file with `data` (JSON) last; `stop` ends it
 * (also when this process ends). `done` resolves when it ends by itself or is
 * stopped; its temporary `folder` (the bundle and the data) is gone by then.
 */
export function inBackground(module: URL, args: string[], data: unknown, options: Pick<WorkerOptions, 'external'>): { done: Promise<void>; stop(): void; folder: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nji-background-'));
  const code = join(dir, 'module.cjs');
  const input = join(dir, 'data.json');
  writeFileSync(code, buildSync(bundleOptions(module, options.external)).outputFiles[0]!.text);
  writeFileSync(input, JSON.stringify(data));
  // The bundle lies in a temporary folder: its outside packages are found from the project's node_modules.
  const nodeModules = fileURLToPath(new URL('../../node_modules', module));
  const child = spawn(process.execPath, [code, ...args, input], { stdio: 'ignore', env: { ...process.env, NODE_PATH: nodeModules } });
  try {
    if (child.pid) setPriority(child.pid, LOWEST);
  } catch {
    // Not allowed here: it runs at the build's own priority.
  }
  child.unref();
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  // A process that could not start (its 'error') ends the same way: the work is done later, at the build's priority.
  const done = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  void done.then(() => {
    process.off('exit', stop);
    rmSync(dir, { recursive: true, force: true });
  });
  return { done, stop, folder: dir };
}
