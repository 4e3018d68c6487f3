/**
 * lib/mp3: frames, the bit reservoir, the Info/LAME tag a clip carries, the
 * Info frame a whole recording gets, and the cut itself, on the stand-in
 * recordings and on frames made up here.
 * (That Chromium plays the clips exactly is tests/e2e/clips.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutMp3, reservoirStart } from '../../src/lib/mp3/cut';
import { crc16, lengthFrame, seekTable } from '../../src/lib/mp3/info-frame';
import { concat } from '../../src/lib/mp3/bytes';
import { DECODER_DELAY, Mp3Error, playedSeconds, readInfoTag, readMp3, type Frame } from '../../src/lib/mp3/frames';
import { ROOT } from '../support/paths';

/** 16 s of a stand-in, encoded as tools/make-standin-audio.mjs encodes (tests/fixtures/, not audio/: an editor may replace a recording). */
const STAND_IN = join(ROOT, 'tests/fixtures/stand-in.mp3');
const recording = readMp3(new Uint8Array(readFileSync(STAND_IN)));

describe('reading', () => {
  it('finds every frame of a stand-in past its ID3 tag, and its format', () => {
    expect(recording).toMatchObject({ sampleRate: 22_050, samplesPerFrame: 576, bitrate: 48, skipStart: 0, skipEnd: 0 });
    const bytes = recording.frames.reduce((n, f) => n + f.data.length, 0);
    const file = readFileSync(STAND_IN);
    const id3 = 10 + ((file[6]! << 21) | (file[7]! << 14) | (file[8]! << 7) | file[9]!);
    expect(bytes).toBe(file.length - id3);
    expect(playedSeconds(recording)).toBe((recording.frames.length * 576) / 22_050);
  });

  it('reads a variable bitrate file with a LAME tag: the tag frame is not audio, its delay is skipped', () => {
    const vbr = readMp3(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/vbr.mp3'))));
    expect(vbr.bitrate).toBeUndefined();
    expect(vbr.skipStart).toBeGreaterThanOrEqual(DECODER_DELAY);
    expect(playedSeconds(vbr)).toBeCloseTo(2, 1);
  });

  it('refuses what is not MP3', () => {
    expect(() => readMp3(new TextEncoder().encode('WEBVTT\n\nniet dit'))).toThrow(Mp3Error);
  });
});

describe('the bit reservoir', () => {
  const frame = (size: number, mainDataBegin: number): Frame => ({ data: new Uint8Array(size), headerBytes: 4, sideInfoBytes: 9, mainDataBegin });

  it('goes back as many frames as the audio data reaches', () => {
    // Each frame has 100 - 13 = 87 bytes of audio data.
    const frames = [frame(100, 0), frame(100, 0), frame(100, 0), frame(100, 150)];
    expect(reservoirStart(frames, 3)).toBe(1);
    expect(reservoirStart(frames, 2)).toBe(2);
    expect(reservoirStart([frame(100, 50), frame(100, 87)], 1)).toBe(0);
  });
});

describe('the cut', () => {
  const clip = cutMp3(recording, 4, 14);
  const read = readMp3(clip.bytes);

  it('lasts the stretch to the sample, by the delay and padding in its own tag', () => {
    expect(clip.seconds).toBe(10);
    expect(playedSeconds(read)).toBe(10);
    const tag = readInfoTag({ data: clip.bytes, headerBytes: 4, sideInfoBytes: 9, mainDataBegin: 0 });
    expect(tag).toEqual({ delay: read.skipStart - DECODER_DELAY, padding: read.skipEnd + DECODER_DELAY });
  });

  it('copies the frames as they are, from a few frames before the start', () => {
    const first = Math.floor((4 * 22_050) / 576);
    const last = Math.ceil((14 * 22_050) / 576) - 1;
    const from = last + 1 - read.frames.length;
    expect(from).toBeLessThan(first);
    expect(first - from).toBeLessThanOrEqual(8);
    read.frames.forEach((f, i) => expect(f.data).toEqual(recording.frames[from + i]!.data));
  });

  it('starts the warm-up early enough for the reservoir of every frame it decodes', () => {
    const first = Math.floor((4 * 22_050) / 576);
    const from = first - (read.skipStart - ((4 * 22_050) % 576)) / 576;
    expect(Number.isInteger(from)).toBe(true);
    expect(reservoirStart(recording.frames, first)).toBeGreaterThanOrEqual(from);
    expect(reservoirStart(recording.frames, first - 1)).toBeGreaterThanOrEqual(from);
  });

  it('refuses a stretch outside the recording', () => {
    expect(() => cutMp3(recording, 30, 40)).toThrow(Mp3Error);
  });
});

describe('the tag', () => {
  it('has a seek table that climbs from 0 to the last frame', () => {
    const table = seekTable([100, 100, 100, 100]);
    expect(table[0]).toBe(0);
    expect(table[50]).toBe(128);
    expect([...table].every((v, i) => i === 0 || v >= table[i - 1]!)).toBe(true);
  });

  it('checks with the CRC-16 LAME uses', () => {
    // CRC-16/ARC of "123456789" is 0xBB3D.
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0xbb3d);
  });
});

describe('the Info frame of a whole recording that has none', () => {
  const file = new Uint8Array(readFileSync(STAND_IN));
  const id3 = 10 + ((file[6]! << 21) | (file[7]! << 14) | (file[8]! << 7) | file[9]!);
  const audio = file.subarray(id3);
  const frame = lengthFrame(audio);
  const framed = readMp3(concat([frame, audio]));

  it('is one frame, read as a tag and not as audio: the same frames follow', () => {
    expect(recording.tagged).toBe(false);
    expect(framed.tagged).toBe(true);
    expect(framed.frames.map((f) => f.data)).toEqual(recording.frames.map((f) => f.data));
  });

  it('says how many frames and bytes follow ("Info": a constant bitrate)', () => {
    // MPEG-2 mono: 4 header bytes and 9 of side information before the tag.
    const view = new DataView(frame.buffer, frame.byteOffset);
    expect(new TextDecoder().decode(frame.subarray(13, 17))).toBe('Info');
    expect(view.getUint32(13 + 8)).toBe(recording.frames.length);
    expect(view.getUint32(13 + 12)).toBe(frame.length + audio.length);
  });

  it('has no LAME fields, so a decoder skips nothing: the recording plays as long as without it', () => {
    expect(new TextDecoder().decode(frame.subarray(13 + 120, 13 + 124))).not.toBe('LAME');
    expect([framed.skipStart, framed.skipEnd]).toEqual([0, 0]);
    expect(playedSeconds(framed)).toBe(playedSeconds(recording));
  });

  it('is not added to a file that opens with one', () => {
    const clip = cutMp3(recording, 4, 14).bytes;
    expect(lengthFrame(clip)).toHaveLength(0);
    expect(lengthFrame(concat([frame, audio]))).toHaveLength(0);
  });
});
