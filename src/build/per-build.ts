/**
 * Loads something once per build and hands every page the same promise; in
 * dev (`npm run dev`) afresh on every request, so an editor's change shows.
 */
export function perBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    cached ??= load();
    return cached;
  };
}
