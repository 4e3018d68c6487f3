/**
 * Search as readers use it (issue 15): every query of tests/support/search-queries
 * runs through the real /zoeken/ page on the built site, in one browser page.
 * Counted: the right result first (top-1), among the first three (top-3), and
 * results shown for topics the publication does not cover (confident junk).
 * The figures are printed and written to tests/artifacts/search-readers.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useSite } from '../support/e2e';
import { ARTIFACTS } from '../support/paths';
import { READER_QUERIES } from '../support/search-queries';

const site = useSite();

/** Goals of issue 15. */
const TOP1_GOAL = 0.9;
const TOP3_GOAL = 1;

interface Outcome {
  q: string;
  kind: string;
  accept: readonly string[];
  shown: string[];
  status: string;
}

it(`answers ${READER_QUERIES.length} reader queries: right first, right in the top 3, nothing for what is not covered`, async () => {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url('/zoeken/'));
  const input = page.locator('search-page .search-input');
  const status = page.locator('search-page .search-status');
  const outcomes: Outcome[] = [];
  for (const { q, kind, accept } of READER_QUERIES) {
    await input.fill(q);
    // Every answer names the query as typed, between ‘ ’.
    await expect.poll(() => status.textContent()).toContain(`‘${q}’`);
    const shown = await page
      .locator('search-page .search-results > li > a.result-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    outcomes.push({ q, kind, accept, shown, status: (await status.textContent()) ?? '' });
  }
  await page.close();

  const covered = outcomes.filter((o) => o.accept.length);
  const uncovered = outcomes.filter((o) => !o.accept.length);
  const top1 = covered.filter((o) => o.accept.includes(o.shown[0] ?? ''));
  const top3 = covered.filter((o) => o.shown.slice(0, 3).some((h) => o.accept.includes(h)));
  const junk = uncovered.filter((o) => o.shown.length);
  const figures = {
    queries: outcomes.length,
    covered: covered.length,
    uncovered: uncovered.length,
    'top-1': `${top1.length}/${covered.length} (${Math.round((100 * top1.length) / covered.length)} %)`,
    'top-3': `${top3.length}/${covered.length} (${Math.round((100 * top3.length) / covered.length)} %)`,
    'uncovered topics with results': `${junk.length}/${uncovered.length}`,
    'results shown for uncovered topics': junk.reduce((n, o) => n + o.shown.length, 0),
  };
  const misses = outcomes
    .filter((o) => (o.accept.length ? !o.accept.includes(o.shown[0] ?? '') : o.shown.length))
    .map((o) => `${o.kind.padEnd(9)} ${o.q} → ${o.shown.slice(0, 3).join(' | ') || '(niets)'} [${o.status}]`);
  console.log(`Search for readers: ${JSON.stringify(figures, null, 2)}\nNot first:\n${misses.join('\n')}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'search-readers.json'), JSON.stringify({ figures, outcomes }, null, 2));

  expect(errors).toEqual([]);
  expect(junk.map((o) => `${o.q}: ${o.shown.join(', ')}`)).toEqual([]);
  expect(covered.filter((o) => !top3.includes(o)).map((o) => `${o.q}: ${o.shown.slice(0, 3).join(', ')}`)).toEqual([]);
  expect(top3.length / covered.length).toBeGreaterThanOrEqual(TOP3_GOAL);
  expect(top1.length / covered.length).toBeGreaterThanOrEqual(TOP1_GOAL);
});
