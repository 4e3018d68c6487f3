/**
 * Every fragment as a file of its own: the MP3 clip that holds exactly its
 * stretch of the recording (cut without re-encoding, lib/mp3/cut) and its
 * transcript moved to the clip's time, and in front of it the clip's ID3 tag
 * (src/build/audio-tags.ts). Cut once per build; a cut is kept in
 * the build's disk cache (build/disk-cache.ts, nji-clips/) under a hash of the recording and the times,
 * so a rebuild reads it back instead of cutting again; the tag, which
 * follows the front matter, is put in front at every build (microseconds). The pages in
 * src/pages/audio/fragmenten/ write the files; the podcast feed reads their
 * sizes and lengths here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audioFolder } from 'virtual:nji/audio';
import { ContentError, itemField } from '../lib/content-error';
import { cutMp3 } from '../lib/mp3/cut';
import { prependId3 } from '../lib/mp3/id3';
import { Mp3Error, readMp3, type Mp3 } from '../lib/mp3/frames';
import { stretchVtt } from '../lib/webvtt';
import { formatEditorTime } from '../lib/time';
import { fileOf } from '../lib/publication/order';
import { getPublication, type FragmentInfo } from './content';
import { perBuild } from './per-build';
import { cachedFile } from './disk-cache';
import { tagsOf } from './audio-tags';

/** Bump when the cut changes, so no clip of an older cut is read back. */
const CUT_VERSION = 1;

export interface ClipFile {
  fragment: FragmentInfo;
  /** The file as published: the ID3 tag, then the cut. */
  mp3: Uint8Array<ArrayBuffer>;
  vtt: string;
  /** Seconds the clip plays (the fragment's length, to the sample). */
  seconds: number;
}

function readRecording(name: string): { bytes: Uint8Array; hash: string; mp3?: Mp3 } {
  const bytes = new Uint8Array(readFileSync(join(audioFolder, name)));
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

async function cutAll(): Promise<Map<string, ClipFile>> {
  const { fragmentOrder } = await getPublication();
  const started = performance.now();
  let cut = 0;
  const recordings = new Map<string, ReturnType<typeof readRecording>>();
  const clips = new Map<string, ClipFile>();
  for (const fragment of fragmentOrder) {
    const name = fragment.recording.file;
    const recording = recordings.get(name) ?? readRecording(name);
    recordings.set(name, recording);
    const key = createHash('sha256').update(`${CUT_VERSION}:${recording.hash}:${fragment.from}:${fragment.to}`).digest('hex').slice(0, 32);
    const { bytes: audio, reused } = await cachedFile('clips', `${key}.mp3`, async () => {
      try {
        recording.mp3 ??= readMp3(recording.bytes);
        return cutMp3(recording.mp3, fragment.from, fragment.to).bytes;
      } catch (error) {
        if (!(error instanceof Mp3Error)) throw error;
        const index = fragment.story.data.fragments.findIndex((f) => f.id === fragment.id);
        throw new ContentError(
          fileOf(fragment.story, 'stories'),
          itemField('fragment', fragment.id, index),
          `het fragment “${fragment.id}” (${formatEditorTime(fragment.from)}–${formatEditorTime(fragment.to)}) kan niet uit audio/${name} worden geknipt: ${error.message}. ` +
            'Lever de opname aan als MP3 met een vaste bitrate (CBR), zie de redactiehandleiding, 5.5.',
        );
      }
    });
    if (!reused) cut += 1;
    clips.set(fragment.id, {
      fragment,
      mp3: prependId3(audio, await tagsOf(fragment)),
      vtt: stretchVtt(fragment.recording.cues, fragment.from, fragment.to),
      seconds: fragment.seconds,
    });
  }
  if (!import.meta.env.DEV) {
    console.info(`[nji-clips] ${clips.size} clips: ${cut} cut, ${clips.size - cut} from cache, in ${Math.round(performance.now() - started)} ms`);
  }
  return clips;
}

/** Each fragment's clip and transcript, by fragment id, in publication order. */
export const getClips = perBuild(cutAll);
