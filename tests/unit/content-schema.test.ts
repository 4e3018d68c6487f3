/**
 * The front-matter rules of src/content.config.ts, on the real content with
 * one mistake each (as the fixture builds did), in milliseconds: each schema
 * is run directly through a mocked astro:content. Astro prints an issue as
 * "field: message" under the file; that is what is asserted here. One full
 * build (tests/build/bad-input.test.ts) proves the message reaches the editor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { collections } from '../../src/content.config';
import { ROOT } from '../support/paths';

vi.mock('astro:content', async () => (await import('./test-utils')).mockedAstroContent());

type Data = Record<string, unknown>;
const schemaOf = (name: keyof typeof collections): z.ZodType => {
  const schema = (collections[name] as { schema: unknown }).schema;
  return typeof schema === 'function' ? schema({ image: () => z.string() }) : (schema as z.ZodType);
};

/** The front matter of a content file, as data. */
const frontMatter = (file: string): Data => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, file), 'utf8'))![1]!);
const yamlFile = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8'));

/** The issues as Astro prints them: "field: message". */
function problems(name: keyof typeof collections, data: unknown): string[] {
  const result = schemaOf(name).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const STORY = 'content/stories/buurt-in-bloei.mdx';
/** The next free order number in a content folder, from the files on disk. */
const next = (folder: string) =>
  Math.max(...readdirSync(join(ROOT, 'content', folder)).map((name) => Number(/^order: (\d+)$/m.exec(readFileSync(join(ROOT, 'content', folder, name), 'utf8'))?.[1] ?? 0))) + 1;

describe('the real content passes', () => {
  it('a story, a chapter, a resource', () => {
    expect(problems('stories', frontMatter(STORY))).toEqual([]);
    expect(problems('chapters', frontMatter('content/chapters/valkuilen.mdx'))).toEqual([]);
    expect(problems('resources', frontMatter('content/resources/impact-in-de-wijk.mdx'))).toEqual([]);
  });
});

describe('bad front matter stops the build', () => {
  it('a story without a title', () => {
    const { title: _, ...data } = frontMatter(STORY);
    expect(problems('stories', data)).toEqual(['title: dit veld ontbreekt; het is verplicht']);
  });

  it('a resource with an unknown group', () => {
    const data = { ...frontMatter('content/resources/impact-in-de-wijk.mdx'), group: 'Losse tips' };
    expect(problems('resources', data)).toEqual([expect.stringMatching(/^group: "Losse tips" is geen groep van de bronnenlijst\. Kies een van: .*"Werkmethodieken"/)]);
  });

  it('a misspelt group: "Bedoel je …?"', () => {
    const data = { ...frontMatter('content/resources/impact-in-de-wijk.mdx'), group: 'Werkmethodiek' };
    expect(problems('resources', data)).toEqual([expect.stringMatching(/^group: "Werkmethodiek" is geen groep van de bronnenlijst\. Bedoel je "Werkmethodieken"\? Kies een van: /)]);
  });

  it('a number written as a word (wrong type)', () => {
    const data = { ...frontMatter('content/chapters/valkuilen.mdx'), order: 'acht' };
    expect(problems('chapters', data)).toEqual([
      `order: verwacht een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3, maar er staat "acht". Het eerste vrije nummer na het hoogste in content/chapters/ is ${next('chapters')}; een overzicht van alle nummers geeft npm run overzicht.`,
    ]);
  });

  it('a missing or bad order names the next free number in its folder', () => {
    const { order: _, ...data } = frontMatter('content/chapters/valkuilen.mdx');
    expect(problems('chapters', data)).toEqual([`order: dit veld ontbreekt; het is verplicht. Het eerste vrije nummer na het hoogste in content/chapters/ is ${next('chapters')}; een overzicht van alle nummers geeft npm run overzicht.`]);
    expect(problems('resources', { ...frontMatter('content/resources/impact-in-de-wijk.mdx'), order: 'twee' })).toEqual([
      `order: verwacht een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3, maar er staat "twee". Het eerste vrije nummer na het hoogste in content/resources/ is ${next('resources')}; een overzicht van alle nummers geeft npm run overzicht.`,
    ]);
    expect(problems('stories', { ...frontMatter(STORY), order: 0 })).toEqual([expect.stringMatching(new RegExp(`^order: verwacht een getal vanaf 1, maar er staat 0\. Het eerste vrije nummer na het hoogste in content\/stories\/ is ${next('stories')};`))]);
  });

  it('a resource may leave order out (it then stands at the end of its group)', () => {
    const { order: _, ...data } = frontMatter('content/resources/impact-in-de-wijk.mdx');
    expect(problems('resources', data)).toEqual([]);
  });

  it('a resource’s publisher or year: not a field, the printed list has them in the description', () => {
    const data = { ...frontMatter('content/resources/impact-in-de-wijk.mdx'), publisher: 'Movisie', year: 2019 };
    expect(problems('resources', data)).toEqual([
      'publisher: onbekend veld. De bronnenlijst toont per bron een titel en een omschrijving, zoals de gedrukte uitgave; zet uitgever en jaar in de omschrijving onder de tweede ---, bijvoorbeeld: Een dossier van Movisie (2019) over …',
      'year: onbekend veld. De bronnenlijst toont per bron een titel en een omschrijving, zoals de gedrukte uitgave; zet uitgever en jaar in de omschrijving onder de tweede ---, bijvoorbeeld: Een dossier van Movisie (2019) over …',
    ]);
  });

  it('a misspelt or unknown field, such as slug', () => {
    const data = { ...frontMatter('content/chapters/valkuilen.mdx'), slug: 'gelijk' };
    expect(problems('chapters', data)).toEqual([
      expect.stringMatching(/^slug: onbekend veld\. Kijk de spelling na; velden die hier horen: title, order, description/),
    ]);
  });

  it('an image without its description (imageAlt)', () => {
    const data = { ...frontMatter(STORY), image: './buurt-in-bloei.png' };
    expect(problems('stories', data)).toEqual([expect.stringMatching(/^imageAlt: dit veld ontbreekt: bij een afbeelding \(image\) hoort een beschrijving/)]);
  });

  it('a description longer than search engines show (160 characters)', () => {
    const story = frontMatter(STORY);
    const lead = 'Een zin uit het verhaal die net te lang is. '.repeat(4).trim();
    expect(lead.length).toBe(175);
    expect(problems('stories', { ...story, description: lead })).toEqual([
      `description: de beschrijving is ${lead.length} tekens lang; zoekmachines en sociale media tonen er ongeveer 160 en kappen de rest af. Kies één of twee hele zinnen uit de tekst van samen hoogstens 160 tekens.`,
    ]);
  });

  it('a fragment without an id is named by its number, counted from 1', () => {
    const story = frontMatter(STORY) as { fragments: Data[] };
    delete story.fragments[1]!['id'];
    expect(problems('stories', story)).toEqual(['fragments.nr 2.id: dit veld ontbreekt; het is verplicht']);
  });

  it('a time in the wrong format', () => {
    const story = frontMatter(STORY) as { fragments: Data[] };
    story.fragments[0]!['start'] = '7.27';
    expect(problems('stories', story)).toEqual([`fragments.“${story.fragments[0]!['id']}”.start: "7.27" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"`]);
  });
});

describe('a broken role guide stops the build', () => {
  const guide = () => yamlFile('content/rolwijzer.yaml').rolwijzer as { situations: Data[] };

  it('the real guide passes', () => {
    expect(problems('roleGuide', guide())).toEqual([]);
  });

  it('a situation without the role text that goes with it', () => {
    const data = guide();
    delete data.situations[1]!['text'];
    expect(problems('roleGuide', data)).toEqual([`situations.“${data.situations[1]!['id']}”.text: dit veld ontbreekt; het is verplicht`]);
  });

  it('a situation whose text is empty', () => {
    const data = guide();
    data.situations[0]!['text'] = '  ';
    expect(problems('roleGuide', data)).toEqual([`situations.“${data.situations[0]!['id']}”.text: mag niet leeg zijn`]);
  });

  it('a situation without links', () => {
    const data = guide();
    data.situations[1]!['links'] = [];
    expect(problems('roleGuide', data)).toEqual([`situations.“${data.situations[1]!['id']}”.links: zet hier minstens één link: waar leest de lezer verder?`]);
  });

  it('no situations at all', () => {
    const data = guide();
    data.situations = [];
    expect(problems('roleGuide', data)).toEqual(['situations: zet hier de vragen uit de publicatie, elk als situatie']);
  });
});

describe('mistakes in content/verbeteringen.yaml stop the build', () => {
  const corrections = yamlFile('content/verbeteringen.yaml') as Data[];

  it('the real list passes', () => {
    expect(corrections.flatMap((c) => problems('corrections', c))).toEqual([]);
  });

  it('refuses an unknown kind', () => {
    const entry = corrections[0]!;
    expect(problems('corrections', { ...entry, kind: 'hoofdletter' })).toEqual([
      'kind: verwacht een van de soorten spelling, woordkeuze, hoofdletters, interpunctie, keuze, maar er staat "hoofdletter"',
    ]);
  });

  it('refuses a choice without a reason', () => {
    // A choice as the guide writes one (5.9); the register may have none.
    const { reason: _, ...entry } = { id: 'een-keuze', kind: 'keuze', title: 'Een keuze', reason: 'Waarom.', printed: 'a', edition: 'b' };
    expect(problems('corrections', entry)).toEqual([
      expect.stringMatching(/^reason: een keuze \(kind: keuze\) heeft een title en een reason/),
    ]);
  });
});
