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
  it('an answer that leads to an id that does not exist', () => {
    const output = buildWith((t) => t.replace('next: versterken', 'next: versterk'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.questions[3].answers[0].next”`);
    expect(output).toContain('“versterk”');
  });

  it('an answer that loops back to an earlier question', () => {
    const output = buildWith((t) => t.replace('next: weten-wat-er-speelt', 'next: collectief-vraagstuk'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.questions[3].answers[1].next”`);
    expect(output).toContain('collectief-vraagstuk → behoefte → bestaand-initiatief → collectief-vraagstuk');
  });

  it('an outcome link to a page that does not exist', () => {
    const output = buildWith((t) => t.replace('href: "/handreiking/stimuleren-van-initiatieven/"', 'href: "/handreiking/stimuleren/"'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.outcomes[1].links[0].href”`);
    expect(output).toContain('/handreiking/stimuleren/');
    expect(output).toContain('/handreiking/stimuleren-van-initiatieven/');
  });

  it('an outcome link to a heading that does not exist', () => {
    const output = buildWith((t) => t.replace('#begin-klein-en-doe-waar-je-zin-in-hebt', '#begin-groot'));
    expect(output).toContain(`${FILE} → veld “rolwijzer.outcomes[1].links[1].href”`);
    expect(output).toContain('#begin-groot');
  });

  it('an answer without a label', () => {
    const output = buildWith((t) => t.replace('- label: "Ja, dat is een taak van ons wijkteam"\n          value: ja', '- value: ja'));
    expect(output).toContain('roleGuide');
    expect(output).toContain(FILE);
    expect(output).toMatch(/questions\.0\.answers\.0\.label/);
  });
});
