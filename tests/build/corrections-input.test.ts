/** Mistakes in content/verbeteringen.yaml stop the build with a Dutch message naming the file, the entry and the field. */
import { expect, it } from 'vitest';
import { makeFixture } from '../support/fixture';

function buildWith(change: (text: string) => string) {
  const fixture = makeFixture();
  try {
    fixture.edit('content/verbeteringen.yaml', (text) => {
      const out = change(text);
      expect(out, 'the planted mistake must change the file').not.toBe(text);
      return out;
    });
    return fixture.build();
  } finally {
    fixture.dispose();
  }
}

it('refuses an unknown kind', () => {
  const { status, output } = buildWith((text) => text.replace('kind: hoofdletters', 'kind: hoofdletter'));
  expect(status).not.toBe(0);
  expect(output).toContain('content/verbeteringen.yaml');
  expect(output).toContain('corrections → jongeren-maken-de-stad');
  expect(output).toContain('kind: verwacht een van de soorten spelling, woordkeuze, hoofdletters, interpunctie, keuze, maar er staat "hoofdletter"');
});

it('refuses a choice without a reason', () => {
  const { status, output } = buildWith((text) => text.replace(/\n {2}reason: "De gedrukte uitgave drukt[^\n]*/, ''));
  expect(status).not.toBe(0);
  expect(output).toContain('corrections → een-citaat-per-fragment');
  expect(output).toContain('reason: een keuze (kind: keuze) heeft een title en een reason');
});
