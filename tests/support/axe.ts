/** Runs axe-core on a page with the WCAG 2.2 AA and best-practice rules; returns readable violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
 * changes colours only (src/lib/colours.ts writes colour tokens into the
 * one prefers-color-scheme block; tests/unit/colours.test.ts keeps it so), so in
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

/** axe-core's browser build, evaluated in a page once per document (see axeViolations). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/** One line per failing node: "rule (impact): selector — what is wrong". Empty when axe finds nothing. */
export async function axeViolations(page: Page, { rules, include }: AxeScope = {}): Promise<string[]> {
  // axe-core runs in the page itself, put there once per document: @axe-core/playwright's
  // AxeBuilder evaluates the whole of axe (about 550 KB) again on every analysis and,
  // outside its legacy mode, opens a blank page per run to combine frames, which our
  // pages do not have. Its per-run cost (0.5 s on this machine) was a third of the sweeps.
  // Only violations are reported in full: axe then keeps one node per rule of the other
  // result types, instead of describing every passing node (most of an analysis's time
  // on a long page).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ({ rules, include, tags }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      return axe.run(include ? { include: include.map((s) => [s]) } : document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
    },
    { rules, include, tags: AXE_TAGS },
  ) as AxeResults;
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  );
}
