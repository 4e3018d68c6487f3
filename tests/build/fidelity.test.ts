/**
 * The edition is faithful to the printed publication: every sentence of the
 * source (tests/fixtures/publicatie/bron.txt) is on the built site, and every
 * difference is on the record in content/verbeteringen.yaml, which the colophon
 * renders. `npm run fidelity` prints the same report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, formatReport, readEntries, readSite, type Report, type SitePageText } from '../../tools/fidelity/check.ts';
import { DIST, ROOT } from '../support/paths';
import { fidelityProblems } from '../../tools/controleer';
import { fidelityBlock } from '../../tools/fidelity/for-editors';
import { makeFixture } from '../support/fixture';

const source = readFileSync(join(ROOT, 'tests/fixtures/publicatie/bron.txt'), 'utf8');
const entries = readEntries(readFileSync(join(ROOT, 'content/verbeteringen.yaml'), 'utf8'));

/**
 * The site's text and the register as they stood when these tests were
 * written (tests/fixtures/fidelity/: readSite of a build, and
 * content/verbeteringen.yaml then). The planted changes below test the
 * comparison's code on them, so an editor who corrects one of these
 * sentences (with its record) turns nothing red here. Made again with
 * `node tests/fixtures/fidelity/freeze.ts` after a build, if the page text's
 * shape (readSite) changes.
 */
const FROZEN = join(ROOT, 'tests/fixtures/fidelity');
const frozenPages = JSON.parse(readFileSync(join(FROZEN, 'site.json'), 'utf8')) as SitePageText[];
const frozenEntries = readEntries(readFileSync(join(FROZEN, 'verbeteringen.yaml'), 'utf8'));

let frozenCache: Report | undefined;
/** The comparison of the frozen site with the print (once: a comparison takes seconds). */
const frozenReport = () => (frozenCache ??= check({ source, pages: frozenPages, entries: frozenEntries }));

/** The frozen site with each text block of one page changed (a block changed to '' is left out). */
function changedPages(path: string, change: (block: string) => string): SitePageText[] {
  const pages = frozenPages.map((p) => (p.path === path ? { ...p, blocks: p.blocks.map(change).filter((b) => b !== '') } : p));
  const before = frozenPages.find((p) => p.path === path)!.blocks;
  expect(pages.find((p) => p.path === path)!.blocks, `the planted change must alter ${path}`).not.toEqual(before);
  return pages;
}

describe('the built site', () => {
  let report: Report;
  beforeAll(() => {
    report = check({ source, pages: readSite(DIST), entries });
  });

  it('carries at least 99% of the publication’s sentences', () => {
    expect(report.coverage, formatReport(report)).toBeGreaterThanOrEqual(0.99);
  });

  it('has every difference from the printed text on the record, and nothing on the record that is not on the site', () => {
    // On failure, the editors' lines (as npm run controleer prints them), which the online check's summary shows (tools/ci-summary.ts).
    const problems = fidelityProblems(DIST);
    expect(problems.length === 0, fidelityBlock(problems)).toBe(true);
    expect(report.findings.filter((f) => !f.entry).length, formatReport(report)).toBe(0);
    expect(report.stale.length, formatReport(report)).toBe(0);
    expect(report.absent.length, formatReport(report)).toBe(0);
  });

  it('reads the colophon’s corrections as data: the printed typos are differences, not found in the colophon', () => {
    expect(report.findings.some((f) => f.hunk.page === '/colofon/')).toBe(false);
    // On the frozen site: the register's typos are found where the text stands.
    const frozen = frozenReport();
    const ids = new Set(frozen.findings.map((f) => f.entry?.id));
    for (const id of ['te-sterker-maken', 'bepaald-de-praktijk', 'word-je', 'leestekens']) expect(ids).toContain(id);
    expect(frozen.findings.some((f) => f.hunk.page === '/colofon/')).toBe(false);
    expect(frozenPages.some((p) => p.path === '/colofon/')).toBe(true);
  });
});

describe('a change nobody recorded (on the frozen site)', () => {
  const run = (path: string, change: (block: string) => string) => check({ source, pages: changedPages(path, change), entries: frozenEntries });

  it('the frozen site has everything on the record', () => {
    const report = frozenReport();
    expect([report.findings.filter((f) => !f.entry).length, report.stale.length, report.absent.length], formatReport(report)).toEqual([0, 0, 0]);
  });

  it('is reported when a word of a story changes, with its page', () => {
    const report = run('/verhalen/buurt-in-bloei/', (block) => block.replace('drink ik vooral veel koffie', 'drink ik vooral veel thee'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([
      ['/verhalen/buurt-in-bloei/', 'koffie', 'thee'],
    ]);
    expect(formatReport(report)).toContain('/verhalen/buurt-in-bloei/ [woorden]: “koffie” → “thee”');
  });

  it('is reported when only a mark changes: a quotation left open', () => {
    const report = run('/verhalen/jongeren-maken-de-stad/', (block) => block.replaceAll('‘Alle jongeren zijn welkom’, vertelt hij', '‘Alle jongeren zijn welkom, vertelt hij'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText])).toEqual([['/verhalen/jongeren-maken-de-stad/', 'interpunctie', '’', '']]);
  });

  it('is reported when a closing quote is added after a sentence of narration', () => {
    const report = run('/verhalen/buurt-in-bloei/', (block) => block.replace('Dat kan op verschillende manieren. ‘Sommige', 'Dat kan op verschillende manieren.’ ‘Sommige'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([['/verhalen/buurt-in-bloei/', 'interpunctie', '', '’']]);
  });

  it('is reported when a full stop is added after a heading', () => {
    const report = run('/verhalen/jongeren-maken-de-stad/', (block) => (block === 'Ik ben van nature een verbinder' ? `${block}.` : block));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([['/verhalen/jongeren-maken-de-stad/', 'interpunctie', '', '.']]);
    expect(formatReport(report)).toContain('/verhalen/jongeren-maken-de-stad/ [interpunctie]: “” → “.”');
  });

  it('is reported when a single quotation mark becomes a double one', () => {
    const report = run('/verhalen/buurt-in-bloei/', (block) => block.replace('‘Als ik het helemaal platsla, drink ik vooral veel koffie met mensen.’', '“Als ik het helemaal platsla, drink ik vooral veel koffie met mensen.”'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([
      ['/verhalen/buurt-in-bloei/', '‘', '“'],
      ['/verhalen/buurt-in-bloei/', '’', '”'],
    ]);
  });

  it('names a register entry whose edition text is no longer on the site as often as the print has it changed', () => {
    // The print has “Stolk, ‘ en ik wilde” twice (chapter and story); the record's “‘en ik” now stands only in the chapter.
    const report = run('/verhalen/jongeren-maken-de-stad/', (block) => block.replace('vertelt Jakob Stolk, ‘en ik wilde daar iets mee doen.’ Hij startte', 'vertelt Jakob Stolk, ‘En ik wilde daar iets mee doen.’ Hij startte'));
    expect(report.absent.map((a) => [a.entry.id, a.printedCount, a.editionCount]), formatReport(report)).toEqual([['leestekens', 2, 1]]);
    expect(formatReport(report)).toContain('content/verbeteringen.yaml → leestekens, veld “edition”: “vertelt Jakob Stolk, ‘en ik wilde” staat 1 keer op de site, maar de gedrukte tekst');
  });

  it('names a register entry whose edition text is not on the site at all', () => {
    const changed = frozenEntries.map((e) => (e.id === 'wilma-schrijen' ? { ...e, places: [{ printed: e.places[0]!.printed, edition: 'Ook Wilma Schreijen is Verbinder bij Buurt in Bloei.' }] } : e));
    const report = check({ source, pages: frozenPages, entries: changed });
    expect(report.absent.map((a) => a.entry.id), formatReport(report)).toEqual(['wilma-schrijen']);
    expect(formatReport(report)).toContain('content/verbeteringen.yaml → wilma-schrijen, veld “edition”: “Ook Wilma Schreijen is Verbinder bij Buurt in Bloei.” staat niet op de site.');
  });

  it('is reported when a recorded correction is undone: the record no longer matches', () => {
    const report = run('/handreiking/versterken-van-initiatieven/', (block) => block.replace('meerdere inwoners betrokken.', 'meerdere inwoners betrokkenen.'));
    expect(report.absent.map((s) => s.entry.id)).toEqual(['betrokken']);
    expect(formatReport(report)).toContain('content/verbeteringen.yaml → betrokken, veld “edition”');
  });

  it('is reported when a sentence is left out', () => {
    const report = run('/handreiking/valkuilen/', (block) => (block === 'Slechte communicatie met het burgerinitiatief.' ? '' : block));
    expect(report.findings.filter((f) => !f.entry).map((f) => f.hunk.kind)).toContain('ontbreekt');
  });
});

/**
 * A sentence the print has twice that stands as printed in a story and in a
 * chapter today, found rather than assumed (an editor may correct any one of
 * them), with a word in it to misspell: a word of seven letters or more, five
 * words from either end, that no record of content/verbeteringen.yaml mentions.
 */
function twicePrinted(): { sentence: string; word: string; story: string; chapter: string } {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const print = fold(source);
  const recorded = fold(readFileSync(join(ROOT, 'content/verbeteringen.yaml'), 'utf8'));
  const texts = (folder: string) =>
    readdirSync(join(ROOT, 'content', folder))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ file: `content/${folder}/${f}`, text: readFileSync(join(ROOT, 'content', folder, f), 'utf8').split(/\n---\n/).slice(1).join('\n---\n') }));
  const chapters = texts('chapters');
  for (const story of texts('stories')) {
    for (const sentence of story.text.split('\n').flatMap((l) => l.split(/(?<=[.!?’])\s+(?=[‘A-Z])/))) {
      if (sentence.split(' ').length < 8 || /[<>{}*_[\]#]/.test(sentence)) continue;
      if (print.split(sentence).length - 1 < 2) continue;
      const chapter = chapters.find((c) => c.text.includes(sentence) && c.text.split(sentence).length === 2);
      if (!chapter || story.text.split(sentence).length !== 2) continue;
      // Five words of the sentence on either side: the report quotes a few words around a change, and they must stand in both places.
      const inner = sentence.split(' ').slice(5, -5).join(' ');
      const word = inner.match(/\p{L}{7,}/gu)?.find((w) => !recorded.includes(w) && sentence.split(w).length === 2);
      if (word) return { sentence, word, story: story.file, chapter: chapter.file };
    }
  }
  throw new Error('No sentence of a story stands as printed in a chapter too: the test needs one (tests/build/fidelity.test.ts, twicePrinted).');
}

describe('npm run controleer', () => {
  it('names a changed word of the publication that is not on the record, with the lines to add, and nothing when all is', () => {
    expect(fidelityProblems(DIST)).toEqual([]);
    // On the frozen site, as fidelityProblems prints it (tools/fidelity/for-editors.ts).
    const report = check({ source, pages: changedPages('/verhalen/buurt-in-bloei/', (block) => block.replace('drink ik vooral veel koffie', 'drink ik vooral veel thee')), entries: frozenEntries });
    const text = formatReport(report, { ids: frozenEntries.map((e) => e.id) });
    const problems = text.slice(text.indexOf('\n\n') + 2);
    expect(problems).toContain('/verhalen/buurt-in-bloei/ [woorden]: “koffie” → “thee”');
    expect(problems).toContain('Zet elke afwijking in content/verbeteringen.yaml');
    expect(problems).not.toContain('niet gevonden:'); // the coverage lines are for maintainers
  });

  it('a sentence the print has twice, changed in one place: names the file and line, the other place, and the lines that make it right', () => {
    const { sentence, word, story, chapter } = twicePrinted();
    // A one-letter slip in one word, in the story only: a spelling difference.
    const typo = `${word}${word.at(-1)}`;
    const page = `/verhalen/${story.split('/').at(-1)!.replace(/\.mdx$/, '')}/`;
    const lineIn = (file: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').findIndex((l) => l.includes(sentence)) + 1;
    const fixture = makeFixture();
    try {
      // A fixture copies content/, not the tests: the printed text to compare with.
      fixture.write('tests/fixtures/publicatie/bron.txt', source);
      fixture.edit(story, (t) => t.replace(sentence, sentence.replace(word, typo)));
      // The pages stay in the fixture: the second look below compares them again.
      const first = fixture.check('controle');
      expect(first.ok, first.report).toBe(false);
      const lines = first.report.split('\n');
      expect(lines[0]).toBe('De inhoud is in orde, maar de vergelijking met de gedrukte uitgave klopt niet (redactiehandleiding, 5.9):');
      expect(first.report).toContain(`- ${page} [woorden]: “${word}” → “${typo}”, in ${story} (regel ${lineIn(story)})`);
      expect(first.report).toContain(`Dezelfde tekst staat nog zoals gedrukt in ${chapter} (regel ${lineIn(chapter)}). Verander hem daar ook`);
      // The suggested lines for this change: id, kind, printed, edition.
      const at = lines.findIndex((l, i) => l.startsWith('- id: ') && lines[i + 3]?.startsWith('  edition: ') && lines[i + 3]!.includes(typo));
      // A readable id from the words, and the kind of a one-letter change.
      expect(lines[at]).toMatch(/^- id: [a-z0-9]+(-[a-z0-9]+)*$/);
      expect(lines[at + 1]).toBe('  kind: spelling');
      // Taken over as they stand, the lines record that only this place changes: all is well. The check
      // compares the same pages with the new register (the colophon's list of changes is data-fidelity="ignore",
      // so the register changes no text the comparison reads): no second build.
      fixture.edit('content/verbeteringen.yaml', (t) => `${t}\n${lines.slice(at, at + 4).join('\n')}\n`);
      expect(fidelityProblems(join(fixture.dir, 'controle'), fixture.dir)).toEqual([]);
    } finally {
      fixture.dispose();
    }
  }, 300_000);
});
