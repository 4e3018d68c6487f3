/**
 * A build stopped by a content mistake prints the message and the content
 * file, not Astro's English hint or a stack trace through node_modules
 * (src/integrations/editor-log.ts). The whole build: tests/build/bad-input.test.ts.
 */
import { expect, it } from 'vitest';
import { forEditors } from '../../src/integrations/editor-log';
import { asLine, contentErrors } from '../../tools/ci-summary';

/** What astro build printed for `order: "acht"` before this change. */
const SCHEMA_ERROR = `[InvalidContentEntryDataError] chapters → valkuilen data does not match collection schema.

  order: verwacht een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3, maar er staat "acht"

  Hint:
    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.
  Error reference:
    https://docs.astro.build/en/reference/errors/invalid-content-entry-data-error/
  Location:
    /work/project/content/chapters/valkuilen.mdx:0:0
  Stack trace:
    at getEntryData (/work/project/node_modules/astro/dist/content/utils.js:126:9)
    at async eval (/work/project/node_modules/astro/dist/content/loaders/glob.js:224:13)`;

it('keeps the message and the content file, in Dutch, says where to read what to do, drops hint, docs link and stack', () => {
  expect(forEditors(SCHEMA_ERROR)).toBe(`Fout in de gegevens bovenaan een bestand (chapters → valkuilen):

  veld “order”: verwacht een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3, maar er staat "acht"

  Wat je doet:
    verbeter het veld in het bestand hieronder; wat elke melding betekent staat in docs/redactie.md, hoofdstuk 8.
  Location:
    content/chapters/valkuilen.mdx`);
});

it('also with colours, and for a transcript in audio/', () => {
  const coloured = SCHEMA_ERROR.replace('Stack trace:', '\u001b[1mStack trace:\u001b[22m').replace('content/chapters', 'audio');
  expect(forEditors(coloured)).not.toMatch(/node_modules|Stack trace/);
});

it('prints a bug of ours whole', () => {
  const bug = SCHEMA_ERROR.replace('/work/project/content/chapters/valkuilen.mdx:0:0', '/work/project/src/build/content.ts:12:3');
  expect(forEditors(bug)).toBe(bug);
});

it('names a field of a list item as every other message does: fragment “begin-klein” → veld “start”', () => {
  const error = SCHEMA_ERROR.replace('chapters → valkuilen', 'stories → buurt-in-bloei')
    .replace(/^ {2}order: .*$/m, '  fragments.“begin-klein”.start: "7.27" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"\n  people.0.name: dit veld ontbreekt; het is verplicht')
    .replace('chapters/valkuilen', 'stories/buurt-in-bloei');
  const printed = forEditors(error);
  expect(printed).toContain('\n  fragment “begin-klein” → veld “start”: "7.27" is geen tijd; schrijf m:ss of h:mm:ss');
  expect(printed).toContain('\n  persoon 1 → veld “name”: dit veld ontbreekt');
  expect(printed).not.toContain('fragments.“begin-klein”');
  // The quick check and the online check's summary read it so, and print it in the same words.
  const [first] = contentErrors(printed);
  expect(first).toMatchObject({ file: 'content/stories/buurt-in-bloei.mdx', field: 'fragment “begin-klein” → start' });
  expect(asLine(first!)).toMatch(/^content\/stories\/buurt-in-bloei\.mdx → fragment “begin-klein” → veld “start”: "7\.27" is geen tijd/);
});
