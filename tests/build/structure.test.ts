/**
 * The publication's structure, as read from the layout of the printed pages
 * (the source text comes out of a two-column PDF, often right column first;
 * the colophon explains each reading): chapters and their sections, where the
 * story boxes stand, the labels as printed, the resource groups, and old
 * addresses that still lead to the new place.
 */
import { describe, expect, it } from 'vitest';
import { pageHtml } from '../support/site';
import { MOVED_PAGES, MOVED_ANCHORS } from '../../src/lib/moved-pages';
import { findQuote, MIN_WORDS_APPROXIMATE, quoteWords } from '../../src/lib/quote-search';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { frontMatter } from '../support/content';
import { ROOT } from '../support/paths';
import { RESOURCE_GROUPS } from '../../src/lib/resource-groups';

/** The visible text of a page's main content, tags removed and white space folded. */
const mainText = (path: string) =>
  (pageHtml(path).split('<main')[1] ?? '')
    .split('</main>')[0]!
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

/**
 * Asserts that the snippets stand in this order in the text, each found. A
 * snippet is printed text, and an editor may correct a word of it (with its
 * record in content/verbeteringen.yaml, which the fidelity test holds): it is
 * found as a fragment's quote is found in a transcript (lib/quote-search: the
 * words in order, three quarters of them at least), so a corrected typo moves
 * nothing here while a passage moved elsewhere still fails.
 */
const inOrder = (text: string, snippets: string[]) => {
  const words = quoteWords(text).map((word, i) => ({ start: i, end: i + 1, text: word }));
  // A snippet of a word or two (“Belangrijk!”) is found as written, its marks too: its words alone stand everywhere.
  const exactAt = (s: string) => (text.indexOf(s) < 0 ? -1 : quoteWords(text.slice(0, text.indexOf(s))).length);
  const positions = snippets.map((s) => (quoteWords(s).length < MIN_WORDS_APPROXIMATE ? exactAt(s) : (findQuote(words, s)?.match.firstCue ?? -1)));
  snippets.forEach((s, i) => expect(positions[i], `“${s}” is missing`).toBeGreaterThanOrEqual(0));
  expect(positions, snippets.join(' → ')).toEqual([...positions].sort((a, b) => a - b));
};

const headings = (path: string, level: 2 | 3) =>
  [...(pageHtml(path).split('<main')[1] ?? '').matchAll(new RegExp(`<h${level}\\b(?![^>]*visually-hidden)[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map((m) =>
    m[1]!.replace(/<[^>]+>/g, '').trim(),
  );

/** The chapter that holds “Weten welke rol jouw wijkteam heeft”. */
const ZORG = '/handreiking/individuele-zorg-of-gemeenschapsvorming/';

describe('chapters and sections', () => {
  it('the guidance has seven chapters, in the publication’s order', () => {
    const index = mainText('/handreiking/');
    inOrder(index, [
      'De kracht van verhalen',
      'Weten wat er speelt',
      'Individuele zorg en ondersteuning of gemeenschapsvorming',
      'De rol van de wijkprofessional',
      'Stimuleren van initiatieven',
      'Versterken van initiatieven',
      'Welke valkuilen zijn er?',
    ]);
    expect(index).not.toContain('Zorg voor gelijkwaardigheid');
  });

  it('“Zorg voor gelijkwaardigheid” is step 4 of “Versterken van initiatieven”, with its number', () => {
    expect(headings('/handreiking/versterken-van-initiatieven/', 2)).toEqual([
      '1. Weet wat de ontstaansgrond van een initiatief is',
      '2. Weet wie er betrokken zijn bij het initiatief',
      '3. Stem de samenwerking goed af',
      '4. Zorg voor gelijkwaardigheid',
    ]);
    inOrder(mainText('/handreiking/versterken-van-initiatieven/'), [
      'Verbinding leggen met andere burgerinitiatieven',
      'Een gelijkwaardige relatie is essentieel.',
      'Zet in op langdurige samenwerking.',
    ]);
  });

  it('“Weten wat er speelt” is its heading and lead, as printed above the column of “Individuele zorg …”', () => {
    expect(headings('/handreiking/weten-wat-er-speelt/', 2)).toEqual([]);
    const text = mainText('/handreiking/weten-wat-er-speelt/');
    inOrder(text, ['Als wijkprofessional moet je weten wat er speelt', 'Een wijkanalyse maakt duidelijk', 'passende activiteiten worden geïnitieerd.']);
    expect(text).not.toContain('WIJEindhoven');
    expect(text).not.toContain('Wijkteams hebben vaak een breed takenpakket.');
  });

  it('“Weten welke rol jouw wijkteam heeft” follows “Individuele zorg …”, with the WIJEindhoven box on its page, figure 1, the questions and the boxes', () => {
    expect(headings(ZORG, 2)).toEqual(['Weten welke rol jouw wijkteam heeft']);
    inOrder(mainText(ZORG), [
      'Wijkteams hebben vaak een breed takenpakket.',
      'Zo kun je de rol pakken die bij jou en jouw wijkteam past',
      'Weten welke rol jouw wijkteam heeft',
      'Er zijn grofweg twee benaderingswijzen',
      'De taak van de wijkprofessional is stimulerend en versterkend.',
      'Buurt in Bloei is onderdeel van WIJEindhoven.',
      'In figuur 1 worden de diverse rollen weergegeven',
      'De volgende vragen kunnen helpen om je rol te verhelderen',
      'Je werkt dan preventief en hebt een initiërende rol.',
      'Je werkt dan versterkend en hebt een stimulerende rol.',
      'Je hebt dan een versterkende rol.',
      'Belangrijk!',
      'Samira heeft ook altijd steun gevoeld van lokale organisaties.',
    ]);
  });

  it('the questions’ groups are headings, not bold paragraphs', () => {
    expect(headings(ZORG, 3)).toEqual(expect.arrayContaining(['Preventie:', 'Versterken van de basis:']));
    expect(pageHtml(ZORG)).not.toMatch(/<p><strong>(Preventie|Versterken van de basis):<\/strong><\/p>/);
  });

  it('“De rol van de wijkprofessional” opens with its lead and goes on with “Initiëren van initiatieven”', () => {
    expect(headings('/handreiking/de-rol-van-de-wijkprofessional/', 2)).toEqual(['Initiëren van initiatieven']);
    const text = mainText('/handreiking/de-rol-van-de-wijkprofessional/');
    inOrder(text, ['Dan is het nu belangrijk om dat concreet te maken.', 'Initiëren van initiatieven', 'Kijk dan eens bij projecten als']);
    expect(text).not.toContain('De volgende vragen kunnen helpen');
  });
});

describe('story boxes stand where the printed page has them', () => {
  it('“We bemoeien ons er zo min mogelijk mee” follows step 4 of “Stimuleren”, before “Het stimuleren vraagt dus…”', () => {
    inOrder(mainText('/handreiking/stimuleren-van-initiatieven/'), [
      'niet wordt overgenomen of (ongewenst) geprofessionaliseerd.',
      'We bemoeien ons er zo min mogelijk mee.',
      'Het stimuleren vraagt dus om een zekere bescheidenheid',
    ]);
  });

  it('the bakfiets box follows the first paragraph of step 1 of “Versterken”', () => {
    inOrder(mainText('/handreiking/versterken-van-initiatieven/'), [
      'willen dit gat dichten.',
      'Ik wilde dat er een creatieve broedplaats zou komen.',
      'Burgerinitiatieven hebben hierdoor een signaalfunctie',
      'Haal hier inspiratie uit.',
    ]);
  });

  it('“De vraag achter de vraag” follows the first paragraph about the initiatiefnemer', () => {
    inOrder(mainText('/handreiking/versterken-van-initiatieven/'), [
      'De initiatiefnemers zijn voor jou als wijkteammedewerker',
      'Ik ben een verbinder van nature',
      'Initiatiefnemers zijn vaak sociaal betrokken.',
    ]);
  });
});

describe('labels as printed', () => {
  it('figure 1’s branches read “Versterken” and “Preventie”, as in the figure', () => {
    const figure = /<figure class="role-diagram"[\s\S]*?<\/figure>/.exec(pageHtml(ZORG))![0];
    const approaches = [...figure.matchAll(/<p class="approach"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(approaches).toEqual(['Versterken', 'Preventie']);
  });

  const boxHeads = (path: string) =>
    [...pageHtml(path).matchAll(/class="story-box-head"[\s\S]*?<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!.trim());

  it('the Open Leercentrum boxes keep their two printed headings', () => {
    expect(boxHeads(ZORG)).toContain('Open Leer Centrum (OLC) – Bergen op Zoom');
    expect(boxHeads('/handreiking/versterken-van-initiatieven/').filter((h) => h.includes('Bergen op Zoom'))).toEqual([
      'Het Open Leercentrum en MB Coach – Bergen op Zoom',
      'Het Open Leercentrum en MB Coach – Bergen op Zoom',
    ]);
  });

  it('the box in the story of Buurt in Bloei has its printed heading', () => {
    inOrder(mainText('/verhalen/buurt-in-bloei/'), ['Buurt in Bloei – Eindhoven Buurt in Bloei is onderdeel van WIJEindhoven.']);
  });
});

describe('the resource list, grouped as on the printed pages', () => {
  const groups = () => {
    const html = pageHtml('/bronnen/').split('<main')[1]!;
    const out: Record<string, string[]> = {};
    let current = '';
    for (const m of html.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>|<h3\b[^>]*>([\s\S]*?)<\/h3>/g)) {
      const text = (m[1] ?? m[2])!.replace(/<[^>]+>/g, '').trim();
      if (m[1] !== undefined) out[(current = text)] = [];
      else out[current]?.push(text);
    }
    return out;
  };

  it('each group holds its resources under its printed heading, in order (numbered first, then the rest by title)', () => {
    // From content/resources/: an editor adds, removes and reorders resources (redactiehandleiding, 5.2).
    const resources = readdirSync(join(ROOT, 'content/resources'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => frontMatter(`content/resources/${f}`) as { title: string; group: string; order?: number });
    const expected = Object.fromEntries(
      RESOURCE_GROUPS.map((group) => [
        group,
        resources
          .filter((r) => r.group === group)
          .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, 'nl'))
          .map((r) => r.title),
      ]).filter(([, titles]) => titles!.length > 0),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    expect(groups()).toMatchObject(expected);
  });
});

describe('old addresses still lead to the new place', () => {
  it.each(MOVED_PAGES.map((m) => [m.from, m.to]))('%s forwards to %s, which exists', (from, to) => {
    const html = pageHtml(from);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
    expect(html).toContain(`href="${to}"`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    const [path, id] = to.split('#');
    expect(pageHtml(path!)).toContain(`id="${id}"`);
    expect(pageHtml('/sitemap-0.xml')).not.toContain(from);
  });

  it.each(Object.entries(MOVED_ANCHORS))('the heading of %s now stands at %s', (from, to) => {
    const [oldPath, oldId] = from.split('#');
    const [path, id] = to.split('#');
    expect(pageHtml(oldPath!)).not.toContain(`id="${oldId}"`);
    expect(pageHtml(path!)).toContain(`id="${id}"`);
  });
});
