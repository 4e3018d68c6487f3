/**
 * A mistake in content/rolwijzer.yaml fails the build with one message that
 * names the file, the field and the bad value. Each case builds a copy of the
 * project with one mistake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from '../support/fixture';

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
  return result.output;
}

describe('a broken role guide fails the build', () => {
  it('a role that is not in figure 1', () => {
    const output = buildWith((t) => t.replace('role: versterken', 'role: versterk'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.situations[2].role”`);
    expect(output).toContain('“versterk” is geen rol uit figuur 1');
  });

  it('a situation without the role text that goes with it', () => {
    const output = buildWith((t) => t.replace(/( {6}role: stimuleren\n) {6}text: \|\n {8}.*\n/, '$1'));
    expect(output).toContain('roleGuide');
    expect(output).toContain(FILE);
    expect(output).toMatch(/situations\.1\.text/);
    expect(output).toContain('dit veld ontbreekt');
  });

  it('a word in the role text that is not the publication’s', () => {
    const output = buildWith((t) => t.replace('Eigenaarschap van de inwoners staat voorop.', 'Jouw rol: versterken.'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.situations[2].text”`);
    expect(output).toContain('“Jouw rol: versterken.”');
    expect(output).toContain('Weten welke rol jouw wijkteam heeft');
  });

  it('a link to a page that does not exist', () => {
    const output = buildWith((t) => t.replace('href: "/handreiking/stimuleren-van-initiatieven/"', 'href: "/handreiking/stimuleren/"'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.situations[1].links[0].href”`);
    expect(output).toContain('/handreiking/stimuleren/');
    expect(output).toContain('/handreiking/stimuleren-van-initiatieven/');
  });

  it('a link to a heading that does not exist', () => {
    const output = buildWith((t) => t.replace('href: "/bronnen/#impact-in-de-wijk"', 'href: "/bronnen/#impact"'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.situations[0].links[0].href”`);
    expect(output).toContain('#impact');
  });

  it('a source that is no heading on the site', () => {
    const output = buildWith((t) => t.replace('source: "Initiëren van initiatieven"', 'source: "Initiëren"'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.situations[0].quotes[0].source”`);
    expect(output).toContain('“Initiëren” is geen kop');
  });
});
