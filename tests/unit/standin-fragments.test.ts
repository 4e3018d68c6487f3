/**
 * The stand-in recordings as tools/make-standin-audio.mjs made them: each
 * fragment of a spec (tools/standin-audio/<story>.txt) is a stretch in
 * audio/fragments.json that opens with the spec's quote (the first sentence a
 * listener hears is the one the player, search and the podcast name it by)
 * and cuts no sentence of the transcript. This holds the generator's output
 * to its own spec, not to the stories: an editor may move a fragment's times,
 * change its quote, add fragments or replace the recording (recordingKind:
 * interview), and the build's own warnings (quote-times, cue-cuts) speak to
 * those. A story whose front matter no longer says `voorlopig` is not a
 * stand-in any more and is left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVtt } from '../../src/lib/webvtt';
import { cueCuts } from '../../src/lib/publication/cue-cuts';
import { frontMatter } from '../support/content';
import { ROOT } from '../support/paths';

interface SpecFragment {
  id: string;
  story: string;
  quote: string;
}

/** The fragments of a spec: `[fragment <id> <m:ss>]` followed, somewhere before `[/fragment]`, by its `* <quote>` line. */
function specFragments(story: string, spec: string): SpecFragment[] {
  const out: SpecFragment[] = [];
  let open: string | undefined;
  for (const line of spec.split('\n')) {
    const start = /^\[fragment (\S+) /.exec(line);
    if (start) open = start[1];
    else if (line.startsWith('* ') && open) out.push({ id: open, story, quote: line.slice(2).trim() });
    else if (line.startsWith('[/fragment]')) open = undefined;
  }
  return out;
}

const SPECS = join(ROOT, 'tools/standin-audio');
const standIns = readdirSync(SPECS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .filter((story) => existsSync(join(ROOT, 'content/stories', `${story}.mdx`)))
  .filter((story) => frontMatter(`content/stories/${story}.mdx`)['recordingKind'] === 'voorlopig');
const fragments = standIns.flatMap((story) => specFragments(story, readFileSync(join(SPECS, `${story}.txt`), 'utf8')));
const generated = JSON.parse(readFileSync(join(ROOT, 'audio/fragments.json'), 'utf8')) as Record<string, { story: string; start: number; end: number }>;
/** The spec's quote as the transcript has it, without its final stop. */
const sentence = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[.!?]$/, '');
const cuesOf = (story: string) => parseVtt(readFileSync(join(ROOT, 'audio', `${story}.vtt`), 'utf8'));

it('reads a spec’s fragments and their quotes', () => {
  const spec = 'title: x\nIntro.\n[fragment een 0:05]\n* Het citaat.\nMeer.\n[/fragment]\n* Geen fragment.\n[fragment twee 1:00]\nZin.\n* Later citaat.\n[/fragment]\n';
  expect(specFragments('s', spec)).toEqual([
    { id: 'een', story: 's', quote: 'Het citaat.' },
    { id: 'twee', story: 's', quote: 'Later citaat.' },
  ]);
});

// Skipped only when every story has its real interview: then there is no stand-in left to hold to its spec.
describe.skipIf(!fragments.length)('stand-in recordings', () => {
  it.each(fragments)('fragment $id of $story: the generator’s stretch opens with the spec’s quote and cuts no sentence', (f) => {
    const stretch = generated[f.id];
    expect(stretch, `audio/fragments.json has no fragment ${f.id}`).toMatchObject({ story: f.story });
    const cues = cuesOf(f.story);
    const first = cues.find((c) => c.start >= stretch!.start);
    expect(first, `no cue after ${stretch!.start} s in audio/${f.story}.vtt`).toBeDefined();
    expect(sentence(first!.text)).toBe(sentence(f.quote));
    expect(first!.start - stretch!.start).toBeLessThan(1);
    expect(cueCuts(stretch!.start, stretch!.end, cues)).toEqual([]);
  });
});
