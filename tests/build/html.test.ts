/**
 * Every built page is valid HTML: html-validate with its recommended rules
 * (standards conformance and accessibility) reports no errors.
 */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages, pageHtml } from '../support/site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting preferences, not correctness: Astro writes its own markup style.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-inline-style': 'off',
    // Ids such as "1-breng-in-kaart" come from numbered headings; valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('valid HTML', () => {
  it.each(builtPages())('%s', async (path) => {
    const report = await validator.validateString(pageHtml(path), path);
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
