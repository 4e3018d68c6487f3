/**
 * Every MP3 the site publishes says what it is: the fragments' clips (the
 * podcast's enclosures and the downloads) and the whole recordings carry an
 * ID3 tag with the title, the initiative, the publication, the publisher, the
 * year, the stand-in notice while the recording is `voorlopig`, and the
 * podcast's cover as a small JPEG. Read back from dist/ by music-metadata (an
 * independent reader); every expected value comes from content/ (front
 * matter, content/updates) or is written out here, never from the code that
 * writes the tag. Behind the tag the audio is untouched: a clip's frames are
 * the cut's (Info frame included), a recording's are those of its file in
 * audio/, behind a Xing/Info frame that gives its length (which
 * music-metadata reads back). That the clips still decode to exactly their
 * fragment, and the recordings to their own samples: tests/e2e/clips.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuffer, type IAudioMetadata } from 'music-metadata';
import sharp from 'sharp';
import { cutMp3 } from '../../src/lib/mp3/cut';
import { playedSeconds, readMp3 } from '../../src/lib/mp3/frames';
import { fragmentFacts, frontMatter, storyFacts } from '../support/content';
import { DIST, ROOT } from '../support/paths';

const PUBLICATION = 'Burgerinitiatieven en wijkteams';
const PUBLISHER = 'Nederlands Jeugdinstituut';
const NOTICE = 'Voorlopige opname: een computerstem leest de tekst van het verhaal voor.';

/** The size of an ID3v2 tag at the start of a file (header and body), read here from its header; 0 without one. */
function id3Size(bytes: Uint8Array): number {
  if (String.fromCharCode(...bytes.subarray(0, 3)) !== 'ID3') return 0;
  return 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!) + (bytes[5]! & 0x10 ? 10 : 0);
}
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
const read = (path: string) => new Uint8Array(readFileSync(path));

function mp3sUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mp3sUnder(path) : name.toLowerCase().endsWith('.mp3') ? [relative(DIST, path)] : [];
  });
}

const stories = new Map(
  storyFacts().map((s) => {
    const data = frontMatter(`content/stories/${s.id}.mdx`) as { recording: string; recordingKind: string };
    return [s.id, { ...s, recording: data.recording, kind: data.recordingKind }];
  }),
);
const fragments = fragmentFacts();
/** The year the edition appeared: its oldest entry in content/updates. */
const year = Math.min(
  ...readdirSync(join(ROOT, 'content/updates'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => new Date(String(frontMatter(`content/updates/${f}`)['date'])).getUTCFullYear()),
);

const recordings = new Map<string, ReturnType<typeof readMp3>>();
const recording = (file: string) => recordings.get(file) ?? recordings.set(file, readMp3(read(join(ROOT, 'audio', file)))).get(file)!;
/** The feed's cover (3000 px), scaled down to a size, as raw pixels. */
const feedCovers = new Map<number, Promise<Buffer>>();
const feedCover = (size: number) =>
  feedCovers.get(size) ?? feedCovers.set(size, sharp(join(DIST, 'luisteren/podcast.jpg')).resize(size, size).removeAlpha().raw().toBuffer()).get(size)!;

interface Expected {
  file: string;
  title: string;
  story: { initiative: string; kind: string };
  /** The audio the frames behind the tag must be, byte for byte. */
  audio: () => Uint8Array;
  /** A whole recording from audio/: behind the tag, a Xing/Info frame first. */
  whole?: string;
}

const expected: Expected[] = [
  ...fragments.map((f) => {
    const story = stories.get(f.story)!;
    return {
      file: `audio/fragmenten/${f.id}.mp3`,
      title: f.quote,
      story,
      audio: () => cutMp3(recording(f.recording), f.start, f.end).bytes,
    };
  }),
  ...[...stories.values()].map((s) => ({
    file: `audio/${s.recording}`,
    title: `${s.kind === 'voorlopig' ? 'De hele opname' : 'Het hele interview'}: ${s.initiative}`,
    story: s,
    audio: () => {
      const source = read(join(ROOT, 'audio', s.recording));
      return source.subarray(id3Size(source));
    },
    whole: s.recording,
  })),
];

const tagsOf = (bytes: Uint8Array): Promise<IAudioMetadata> =>
  parseBuffer(bytes.subarray(0, id3Size(bytes) + 4096), { mimeType: 'audio/mpeg' }, { duration: false });

describe('the MP3s of the built site', () => {
  it('are every clip and every recording, and nothing else', () => {
    expect(mp3sUnder(join(DIST, 'audio')).sort()).toEqual(expected.map((e) => e.file).sort());
    expect(mp3sUnder(DIST).sort()).toEqual(expected.map((e) => e.file).sort());
  });

  describe.each(expected)('$file', ({ file, title, story, audio, whole }) => {
    const bytes = read(join(DIST, file));

    it('says what it is: title, initiative, publication, publisher, year, and the notice while the recording is a stand-in', async () => {
      const { common, native, format } = await tagsOf(bytes);
      expect(format.tagTypes).toEqual(['ID3v2.3']);
      expect(common.title).toBe(title);
      const standIn = story.kind === 'voorlopig';
      expect(common.artist).toBe(standIn ? `${story.initiative} · voorlopige opname (computerstem)` : story.initiative);
      expect(common.album).toBe(PUBLICATION);
      expect(common.label).toEqual([PUBLISHER]);
      expect(common.year).toBe(year);
      expect(common.comment?.map((c) => c.text)).toEqual(standIn ? [NOTICE] : undefined);
      // Only our frames: no encoder's or producer's tag left over (LAME's "(synthetic stand-in)" title, TSSE).
      expect(native['ID3v2.3']!.map((t) => t.id).sort()).toEqual(['APIC', 'TALB', 'TIT2', 'TPE1', 'TPUB', 'TYER', ...(standIn ? ['COMM'] : [])].sort());
    });

    it('carries the podcast’s cover as a small JPEG (the front cover, 300–600 px, under 40 KB)', async () => {
      const { common } = await tagsOf(bytes);
      expect(common.picture).toHaveLength(1);
      const picture = common.picture![0]!;
      expect([picture.format, picture.type]).toEqual(['image/jpeg', 'Cover (front)']);
      const { format, width, height } = await sharp(picture.data).metadata();
      expect(format).toBe('jpeg');
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(300);
      expect(width).toBeLessThanOrEqual(600);
      expect(picture.data.length).toBeLessThan(40_000);
      // The same design as the feed's cover: that cover scaled down differs by a few levels at most, on average.
      const small = await sharp(picture.data).removeAlpha().raw().toBuffer();
      const large = await feedCover(width!);
      const difference = small.reduce((sum, v, i) => sum + Math.abs(v - large[i]!), 0) / small.length;
      expect(difference).toBeLessThan(4);
    });

    it(whole ? 'has, behind the tag, one Xing/Info frame and then exactly the recording’s audio' : 'has, behind the tag, exactly the audio it had without one', () => {
      const behind = bytes.subarray(id3Size(bytes));
      const untagged = audio();
      const extra = whole ? behind.length - untagged.length : 0;
      if (whole) {
        // One MPEG frame (its sync word first) with the tag after its header and side information.
        expect([behind[0], behind[1]! & 0xe0], 'an MPEG frame first').toEqual([0xff, 0xe0]);
        expect(['Info', 'Xing']).toContain(new TextDecoder().decode(behind.subarray(13, 17)));
        expect(extra, 'one frame of at most 1,441 bytes').toBeLessThanOrEqual(1441);
      }
      expect(behind.length - extra, 'bytes of audio').toBe(untagged.length);
      expect(same(behind.subarray(extra), untagged), 'the same bytes').toBe(true);
    });

    if (whole) {
      it('gives its length in that frame: music-metadata reads the duration the build counts from the frames', async () => {
        const { format } = await parseBuffer(bytes, { mimeType: 'audio/mpeg' }, { duration: false });
        expect(format.duration).toBeCloseTo(playedSeconds(recording(whole)), 6);
      });
    }
  });
});
