/**
 * Runs `work` on every item with at most `limit` running at once, and
 * resolves with the results in the items' order. For build steps over
 * thousands of pages: all at once would hold every page's input in memory
 * and queue thousands of jobs; one at a time leaves the other cores idle.
 * The first error rejects (items not started yet are not started).
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
