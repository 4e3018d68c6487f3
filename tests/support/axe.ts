/** Runs axe-core on a page with the WCAG 2.2 AA and best-practice rules; returns readable violations. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per failing node: "rule (impact): selector — what is wrong". Empty when axe finds nothing. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode opens a second,
  // blank page per run to combine results across cross-origin frames, which
  // our pages do not have: same results (passes, violations and incomplete
  // counted on six page types), half the time.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  );
}
