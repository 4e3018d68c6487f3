/**
 * The register's rule for fragment lengths (tools/fidelity/fragment-lengths.ts)
 * on small strings: a printed label is read as the label of its fragment's
 * length on the site, so a new recording leaves nothing to record, while a
 * label that does not show its fragment's length is a difference.
 */
import { describe, expect, it } from 'vitest';
import { check, formatReport, readEntries, type Entry } from '../../tools/fidelity/check.ts';
import { applyLengthRule, fragmentLengths } from '../../tools/fidelity/fragment-lengths.ts';

const source = [
  'Ik ging op een oude bakfiets langs schoolpleinen en hangplekken.',
  'Fragment: 1 min 18 sec',
  'Het kan ook anders, vertelt hij.',
  'Fragment 7min 13 sec',
].join('\n');

const rule: Entry = {
  id: 'fragmentlengte',
  kind: 'keuze',
  rule: 'fragmentlengte',
  places: [
    { printed: 'Fragment: 1 min 18 sec', edition: '', fragment: 'oude-bakfiets' },
    { printed: 'Fragment 7min 13 sec', edition: '', fragment: 'zo-min-mogelijk' },
  ],
};

/** The site: two pages with a fragment each, its label showing `shown`, its player playing `plays` seconds. */
const site = (bakfiets: { shown: string; plays: number }, zoMin = { shown: '7 min 13 sec', plays: 433 }) => [
  {
    path: '/a/',
    blocks: ['Ik ging op een oude bakfiets langs schoolpleinen en hangplekken.', `Fragment · ${bakfiets.shown}`, 'Het kan ook anders, vertelt hij.'],
    fragments: { 'oude-bakfiets': bakfiets.plays },
  },
  { path: '/b/', blocks: [`Fragment · ${zoMin.shown}`], fragments: { 'zo-min-mogelijk': zoMin.plays } },
];

const unlisted = (report: ReturnType<typeof check>) => report.findings.filter((f) => !f.entry).map((f) => `${f.hunk.printed} → ${f.hunk.editionText}`);

describe('the rule for fragment lengths', () => {
  it('reads each printed label as the label of its fragment’s length: nothing to record', () => {
    const report = check({ source, pages: site({ shown: '1 min 18 sec', plays: 78 }), entries: [rule] });
    expect(unlisted(report), formatReport(report)).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(report.coverage).toBe(1);
  });

  it('follows a new recording: other lengths, still nothing to record and no invented correction', () => {
    const report = check({ source, pages: site({ shown: '1 min 53 sec', plays: 113 }, { shown: '2 min 5 sec', plays: 125.4 }), entries: [rule] });
    expect(unlisted(report), formatReport(report)).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(formatReport(report)).not.toContain('→ “53”');
  });

  it('reports a label that does not show the length its fragment plays', () => {
    const report = check({ source, pages: site({ shown: '1 min 18 sec', plays: 113 }), entries: [rule] });
    expect(unlisted(report)).toEqual(['53 → 18']);
  });

  it('without the rule, a printed length is text like any other', () => {
    const report = check({ source, pages: site({ shown: '1 min 53 sec', plays: 113 }), entries: [] });
    expect(unlisted(report)).toEqual(expect.arrayContaining(['18 → 53']));
  });

  it('reports a printed label that is not among its places, and a place the print or the site does not have', () => {
    const partial: Entry = { ...rule, places: [rule.places[0]!, { printed: 'Fragment 9 min 9 sec', edition: '', fragment: 'zo-min-mogelijk' }, { printed: 'Fragment 7min 13 sec', edition: '', fragment: 'weg' }] };
    const report = check({ source, pages: site({ shown: '1 min 18 sec', plays: 78 }), entries: [partial] });
    expect(report.stale.map((s) => s.place.printed)).toEqual(['Fragment 9 min 9 sec', 'Fragment 7min 13 sec']);
    expect(unlisted(report).length).toBeGreaterThan(0);
  });
});

describe('its parts', () => {
  it('reads each player’s fragment and length from a built page', () => {
    const html = '<fragment-player id="fragment-oude-bakfiets" class="player" data-start="12" data-end="90.5"></fragment-player><fragment-player id="interview" data-start="0" data-end="225"></fragment-player>';
    expect(fragmentLengths(html)).toEqual({ 'oude-bakfiets': 78.5 });
  });

  it('knows every way the print writes a label, and leaves other text alone', () => {
    const places = [
      { printed: 'Fragment 7min 13 sec', fragment: 'a' },
      { printed: 'Fragment 2 min 09 sec', fragment: 'a' },
      { printed: 'Fragment:  1 min 18 sec', fragment: 'a' },
    ];
    const { source: text, unused } = applyLengthRule('Fragment 7min 13 sec\nFragment 2 min 09 sec\nFragment: 1 min 18 sec\nHet fragment duurt 5 min.', places, { a: 65 });
    expect(text).toBe('Fragment · 1 min 5 sec\nFragment · 1 min 5 sec\nFragment · 1 min 5 sec\nHet fragment duurt 5 min.');
    expect(unused).toEqual([]);
  });

  it('reads the rule and its places from the register', () => {
    const [entry] = readEntries('- id: fragmentlengte\n  kind: keuze\n  rule: fragmentlengte\n  places:\n    - printed: "Fragment 1 min 37 sec"\n      fragment: begin-klein\n');
    expect(entry).toMatchObject({ rule: 'fragmentlengte', places: [{ printed: 'Fragment 1 min 37 sec', fragment: 'begin-klein' }] });
    expect(() => readEntries('- id: x\n  kind: keuze\n  rule: lengte\n  printed: "a"\n  edition: "b"\n')).toThrow(/veld “rule”/);
  });
});
