/**
 * Every published MP3 with its ID3 tag (lib/audio-tags, lib/mp3/id3): the
 * fragments' clips (src/build/clips.ts puts the tag in front of the cut) and
 * the whole recordings, whose own tags (the encoder's, a producer's) are
 * replaced in the copy in dist/; the files in audio/ are never changed. No
 * audio byte changes: decoders skip the tag, the frames behind it are the
 * recording's (tests/build/audio-tags.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audioFolder } from 'virtual:nji/audio';
import { audioTags } from '../lib/audio-tags';
import { withId3, type Id3Tags } from '../lib/mp3/id3';
import { getPublication, type FragmentInfo, type InterviewInfo } from './content';
import { getTagCover } from './podcast-cover';
import { perBuild } from './per-build';

/** The tags of a fragment's clip or a whole recording. */
export async function tagsOf(stretch: FragmentInfo | InterviewInfo): Promise<Id3Tags> {
  const [publication, cover] = await Promise.all([getPublication(), getTagCover()]);
  return audioTags(stretch, publication.updates.at(-1)?.data.date, cover);
}

/**
 * Each story's whole recording as the site publishes it, by file name in
 * audio/: its frames behind our tag. A recording two stories share is tagged
 * for the first in publication order.
 */
export const getRecordingFiles = perBuild(async (): Promise<Map<string, Uint8Array<ArrayBuffer>>> => {
  const { interviews } = await getPublication();
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const whole of interviews.values()) {
    const name = whole.recording.file;
    if (files.has(name)) continue;
    files.set(name, withId3(new Uint8Array(readFileSync(join(audioFolder, name))), await tagsOf(whole)));
  }
  return files;
});
