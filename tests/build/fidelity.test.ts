/**
 * The edition is faithful to the printed publication: every sentence of the
 * source (tests/fixtures/publicatie/bron.txt) is on the built site, and every
 * difference is on the record in content/verbeteringen.yaml, which the colophon
 * renders. `npm run fidelity` prints the same report.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, formatReport, readEntries, readSite, type Report } from '../../tools/fidelity/check.ts';
import { DIST, ROOT } from '../support/paths';
import { fidelityProblems } from '../../tools/controleer';
import { fidelityBlock } from '../../tools/fidelity/for-editors';
import { builtPages, pageHtml } from '../support/site';
import { makeFixture } from '../support/fixture';

const source = readFileSync(join(ROOT, 'tests/fixtures/publicatie/bron.txt'), 'utf8');
const entries = readEntries(readFileSync(join(ROOT, 'content/verbeteringen.yaml'), 'utf8'));

/** The built pages copied to a temporary dist, with one page changed. */
function changedSite(path: string, change: (html: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nji-fidelity-'));
  for (const page of builtPages()) {
    const file = page.endsWith('/') ? join(dir, page, 'index.html') : join(dir, page);
    mkdirSync(dirname(file), { recursive: true });
    const html = pageHtml(page);
    const out = page === path ? change(html) : html;
    if (page === path) expect(out, `the planted change must alter ${path}`).not.toBe(html);
    writeFileSync(file, out);
  }
  return dir;
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
    const ids = new Set(report.findings.map((f) => f.entry?.id));
    for (const id of ['te-sterker-maken', 'bepaald-de-praktijk', 'word-je', 'leestekens']) expect(ids).toContain(id);
    expect(report.findings.some((f) => f.hunk.page === '/colofon/')).toBe(false);
  });
});

describe('a change nobody recorded', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const run = (path: string, change: (html: string) => string) => {
    const dir = changedSite(path, change);
    dirs.push(dir);
    return check({ source, pages: readSite(dir), entries });
  };

  it('is reported when a word of a story changes, with its page', () => {
    const report = run('/verhalen/buurt-in-bloei/', (html) => html.replace('drink ik vooral veel koffie', 'drink ik vooral veel thee'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([
      ['/verhalen/buurt-in-bloei/', 'koffie', 'thee'],
    ]);
    expect(formatReport(report)).toContain('/verhalen/buurt-in-bloei/ [woorden]: “koffie” → “thee”');
  });

  it('is reported when only a mark changes: a quotation left open', () => {
    const report = run('/verhalen/jongeren-maken-de-stad/', (html) => html.replaceAll('‘Alle jongeren zijn welkom’, vertelt hij', '‘Alle jongeren zijn welkom, vertelt hij'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText])).toEqual([['/verhalen/jongeren-maken-de-stad/', 'interpunctie', '’', '']]);
  });

  it('is reported when a closing quote is added after a sentence of narration', () => {
    const report = run('/verhalen/buurt-in-bloei/', (html) => html.replace('Dat kan op verschillende manieren. ‘Sommige', 'Dat kan op verschillende manieren.’ ‘Sommige'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([['/verhalen/buurt-in-bloei/', 'interpunctie', '', '’']]);
  });

  it('is reported when a full stop is added after a heading', () => {
    const report = run('/verhalen/jongeren-maken-de-stad/', (html) => html.replace('>Ik ben van nature een verbinder</h2>', '>Ik ben van nature een verbinder.</h2>'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([['/verhalen/jongeren-maken-de-stad/', 'interpunctie', '', '.']]);
    expect(formatReport(report)).toContain('/verhalen/jongeren-maken-de-stad/ [interpunctie]: “” → “.”');
  });

  it('is reported when a single quotation mark becomes a double one', () => {
    const report = run('/verhalen/buurt-in-bloei/', (html) => html.replace('‘Als ik het helemaal platsla, drink ik vooral veel koffie met mensen.’', '“Als ik het helemaal platsla, drink ik vooral veel koffie met mensen.”'));
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.printed, f.hunk.editionText]), formatReport(report)).toEqual([
      ['/verhalen/buurt-in-bloei/', '‘', '“'],
      ['/verhalen/buurt-in-bloei/', '’', '”'],
    ]);
  });

  it('names a register entry whose edition text is no longer on the site as often as the print has it changed', () => {
    // The print has “Stolk, ‘ en ik wilde” twice (chapter and story); the record's “‘en ik” now stands only in the chapter.
    const report = run('/verhalen/jongeren-maken-de-stad/', (html) => html.replace('vertelt Jakob Stolk, ‘en ik wilde daar iets mee doen.’ Hij startte', 'vertelt Jakob Stolk, ‘En ik wilde daar iets mee doen.’ Hij startte'));
    expect(report.absent.map((a) => [a.entry.id, a.printedCount, a.editionCount]), formatReport(report)).toEqual([['leestekens', 2, 1]]);
    expect(formatReport(report)).toContain('content/verbeteringen.yaml → leestekens, veld “edition”: “vertelt Jakob Stolk, ‘en ik wilde” staat 1 keer op de site, maar de gedrukte tekst');
  });

  it('names a register entry whose edition text is not on the site at all', () => {
    const changed = entries.map((e) => (e.id === 'wilma-schrijen' ? { ...e, places: [{ printed: e.places[0]!.printed, edition: 'Ook Wilma Schreijen is Verbinder bij Buurt in Bloei.' }] } : e));
    const report = check({ source, pages: readSite(DIST), entries: changed });
    expect(report.absent.map((a) => a.entry.id), formatReport(report)).toEqual(['wilma-schrijen']);
    expect(formatReport(report)).toContain('content/verbeteringen.yaml → wilma-schrijen, veld “edition”: “Ook Wilma Schreijen is Verbinder bij Buurt in Bloei.” staat niet op de site.');
  });

  it('is reported when a recorded correction is undone: the record no longer matches', () => {
    const report = run('/handreiking/versterken-van-initiatieven/', (html) => html.replace('meerdere inwoners betrokken.', 'meerdere inwoners betrokkenen.'));
    expect(report.absent.map((s) => s.entry.id)).toEqual(['betrokken']);
    expect(formatReport(report)).toContain('content/verbeteringen.yaml → betrokken, veld “edition”');
  });

  it('is reported when a sentence is left out', () => {
    const report = run('/handreiking/valkuilen/', (html) => html.replace(/<li>Slechte communicatie met het burgerinitiatief\.<\/li>/, ''));
    expect(report.findings.filter((f) => !f.entry).map((f) => f.hunk.kind)).toContain('ontbreekt');
  });
});

describe('npm run controleer', () => {
  it('names a changed word of the publication that is not on the record, with the lines to add, and nothing when all is', () => {
    expect(fidelityProblems(DIST)).toEqual([]);
    const dir = changedSite('/verhalen/buurt-in-bloei/', (html) => html.replace('drink ik vooral veel koffie', 'drink ik vooral veel thee'));
    try {
      const problems = fidelityProblems(dir).join('\n');
      expect(problems).toContain('/verhalen/buurt-in-bloei/ [woorden]: “koffie” → “thee”');
      expect(problems).toContain('Zet elke afwijking in content/verbeteringen.yaml');
      expect(problems).not.toContain('niet gevonden:'); // the coverage lines are for maintainers
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a sentence the print has twice, changed in one place: names the file and line, the other place, and the lines that make it right', () => {
    const fixture = makeFixture();
    try {
      // A fixture copies content/, not the tests: the printed text to compare with.
      fixture.write('tests/fixtures/publicatie/bron.txt', source);
      // The typo “van te voren” stands in the Buurt in Bloei story and, as a box, in “Stimuleren van initiatieven”; fixed in the story only.
      fixture.edit('content/stories/buurt-in-bloei.mdx', (t) => t.replace('dan ze van te voren verwacht', 'dan ze van tevoren verwacht'));
      const first = fixture.check();
      expect(first.ok, first.report).toBe(false);
      const lines = first.report.split('\n');
      expect(lines[0]).toBe('De inhoud is in orde, maar de vergelijking met de gedrukte uitgave klopt niet (redactiehandleiding, 5.9):');
      expect(first.report).toMatch(/^- \/verhalen\/buurt-in-bloei\/ \[woorden\]: “te voren” → “tevoren”, in content\/stories\/buurt-in-bloei\.mdx \(regel \d+\)$/m);
      expect(first.report).toMatch(/Dezelfde tekst staat nog zoals gedrukt in content\/chapters\/stimuleren-van-initiatieven\.mdx \(regel \d+\)\. Verander hem daar ook/);
      const at = lines.indexOf('- id: van-te-voren');
      expect(lines.slice(at, at + 2)).toEqual(['- id: van-te-voren', '  kind: spelling']);
      // Taken over as they stand, the lines record that only this place changes: all is well.
      fixture.edit('content/verbeteringen.yaml', (t) => `${t}\n${lines.slice(at, at + 4).join('\n')}\n`);
      const second = fixture.check();
      expect(second.ok, second.report).toBe(true);
    } finally {
      fixture.dispose();
    }
  }, 300_000);
});
