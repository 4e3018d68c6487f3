/**
 * The stand-in recordings say what they are wherever they play or are
 * described: next to every player, on the story pages and /luisteren/, in the
 * transcripts, on the social cards and in the search records; nothing calls a
 * stand-in an interview with the people named. Switching a story's
 * `recordingKind` switches every label (one fixture build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../support/fixture';
import { recordingFindings, storyRecordings } from '../support/recordings';
import { pageHtml } from '../support/site';
import { DIST, ROOT } from '../support/paths';
import { pngTexts } from '../../src/build/png-text';

describe('the built site', () => {
  const stories = storyRecordings(ROOT);
  const findings = recordingFindings(DIST, stories);

  it('labels every stand-in where it plays and calls none an interview', () => {
    expect(findings.problems).toEqual([]);
    // The check looked at every player, card and fragment record.
    expect(Object.values(findings.players).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2 * stories.flatMap((s) => s.fragments).length);
    expect(findings.cards).toBeGreaterThan(10);
    expect(findings.records).toBe(stories.flatMap((s) => s.fragments).length);
  });

  it('describes the stories and the recordings as the publication does', () => {
    const description = (path: string) => /<meta name="description" content="([^"]*)"/.exec(pageHtml(path))![1]!;
    // Buurt in Bloei is a programme of WIJEindhoven, not a citizens' initiative for young people.
    expect(description('/verhalen/')).not.toMatch(/burgerinitiatieven voor kinderen/i);
    expect(description('/verhalen/')).toContain('Buurt in Bloei (Eindhoven)');
    // Wilma and Patrick are Verbinders, Oussama a coach: not all initiators.
    expect(description('/luisteren/')).not.toMatch(/initiatiefnemers/i);
  });
});

describe('switching one recording to the real interview', () => {
  const fixture = makeFixture();
  afterAll(() => fixture.dispose());
  const story = 'content/stories/jongeren-maken-de-stad.mdx';
  fixture.edit(story, (t) =>
    t
      .replace('recordingKind: voorlopig', 'recordingKind: interview')
      .replace(/(  - id: oude-bakfiets\n)/, '$1    speaker: "Jakob Stolk"\n'),
  );
  fixture.edit('audio/jongeren-maken-de-stad.vtt', (t) => t.replace(/(--> [^\n]+\n)/g, '$1<v Jakob Stolk>'));
  let result: { status: number | null; output: string };
  beforeAll(() => {
    result = fixture.build();
  }, 180_000);
  const dist = join(fixture.dir, 'dist');
  const page = (path: string) => pageHtml(path, dist);

  it('builds, and the same check passes for the new kinds', () => {
    expect(result.status, result.output).toBe(0);
    const findings = recordingFindings(dist, storyRecordings(fixture.dir));
    expect(findings.problems).toEqual([]);
    expect(findings.players['interview']).toBeGreaterThan(0);
    expect(findings.players['voorlopig']).toBeGreaterThan(0);
  });

  it('calls the real recording an interview and names its speakers', () => {
    const html = page('/verhalen/jongeren-maken-de-stad/');
    expect(html).toContain('>Het hele interview</h2>');
    expect(html).not.toContain('recording-note');
    expect(html).toMatch(/<figcaption class="who"[^>]*>Jakob Stolk · Jongeren Maken De Stad/);
    expect(html).toMatch(/<span class="cue-text"[^>]*>Jakob Stolk: /);
    expect(html).toMatch(/id="fragment-oude-bakfiets"[^>]*data-artist="Jongeren Maken De Stad"/);
  });

  it('keeps the stand-in labels on the other stories, and the shared pages say some are stand-ins', () => {
    expect(page('/verhalen/buurt-in-bloei/')).toContain('>De hele opname</h2>');
    expect(page('/luisteren/')).toContain('Een deel van de opnamen is voorlopig');
    expect(page('/colofon/')).toMatch(/De opnamen bij Buurt in Bloei en Het Open Leercentrum en MB Coach zijn voorlopig/);
    expect(pngTexts(readFileSync(join(dist, 'og/luisteren.png')))['Description']).toContain('DEELS VOORLOPIGE OPNAMEN');
  });

  it('the check fails when the content says stand-in and the site does not', () => {
    const stale = storyRecordings(fixture.dir).map((s) => ({ ...s, kind: 'voorlopig' }));
    const { problems } = recordingFindings(dist, stale);
    expect(problems).toContainEqual(expect.stringMatching(/^\/verhalen\/jongeren-maken-de-stad\/#fragment-oude-bakfiets: no stand-in note/));
    expect(problems).toContainEqual(expect.stringMatching(/names Jakob Stolk under the quote/));
    expect(problems).toContainEqual(expect.stringMatching(/a cue names Jakob as speaker/));
    expect(problems).toContainEqual(expect.stringMatching(/search record \/verhalen\/jongeren-maken-de-stad\/#fragment-oude-bakfiets: does not say stand-in/));
    expect(problems).toContainEqual(expect.stringMatching(/jongeren-maken-de-stad\.vtt: names a speaker/));
    expect(problems).toContainEqual(expect.stringMatching(/says “.*Het hele interview.*” while every recording is a stand-in/));
  });
});
