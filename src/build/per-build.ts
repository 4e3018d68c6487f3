/**
 * Loads something once per build and hands every page the same promise; in
 * dev (`npm run dev`) afresh on every request, so an editor's change shows.
 * A content error gets the line of its field in the content file, so that
 * Astro's `Location:` (and the dev overlay) point at what the editor wrote.
 */
import { readFileSync } from 'node:fs';
import { ContentError } from '../lib/content-error';
import type { ShownError } from '../lib/content-error-page';

/**
 * Where `npm run dev` leaves the last content error for its error page
 * (src/integrations/dev-errors.ts), which runs outside Astro's module graph.
 */
export const LAST_CONTENT_ERROR = Symbol.for('nji.last-content-error');

/** Adds the line of the field to a ContentError (when the file can be read); other errors pass unchanged. */
export function locate(error: unknown): never {
  if (error instanceof ContentError) {
    try {
      error.locate(readFileSync(error.loc.file, 'utf8'));
    } catch {
      // The file is missing (that may be the mistake): the message names it all the same.
    }
    if (import.meta.env?.DEV) {
      const shown: ShownError = { message: error.message, file: error.loc.file, line: error.loc.line };
      (globalThis as Record<symbol, unknown>)[LAST_CONTENT_ERROR] = shown;
    }
  }
  throw error;
}

export function perBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  const located = () => load().catch(locate);
  return () => {
    if (import.meta.env.DEV) return located();
    cached ??= located();
    return cached;
  };
}
