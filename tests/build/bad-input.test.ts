/**
 * An editor's mistake fails the build with one message that names the file
 * and the field, and leaves no pages behind to publish by accident. Three
 * failing builds prove that, end to end: one mistake in the front matter (the
 * schema), one reference between entries (an MDX text placing a story that
 * does not exist), and an MDX syntax error (an unclosed <Aside>), which is
 * a content error like the others. Every other rule is a unit test on the step that checks it,
 * with the same Dutch message. Each starts from the site of an earlier build
 * in dist/, which the failed build must remove (src/integrations/fresh-build.ts).
 * The same two mistakes in `npm run dev`, over HTTP: tests/build/dev-errors.test.ts.
 * The rules, each with its unit test:
 * - front matter, role guide schema, verbeteringen.yaml: tests/unit/content-schema.test.ts
 * - duplicate addresses: tests/unit/entry-id.test.ts
 * - links, images, braces, content/updates, references: tests/unit/content-checks.test.ts
 * - recordings and fragments: tests/unit/publication/stretches.test.ts, placements.test.ts
 * - transcripts: tests/unit/audio-manifest.test.ts; order numbers: tests/unit/publication/order.test.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { makeFixture, type Fixture } from '../support/fixture';
import { contentErrors } from '../../tools/ci-summary';
import { verdict } from '../../tools/controleer';

let fixture: Fixture | undefined;
afterEach(() => fixture?.dispose());

/**
 * Builds the fixture after a change and checks that the build fails without
 * leaving a site. What the editors' quick check says is held to the same
 * messages: from the build's own output (controleer's verdict, a pure function),
 * or, with `controleer: true`, by running npm run controleer itself (a build in
 * CONTROLEER mode): once here, for the MDX case, which the check once sent to a
 * developer; each run costs a build.
 */
function buildWith(change: (f: Fixture) => void, { controleer = false } = {}) {
  fixture = makeFixture();
  // The site of an earlier, good build: a failed build must not leave it there to be published.
  fixture.write('dist/index.html', '<!doctype html><title>Vorige build</title>');
  fixture.write('dist/handreiking/valkuilen/index.html', '<!doctype html><title>Vorige build</title>');
  change(fixture);
  const result = fixture.build();
  expect(result.status, result.output).not.toBe(0);
  expect(existsSync(join(fixture.dir, 'dist', 'index.html')), 'a failed build left a site in dist/').toBe(false);
  expect(existsSync(join(fixture.dir, 'dist', 'handreiking')), 'a failed build left pages of the previous build in dist/').toBe(false);
  const messages = contentErrors(result.output);
  expect(messages.length).toBeGreaterThan(0);
  // The editors' quick check (npm run controleer) gives the same verdict and the same Dutch messages.
  const real = controleer ? fixture.check() : undefined;
  const check = real ?? verdict(result.output, false, [], 1);
  expect(check.ok, check.report).toBe(false);
  expect(check.report.split('\n')[0]).toBe('De controle vond een fout in de inhoud:');
  if (real) expect(contentErrors(real.output)).toEqual(messages);
  for (const m of messages) expect(check.report).toContain(m.message);
  return { output: result.output, report: check.report };
}

it('bad front matter: a number written as a word (wrong type)', () => {
  const { output } = buildWith((f) =>
    f.edit('content/chapters/valkuilen.mdx', (t) => t.replace(/^order: .*$/m, 'order: "acht"')),
  );
  expect(output).toContain('content/chapters/valkuilen.mdx');
  expect(output).toMatch(/^\s+Location:\n.*content\/chapters\/valkuilen\.mdx/m);
  // Astro's English hint, its docs link and its stack trace through node_modules are left out.
  expect(output).toContain('Wat je doet:');
  expect(output).not.toMatch(/node_modules|Stack trace|docs\.astro\.build/);
  expect(output).toContain('veld “order”: verwacht een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3, maar er staat "acht"');
  // In Dutch from the first line, and the file as it stands in the project (not Astro's English line or ":0:0").
  expect(output).toContain('Fout in de gegevens bovenaan een bestand (chapters → valkuilen):');
  expect(output).not.toMatch(/does not match collection schema|:0:0/);
  expect(output).toMatch(/Location:\n\s+content\/chapters\/valkuilen\.mdx\n/);
});

it('a bad reference between entries: a story box for a story that does not exist', () => {
  const { output } = buildWith((f) =>
    // Added, not changed in place: the test must not depend on the boxes the chapter has today.
    f.edit('content/chapters/valkuilen.mdx', (t) => `${t}\n<StoryBox story="jongeren-maken-stad">\n\nEen kader.\n\n</StoryBox>\n`),
  );
  expect(output).toMatch(/content\/chapters\/valkuilen\.mdx:\d+ → veld “story”/);
  expect(output).toContain('jongeren-maken-stad');
  // Astro's Location: is the content file, and no stack trace of our code or of node_modules follows.
  const error = output.slice(output.indexOf('veld “story”'));
  expect(error).toMatch(/^\s+Location:\n\s+content\/chapters\/valkuilen\.mdx:\d+:1$/m);
  expect(error).not.toMatch(/node_modules|\bsrc\/|Stack trace/);
});

it('an MDX syntax error: a block without its closing tag, in Dutch with the file, the line and the tag', () => {
  let line = 0;
  const { output, report } = buildWith(
    (f) => {
      f.edit('content/chapters/valkuilen.mdx', (t) => `${t}\n<Aside>\n\nEen kader zonder eindregel.\n`);
      line = f.read('content/chapters/valkuilen.mdx').split('\n').indexOf('<Aside>') + 1;
    },
    { controleer: true },
  );
  expect(output).toContain(
    `content/chapters/valkuilen.mdx:${line} → veld “tekst”: het blok <Aside> op regel ${line} heeft geen eindregel. Zet </Aside> op een eigen regel waar het blok ophoudt, met een lege regel erboven en eronder.`,
  );
  expect(output).toMatch(new RegExp(`Location:\\n\\s+content/chapters/valkuilen\\.mdx:${line}:1`));
  expect(output).not.toMatch(/Expected a closing tag|node_modules|Stack trace/);
  // npm run controleer (run for real here): the same message as a content error, not "ask a developer".
  expect(report).toContain(`content/chapters/valkuilen.mdx:${line} → veld “tekst”: het blok <Aside> op regel ${line} heeft geen eindregel.`);
  expect(report).not.toContain('Vraag een ontwikkelaar');
});
