/** Zero axe violations on every page without JavaScript, light and dark, at 1280 and 390 px (the sweep: ../support/sweep). */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e';
import { sweep } from '../support/sweep';

const site = useSite();

describe('axe: zero violations on every page without JavaScript', () => {
  it('light and dark, at 1280 and 390 px', async () => {
    expect(await sweep(site, false)).toEqual([]);
  });
});
