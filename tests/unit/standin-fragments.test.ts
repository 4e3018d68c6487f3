/**
 * The stand-in recordings (tools/make-standin-audio.mjs) as the site uses them:
 * a fragment is named by its quote (the player's group, the search record, the
 * podcast episode), so the first sentence a listener hears from the fragment's
 * start is that quote. A real interview may open a fragment otherwise; this
 * holds for the stand-ins (recordingKind: voorlopig).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVtt } from '../../src/lib/webvtt';
import { fragmentFacts } from '../support/content';
import { ROOT } from '../support/paths';

const standIns = fragmentFacts().filter((f) => f.kind === 'voorlopig');
/** The content's quote may leave out the sentence's final full stop; the spoken cue has it. */
const sentence = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[.!?]$/, '');
const cuesOf = (recording: string) => parseVtt(readFileSync(join(ROOT, 'audio', recording.replace(/\.mp3$/, '.vtt')), 'utf8'));

describe.skipIf(!standIns.length)('stand-in recordings', () => {
  it.each(standIns)('fragment $id opens with its quote', (f) => {
    const first = cuesOf(f.recording).find((c) => c.start >= f.start);
    expect(first, `no cue after ${f.start} s in ${f.recording}`).toBeDefined();
    expect(sentence(first!.text)).toBe(sentence(f.quote));
    expect(first!.start - f.start).toBeLessThan(1);
  });

  it('gives every fragment the times the generator wrote in audio/fragments.json', () => {
    const generated = JSON.parse(readFileSync(join(ROOT, 'audio/fragments.json'), 'utf8')) as Record<string, { story: string; start: number; end: number }>;
    expect(standIns.map((f) => ({ id: f.id, story: f.story, start: f.start, end: f.end }))).toEqual(
      standIns.map((f) => ({ id: f.id, ...generated[f.id] })),
    );
  });
});
