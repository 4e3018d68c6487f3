/**
 * The stand-in recordings say what they are wherever they play or are
 * described: next to every player, on the story pages and /luisteren/, in the
 * transcripts, on the social cards and in the search records; nothing calls a
 * stand-in an interview with the people named. Switching a story's
 * `recordingKind` switches every label: editor-changes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { recordingFindings, storyRecordings } from '../support/recordings';
import { pageHtml } from '../support/site';
import { DIST, ROOT } from '../support/paths';

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
