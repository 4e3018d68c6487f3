/**
 * Runs one of the build's worker modules (src/build/*-worker.ts) in a worker
 * thread and resolves with what it reports (`reportTo`): the social cards and the PDF are
 * made there while the main thread builds the search index, so a large
 * edition uses both cores. The module is bundled here with esbuild (as the
 * lazy bundles are), since Node cannot load the project's TypeScript imports
 * by itself; native and binary packages stay outside the bundle and are found
 * from the project's node_modules. A worker costs some 0.3 s to bundle and
 * start, so the steps use one only for a large edition.
 *
 * The protocol: the module posts `{ result }` or `{ error }` once.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/** A started worker: what it will report, and a way to send it a message (sent once it runs). */
export interface StartedWorker<T> {
  result: Promise<T>;
  post(message: unknown): void;
}

export function startWorker<T>(module: URL, workerData: unknown, options: { external: string[]; label: string }): StartedWorker<T> {
  const entry = fileURLToPath(module);
  const worker = build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: options.external,
    // A module that finds files next to itself (createRequire(import.meta.url)) finds them from its own place.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    write: false,
    logLevel: 'silent',
  }).then((bundled) => {
    const started = new Worker(bundled.outputFiles[0]!.text, { eval: true, workerData });
    // A build that stops for another reason does not wait for the worker.
    started.unref();
    return started;
  });
  const result = worker.then(
    (started) =>
      new Promise<T>((resolve, reject) => {
        started.once('message', (message: { result?: T; error?: string }) =>
          message.result ? resolve(message.result) : reject(new Error(`${options.label}: ${message.error}`)),
        );
        started.once('error', reject);
        started.once('exit', (code) => reject(new Error(`${options.label}: the worker stopped (${code}) before it reported`)));
      }),
  );
  // Reported through `result`; until it is awaited a failure must not end the process as unhandled.
  result.catch(() => {});
  return { result, post: (message) => void worker.then((started) => started.postMessage(message), () => {}) };
}

/** Runs a worker module with its data and resolves with what it reports. */
export const inWorker = <T>(module: URL, workerData: unknown, options: { external: string[]; label: string }): Promise<T> =>
  startWorker<T>(module, workerData, options).result;

/** The worker's side: posts what `work` gives (copied: a PDF of 9 MB in a few milliseconds) or its error. */
export function reportTo<R>(port: { postMessage(value: unknown): void }, work: Promise<R>): void {
  work.then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}
