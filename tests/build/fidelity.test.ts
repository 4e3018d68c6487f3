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
import { builtPages, pageHtml } from '../support/site';

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
    expect(report.findings.filter((f) => !f.entry).length, formatReport(report)).toBe(0);
    expect(report.stale.length, formatReport(report)).toBe(0);
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

  it('is reported when a recorded correction is undone: the record no longer matches', () => {
    const report = run('/handreiking/versterken-van-initiatieven/', (html) => html.replace('meerdere inwoners betrokken.', 'meerdere inwoners betrokkenen.'));
    expect(report.stale.map((s) => s.entry.id)).toEqual(['betrokken']);
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
});
