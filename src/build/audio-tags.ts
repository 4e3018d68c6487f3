/**
 * Every published MP3 with its ID3 tag (lib/audio-tags, lib/mp3/id3): the
 * fragments' clips (src/build/clips.ts puts the tag in front of the cut) and
 * the whole recordings, whose own tags (the encoder's, a producer's) are
 * replaced in the copy in dist/; the files in audio/ are never changed. No
 * audio byte changes: decoders skip the tag, the frames behind it are the
 * recording's (tests/build/audio-tags.test.ts). A recording without a
 * Xing/Info frame gets one in front of its frames (lib/mp3/info-frame: so
 * WebKit knows its length at once and can seek in it), without LAME fields,
 * so every decoder plays the same samples (tests/e2e/clips.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audioFolder } from 'virtual:nji/audio';
import { audioTags } from '../lib/audio-tags';
import { audioRange, prependId3, type Id3Tags } from '../lib/mp3/id3';
import { lengthFrame } from '../lib/mp3/info-frame';
import { concat } from '../lib/mp3/bytes';
import { cachedFile } from './disk-cache';
import { getPublication, type FragmentInfo, type InterviewInfo } from './content';
import { getTagCover } from './podcast-cover';
import { perBuild } from './per-build';

/** Bump when the Info frame (lib/mp3/info-frame) changes, so no older one is read back. */
const INFO_VERSION = 1;

/** The tags of a fragment's clip or a whole recording. */
export async function tagsOf(stretch: FragmentInfo | InterviewInfo): Promise<Id3Tags> {
  const [publication, cover] = await Promise.all([getPublication(), getTagCover()]);
  return audioTags(stretch, publication.updates.at(-1)?.data.date, cover);
}

/**
 * Each story's whole recording as the site publishes it, by file name in
 * audio/: its frames behind our tag, and behind a Xing/Info frame if it had
 * none. A recording two stories share is tagged for the first in publication
 * order.
 */
export const getRecordingFiles = perBuild(async (): Promise<Map<string, Uint8Array<ArrayBuffer>>> => {
  const { interviews } = await getPublication();
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const whole of interviews.values()) {
    const name = whole.recording.file;
    if (files.has(name)) continue;
    const file = new Uint8Array(readFileSync(join(audioFolder, name)));
    const { start, end } = audioRange(file);
    const audio = file.subarray(start, end);
    // Reading the frames takes 0.1–0.3 s a recording: the frame is kept in the disk cache.
    const key = createHash('sha256').update(`${INFO_VERSION}:`).update(audio).digest('hex').slice(0, 32);
    const { bytes: frame } = await cachedFile('clips', `${key}.info`, async () => lengthFrame(audio));
    files.set(name, prependId3(concat([frame, audio]), await tagsOf(whole)));
  }
  return files;
});
