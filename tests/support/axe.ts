/** Runs axe-core on a page with the WCAG 2.2 AA and best-practice rules; returns readable violations. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules of AXE_TAGS whose outcome depends on the layout, so on the viewport
 * width, and not only on the document: what lies behind a text and in which
 * colour (color-contrast, link-in-text-block), sizes and spacing
 * (target-size), what overflows (scrollable-region-focusable), and the heading
 * order once a narrow layout hides a heading (heading-order). Only rules that
 * AXE_TAGS runs: the experimental p-as-heading, which also looks at sizes, is
 * not one of them.
 * Every other rule reads the DOM and ARIA of the rendered elements, which are
 * the same at every width unless the layout shows other elements: the sweep
 * checks that, and runs every rule on elements only a narrow layout shows.
 */
export const WIDTH_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'heading-order'];

/**
 * The rules of AXE_TAGS whose outcome depends on colours. The dark scheme
 * changes colours only (theme.css sets colour tokens in its one
 * prefers-color-scheme block; tests/unit/colours.test.ts keeps it so), so in
 * the second scheme only these rules can find something the first did not.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The rules to run in a colour scheme: all of them in light, the colour rules in dark. */
export const rulesFor = (colorScheme: 'light' | 'dark', rules?: string[]) =>
  colorScheme === 'light' ? rules : (rules ?? COLOUR_RULES).filter((r) => COLOUR_RULES.includes(r));

export interface AxeScope {
  /** Only these rules (default: every rule of AXE_TAGS). */
  rules?: string[] | undefined;
  /** Only these elements and what they contain (default: the whole page). */
  include?: string[] | undefined;
}

/** One line per failing node: "rule (impact): selector — what is wrong". Empty when axe finds nothing. */
export async function axeViolations(page: Page, { rules, include }: AxeScope = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode opens a second,
  // blank page per run to combine results across cross-origin frames, which
  // our pages do not have: same results (passes, violations and incomplete
  // counted on six page types), half the time.
  // Only violations are reported in full: axe then keeps one node per rule of
  // the other result types, instead of describing every passing node and
  // handing it all to the test (most of an analysis's time on a long page).
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  builder = rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS);
  for (const selector of include ?? []) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  );
}
