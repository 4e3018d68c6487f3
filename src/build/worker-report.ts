/**
 * The worker's side of build/in-worker.ts: a worker module reports once, with
 * `{ result }` or `{ error }`. Apart from in-worker.ts so a worker's bundle
 * does not carry esbuild.
 */

/** Posts what `work` gives (copied: a PDF of 9 MB in a few milliseconds) or its error. */
export function reportTo<R>(port: { postMessage(value: unknown): void }, work: Promise<R>): void {
  work.then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}
