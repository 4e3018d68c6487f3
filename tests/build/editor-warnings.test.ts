/**
 * What an editor may want to fix but that does not break the site is printed
 * as a warning, naming the file and the field, and the build still succeeds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { makeFixture } from '../support/fixture';
import { ROOT } from '../support/paths';

const fixture = makeFixture();
afterAll(() => fixture.dispose());

it('a very long title, an empty section and a variable-bitrate recording are printed, not fatal', () => {
  fixture.edit('content/chapters/valkuilen.mdx', (t) =>
    t.replace(/^title: .*$/m, 'title: "Valkuilen bij het ondersteunen van burgerinitiatieven en hoe je die als wijkteam kunt vermijden"'),
  );
  fixture.edit('content/chapters/versterken-van-initiatieven.mdx', (t) => `${t}\n## Nog te schrijven\n`);
  fixture.write('audio/gesprek.mp3', readFileSync(join(ROOT, 'tests/fixtures/vbr.mp3')));
  const result = fixture.build();
  expect(result.status, result.output).toBe(0);
  expect(existsSync(join(fixture.dir, 'dist/handreiking/valkuilen/index.html'))).toBe(true);
  expect(result.output).toContain('Let op: content/chapters/valkuilen.mdx → veld “title”: de titel is 95 tekens lang.');
  expect(result.output).toMatch(
    /Let op: content\/chapters\/versterken-van-initiatieven\.mdx:\d+ → veld “tekst”: onder de kop “Nog te schrijven” staat geen tekst\./,
  );
  expect(result.output).toMatch(
    /Let op: audio\/gesprek\.mp3 → veld “bestand”: deze opname heeft een wisselende bitrate \(VBR, V\d\)\./,
  );
  // Each warning once, although many pages load the publication.
  expect(result.output.match(/veld “title”: de titel is/g)).toHaveLength(1);
  expect(result.output.match(/wisselende bitrate/g)).toHaveLength(1);
});
