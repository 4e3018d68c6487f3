/**
 * An editor's mistake fails the build with one message that names the file
 * and the field. Each case builds a copy of the project with one mistake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from '../support/fixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.dispose());

function buildWith(change: (f: Fixture) => void) {
  fixture = makeFixture();
  change(fixture);
  const result = fixture.build();
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

describe('bad front matter fails the build', () => {
  it('a story without a title', () => {
    const output = buildWith((f) =>
      f.edit('content/stories/buurt-in-bloei.mdx', (t) => t.replace(/^title: .*\n/m, '')),
    );
    expect(output).toContain('content/stories/buurt-in-bloei.mdx');
    expect(output).toMatch(/title/);
  });

  it('a resource with an unknown group', () => {
    const output = buildWith((f) =>
      f.edit('content/resources/impact-in-de-wijk.mdx', (t) => t.replace(/^group: .*$/m, 'group: "Losse tips"')),
    );
    expect(output).toContain('content/resources/impact-in-de-wijk.mdx');
    expect(output).toMatch(/group/);
    expect(output).toContain('Werkmethodieken');
  });

  it('two chapters with the same order', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/gelijkwaardigheid.mdx', (t) => t.replace(/^order: .*$/m, 'order: 7')),
    );
    expect(output).toMatch(/content\/chapters\/(gelijkwaardigheid|valkuilen)\.mdx → veld “order”/);
    expect(output).toContain('valkuilen.mdx');
    expect(output).toContain('gelijkwaardigheid.mdx');
  });

  it('a fragment length that is not a time', () => {
    const output = buildWith((f) =>
      f.edit('content/stories/buurt-in-bloei.mdx', (t) => t.replace('length: "1:37"', 'length: "97 seconden"')),
    );
    expect(output).toContain('content/stories/buurt-in-bloei.mdx');
    expect(output).toMatch(/fragments.*length|length/);
    expect(output).toContain('m:ss');
  });
});

describe('bad references in MDX fail the build', () => {
  it('a story box for a story that does not exist', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/valkuilen.mdx', (t) => t.replace('story="jongeren-maken-de-stad"', 'story="jongeren-maken-stad"')),
    );
    expect(output).toMatch(/content\/chapters\/valkuilen\.mdx:\d+ → veld “story”/);
    expect(output).toContain('jongeren-maken-stad');
  });

  it('a placed fragment that no story defines', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/stimuleren-van-initiatieven.mdx', (t) => t.replace('id="begin-klein"', 'id="begin-groot"')),
    );
    expect(output).toMatch(/content\/chapters\/stimuleren-van-initiatieven\.mdx:\d+ → veld “id”/);
    expect(output).toContain('begin-groot');
  });
});
