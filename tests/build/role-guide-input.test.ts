/**
 * A mistake in content/rolwijzer.yaml fails the build with one message that
 * names the file, the field and the bad value. One full build proves it for
 * the rule that needs the whole site (the role text must stand word for word
 * under a heading the site renders); every other rule is a unit test with the
 * same message: tests/unit/role-guide.test.ts (roles, links, sources) and
 * tests/unit/content-schema.test.ts (a missing field).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { makeFixture, type Fixture } from '../support/fixture';
import { ROOT } from '../support/paths';

const FILE = 'content/rolwijzer.yaml';
let fixture: Fixture | undefined;
afterEach(() => fixture?.dispose());

function buildWith(change: (text: string) => string) {
  fixture = makeFixture();
  fixture.edit(FILE, (text) => {
    const changed = change(text);
    expect(changed, 'the test’s edit changed nothing').not.toBe(text);
    return changed;
  });
  const result = fixture.build();
  expect(result.status, result.output).not.toBe(0);
  expect(existsSync(join(fixture.dir, 'dist', 'index.html')), 'a failed build left a site in dist/').toBe(false);
  return result.output;
}

it('a broken role guide fails the build: a word in the role text that is not the publication’s', () => {
  // The last situation's role text, whatever it says today: its last sentence becomes the edition's own words.
  const { rolwijzer } = parse(readFileSync(join(ROOT, FILE), 'utf8')) as { rolwijzer: { source: string; situations: { id: string; text: string }[] } };
  const situation = rolwijzer.situations.at(-1)!;
  const last = situation.text.trim().split(/(?<=[.!?])\s+/).at(-1)!;
  const output = buildWith((t) => t.replace(last, 'Jouw rol: versterken.'));
  expect(output).toContain(`${FILE} → rolwijzer → situatie “${situation.id}” → veld “text”`);
  expect(output).toContain('“Jouw rol: versterken.”');
  expect(output).toContain(rolwijzer.source);
});
