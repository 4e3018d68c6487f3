import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/lib/limit';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapLimited', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (n, i) => {
      running++;
      most = Math.max(most, running);
      for (let t = 0; t < n; t++) await tick();
      running--;
      return `${i}:${n}`;
    });
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
    expect(most).toBe(3);
  });

  it('runs every item once, also with a limit above the number of items or none at all', async () => {
    const seen: number[] = [];
    await mapLimited([1, 2], 8, async (n) => void seen.push(n));
    expect(seen.sort()).toEqual([1, 2]);
    expect(await mapLimited([], 2, async () => 1)).toEqual([]);
  });

  it('rejects with the first error and starts nothing after it', async () => {
    const started: number[] = [];
    const run = mapLimited([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('kapot');
      return n;
    });
    await expect(run).rejects.toThrow('kapot');
    await tick();
    await tick();
    expect(started.length).toBeLessThan(6);
  });

  it('refuses a limit below one', async () => {
    await expect(mapLimited([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});
