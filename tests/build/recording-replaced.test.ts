/**
 * A recording replaced, as an editor does it (docs/redactie.md, 5.5), in one
 * fixture: the transcript of Jongeren Maken De Stad is new and its quotes sit
 * later than before. One fragment keeps its old times, the other has none.
 * - `npm run controleer` finds each quote in the new transcript and says, as a
 *   `Let op:`, where it is and what start to write; the fragment without times
 *   plays its quote, and the build says which times it used;
 * - the fragments' lengths changed, and the comparison with the printed
 *   publication still passes: the register's rule for fragment lengths
 *   expects the lengths the recording gives, so nothing is to be recorded
 *   and the colophon shows the new lengths, no invented correction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../support/fixture';
import { pageHtml } from '../support/site';
import { ROOT } from '../support/paths';
import { warnings } from '../../tools/ci-summary';
import { fidelityProblems } from '../../tools/controleer';
import { parseVtt } from '../../src/lib/webvtt';
import { formatShort } from '../../src/lib/time';

const fixture = makeFixture();
const story = 'content/stories/jongeren-maken-de-stad.mdx';
const SHIFT = 3;
let check: ReturnType<typeof fixture.check>;
const dist = join(fixture.dir, 'dist');

/** The new transcript: the same times, every sentence three cues later, three new sentences first. */
function movedTranscript(vtt: string): string {
  const blocks = vtt.trim().split(/\n\n+/).slice(1);
  const texts = blocks.map((b) => b.split('\n').slice(2).join('\n'));
  const openers = ['Goedemiddag, fijn dat je er bent.', 'Vertel eerst eens hoe het begon.', 'Nou, dat is een lang verhaal.'];
  const moved = [...openers.slice(0, SHIFT), ...texts].slice(0, blocks.length);
  return `WEBVTT\n\n${blocks.map((b, i) => `${b.split('\n').slice(0, 2).join('\n')}\n${moved[i]}`).join('\n\n')}\n`;
}

const cueWith = (words: string) => parseVtt(fixture.read('audio/jongeren-maken-de-stad.vtt')).find((c) => c.text.includes(words))!;

/**
 * A recording of `seconds` or more: the 16-second stand-in of tests/fixtures/
 * (48 kbit/s CBR, as the generator makes them), its frames again and again.
 * The test needs the lengths and the cutting, not the words.
 */
function loopedRecording(seconds: number): Uint8Array {
  const file = readFileSync(join(ROOT, 'tests/fixtures/stand-in.mp3'));
  const frames = file.subarray(10 + ((file[6]! << 21) | (file[7]! << 14) | (file[8]! << 7) | file[9]!));
  return Buffer.concat(Array.from({ length: Math.ceil(seconds / 15) }, () => frames));
}

/**
 * Where the test starts, whatever today's content says (an editor may replace
 * this recording or move these fragments): the stand-in transcript of
 * Jongeren Maken De Stad as it was generated (tests/fixtures/), a recording as
 * long, and the two fragments with the quotes and times that went with it.
 */
function standInAsGenerated(): void {
  fixture.write('audio/jongeren-maken-de-stad.vtt', readFileSync(join(ROOT, 'tests/fixtures/jongeren-maken-de-stad.vtt'), 'utf8'));
  fixture.write('audio/jongeren-maken-de-stad.mp3', loopedRecording(4 * 60));
  const fields: Record<string, string[]> = {
    'vraag-achter-de-vraag': ['quote: "Ik probeer per idee te zoeken naar de vraag achter de vraag"', 'start: "1:33"', 'end: "3:42"'],
    'oude-bakfiets': ['quote: "Ik ging op een oude bakfiets langs schoolpleinen en hangplekken."', 'start: "0:12"', 'end: "1:30"'],
  };
  fixture.edit(story, (t) => {
    let out = t.replace(/^recording: .*$/m, 'recording: "jongeren-maken-de-stad.mp3"').replace(/^recordingKind: .*$/m, 'recordingKind: voorlopig').replace(/^ {4}speaker: .*\n/gm, '');
    for (const [id, lines] of Object.entries(fields)) {
      const item = new RegExp(`^ {2}- id: ${id}\\n(?: {4}.*\\n)*`, 'm');
      expect(item.test(out), `${story} has no fragment ${id}`).toBe(true);
      out = out.replace(item, `  - id: ${id}\n${lines.map((l) => `    ${l}\n`).join('')}`);
    }
    return out;
  });
}

beforeAll(() => {
  standInAsGenerated();
  fixture.edit('audio/jongeren-maken-de-stad.vtt', movedTranscript);
  // The editor left out the times of one fragment, and kept the old ones of the other.
  fixture.edit(story, (t) => t.replace(/(  - id: oude-bakfiets\n    quote: .*\n)    start: .*\n    end: .*\n/, '$1'));
  // The comparison with the print runs as on the editor's machine.
  fixture.write('tests/fixtures/publicatie/bron.txt', readFileSync(join(ROOT, 'tests/fixtures/publicatie/bron.txt')));
  // npm run controleer builds as the editor's check does, and the tests read its pages too.
  check = fixture.check('dist');
  expect(check.ok, check.report).toBe(true);
}, 300_000);
afterAll(() => fixture.dispose());

describe('a new transcript whose quotes sit elsewhere', () => {
  it('the fixture really moved the quotes and removed the times', () => {
    expect(cueWith('oude bakfiets').start).toBeCloseTo(31.094, 3);
    expect(fixture.read(story)).not.toMatch(/id: oude-bakfiets\n.*\n    start:/);
  });

  it('npm run controleer names where the quote is and the start to write, and ends with Alles in orde', () => {
    const quote = cueWith('vraag achter de vraag');
    const at = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
    expect(check.ok, check.report).toBe(true);
    expect(check.report).toContain(
      `Let op: ${story} → fragment “vraag-achter-de-vraag” → veld “start”: het citaat staat in de opname van ${at(quote.start)}`,
    );
    expect(check.report).toMatch(new RegExp(`maar het fragment begint op 1:33, bij “[^”]+”\\. Zet start: "${at(quote.start)}`));
    // These two, and any other an editor's content has today (a warning does not stop the build).
    const count = warnings(check.output).length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(check.report).toMatch(new RegExp(`\\nAlles in orde \\(let op de ${count} waarschuwingen hierboven\\): de inhoud van content/ en audio/ is gecontroleerd in \\d+,\\d s\\.$`));
  });

  it('a fragment without times plays its quote, and the build says which times it used', () => {
    const quote = cueWith('oude bakfiets');
    expect(check.output).toContain(
      `Let op: ${story} → fragment “oude-bakfiets”: het fragment heeft nog geen start en end. Het citaat staat in de opname van 0:31 tot 0:34; de build gebruikt start: "0:31", end: "0:34".`,
    );
    const player = /<fragment-player id="fragment-oude-bakfiets"[^>]*>/.exec(pageHtml('/verhalen/jongeren-maken-de-stad/', dist))![0];
    expect(Number(/data-start="([^"]+)"/.exec(player)![1])).toBe(Math.floor(quote.start * 10) / 10);
    expect(Number(/data-end="([^"]+)"/.exec(player)![1])).toBe(Math.ceil(quote.end * 10) / 10);
  });
});

describe('the new lengths against the printed publication', () => {
  /** The fragment “oude-bakfiets” now: its quote only, from the start of its cue to the end, rounded outward to tenths. */
  const newLength = () => {
    const quote = cueWith('oude bakfiets');
    return formatShort(Math.ceil(quote.end * 10) / 10 - Math.floor(quote.start * 10) / 10);
  };

  it('show on the pages, with nothing to record', () => {
    expect(newLength()).toBe('3 sec');
    const labels = [...pageHtml('/verhalen/jongeren-maken-de-stad/', dist).matchAll(/Fragment · <time[^>]*>([^<]*)<\/time>/g)].map((m) => m[1]);
    expect(labels).toEqual([newLength(), '2 min 9 sec']);
    expect(fidelityProblems(dist, fixture.dir)).toEqual([]);
  });

  it('the colophon gives each printed length with the length the recording gives now, and no invented correction', () => {
    const colophon = pageHtml('/colofon/', dist);
    const lines = [...colophon.matchAll(/<li[^>]*>(Fragment[^<]*)<\/li>/g)].map((m) => m[1]);
    expect(lines).toContain(`Fragment: 1 min 18 sec → Fragment · ${newLength()}`);
    expect(lines).toContain(`Fragment 1 min 18 sec → Fragment · ${newLength()}`);
    expect(lines).toContain('Fragment 2 min 9 sec → Fragment · 2 min 9 sec');
    expect(colophon).not.toMatch(/<td>[^<]*\b(18|53)\b[^<]*<\/td>/);
    expect(fixture.read('content/verbeteringen.yaml')).toBe(readFileSync(join(ROOT, 'content/verbeteringen.yaml'), 'utf8'));
  });
});
