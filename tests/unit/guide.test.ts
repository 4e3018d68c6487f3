/**
 * The editors' guide (docs/redactie.md) tells editors what to run and what to
 * record: every `npm run …` it names exists, and the record-keeping rules
 * stand in one table that the tasks point to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { mdxSyntaxProblem } from '../../src/lib/mdx-syntax';
import { RESOURCE_GROUPS } from '../../src/lib/resource-groups';

const guide = readFileSync(join(ROOT, 'docs/redactie.md'), 'utf8');

it('names only npm scripts that exist', () => {
  const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  const named = [...new Set([...guide.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!))];
  expect(named).toContain('overzicht');
  expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
});

it('has one table of record-keeping rules, with typos, transcripts and new resources', () => {
  const tables = guide.split('\n').filter((line) => line.startsWith('| wat je doet | `updated`'));
  expect(tables).toHaveLength(1);
  const table = guide.slice(guide.indexOf(tables[0]!)).split('\n\n')[0]!;
  expect(table).toMatch(/tikfout.*audio\/\*\.vtt.*\| nee \| nee \|/);
  expect(table).toMatch(/nieuwe pagina of bron.*\| nee .*\| ja \|/);
});

it('section 6 says to restart npm run dev when a change does not show, and that a recording put in audio/ needs only a reload', () => {
  const section = guide.slice(guide.indexOf('## 6. Bekijken'), guide.indexOf('## 7. Publiceren')).replace(/\s+/g, ' ');
  expect(section).toMatch(/Zie je niets veranderen en geen fout\? Stop `npm run dev` met Ctrl\+C en start het opnieuw\./);
  // The audio integration watches audio/ (src/integrations/audio.ts): no restart after a new, replaced or removed recording.
  expect(section).toMatch(/leest de voorvertoning de map `audio\/` vanzelf opnieuw: laad de pagina opnieuw\. Herstarten hoeft niet\./);
  expect(section).not.toMatch(/start `npm run dev` dan altijd opnieuw/);
});

it('lists the resource groups of src/lib/resource-groups.ts, in their order, and no count of them', () => {
  const list = guide.slice(guide.indexOf('De groepen, in deze volgorde op de pagina:'));
  const named = [...list.slice(0, list.indexOf('\n\n')).matchAll(/`"([^"]+)"`/g)].map((m) => m[1]);
  expect(named).toEqual([...RESOURCE_GROUPS]);
  expect(guide).not.toMatch(/\b(vier|vijf|zes|zeven) groepen\b|een van de (vier|vijf|zes|zeven)\b/);
});

/** GitHub's anchor for a heading: lower case, marks other than - and _ left out, spaces as -. */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
const headings = [...guide.matchAll(/^#{1,4} (.+)$/gm)].map((m) => m[1]!);

it('every link within the guide leads to a heading', () => {
  const anchors = new Set(headings.map(anchor));
  const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((l) => !anchors.has(l))).toEqual([]);
});

it('opens with the five weekly tasks, each a short checklist, before the browser route', () => {
  const top = guide.slice(guide.indexOf('## De vijf vaste taken op één pagina'), guide.indexOf('## Vanuit de browser'));
  for (const task of ['Een tikfout verbeteren', 'Een bron toevoegen', 'Een wijziging melden', 'Een opname vervangen', 'Een fragment toevoegen']) {
    expect(top).toContain(`**${task}**`);
  }
  expect(top.split('\n').length).toBeLessThan(60);
});

it('numbers the tasks in order (5.9 before 5.10)', () => {
  const numbers = headings.flatMap((h) => /^5\.(\d+) /.exec(h)?.[1] ?? []).map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(numbers).toContain(10);
});

it('the browser route says how to make a new file, what to do without a preview, and with an unprotected main', () => {
  expect(guide).toContain('**Add file** → **Create new file**');
  expect(guide).toContain('### Zonder voorbeeldadres (GitHub Pages)');
  expect(guide).toContain('### Als `main` niet beschermd is');
  expect(guide).toContain('nooit **Commit directly to the `main` branch**');
});

it('section 6 quotes what the tools print today', () => {
  const section = guide.slice(guide.indexOf('## 6. Bekijken'), guide.indexOf('## 7. Publiceren')).replace(/\s+/g, ' ');
  const sources = ['tools/controleer.ts', 'src/lib/content-error-page.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const quoted = [
    'De controle vond een fout in de inhoud:',
    'Pas het bestand aan en draai npm run controleer opnieuw.',
    'De inhoud is in orde, maar de vergelijking met de gedrukte uitgave klopt niet (redactiehandleiding, 5.9):',
    'De controle is niet gelukt, maar niet door een fout in de inhoud.',
    'De site kan deze pagina niet maken: er staat een fout in de inhoud',
    'in je editor',
  ];
  for (const text of quoted) {
    expect(section).toContain(text);
    expect(sources).toContain(text);
  }
  expect(sources).toMatch(/Alles in orde.*de inhoud van content\/ en audio\/ is gecontroleerd in/);
  // No longer printed: a front-matter line of the terminal the guide once quoted as the way to see the error.
  expect(section).not.toContain('(`[ERROR] [glob-loader] Failed to reload valkuilen.mdx: …`)');
});

it('section 8 gives the MDX syntax messages as the build prints them: every kind lib/mdx-syntax makes', () => {
  const section = guide.slice(guide.indexOf('## 8. Foutmeldingen'), guide.indexOf('## 9. Waarschuwingen'));
  // One compiler message per kind of Dutch message (the MDX compiler's wording, as in tests/unit/mdx-syntax.test.ts).
  const compiler = [
    '14:1: Expected a closing tag for `<StoryBox>` (14:1) (mdx-jsx:unexpected-character)',
    '20:1: Expected a closing tag for `<img>` (20:1) (mdx-jsx:unexpected-character)',
    '22:1: Unexpected closing tag `</Storybox>`, expected corresponding closing tag for `<StoryBox>` (14:1) (mdx-jsx:end-tag-mismatch)',
    '22:1: Unexpected closing tag `</Aside>`, expected an open tag first (mdx-jsx:end-tag-mismatch)',
    '20:1: Unexpected end of file in expression, expected a corresponding closing brace for `{` (micromark-extension-mdx-expression:unexpected-eof)',
    '20:2: Unexpected character `5` (U+0035) before name, expected a character that can start a name (mdx-jsx:unexpected-character)',
  ];
  for (const text of compiler) {
    const problem = mdxSyntaxProblem(text)!;
    // The guide may shorten a message after its first sentence ("…"), never change it.
    const first = problem.message.slice(0, problem.message.indexOf('. ') + 1) || problem.message;
    expect(section, text).toContain(`content/chapters/valkuilen.mdx:${problem.line} → veld “tekst”: ${first}`);
  }
  expect(section).not.toMatch(/Expected a closing tag|fragments\.“begin-klein”\.start/);
});

it('docs/hosting.md gives the parts for whoever sets up publishing for NJi in Dutch', () => {
  const hosting = readFileSync(join(ROOT, 'docs/hosting.md'), 'utf8');
  for (const heading of ['## Controle en publicatie vanuit de repository', '### Netlify, stap voor stap', '### GitHub Pages, stap voor stap', '### `main` beschermen', '### Als de controle rood is']) {
    expect(hosting).toContain(heading);
  }
  expect(hosting).not.toMatch(/^### (Netlify, step by step|When the check is red)/m);
});

it('section 6: npm run dev reads audio/ again by itself, and the terminal gives a content error once, in the one wording', () => {
  const section = guide.slice(guide.indexOf('## 6. Bekijken'), guide.indexOf('## 7. Publiceren'));
  expect(section).toContain('dan leest de voorvertoning de map `audio/` vanzelf opnieuw');
  expect(section).not.toMatch(/alleen bij het starten|glob-loader/);
  expect(section).toContain('In de terminal staat dezelfde melding één keer');
});
