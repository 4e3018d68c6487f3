/**
 * A clip cut where the bit reservoir reaches further back than the LAME tag's
 * delay can skip (a variable-bitrate recording after a pause: before, such a
 * cut was refused, at three of four sentence starts of a 40-minute VBR
 * interview): the bytes the first frames read from travel in one silent
 * frame before them. Here the layout, on tests/fixtures/vbr.mp3; that
 * Chromium decodes such a clip to the recording's samples is
 * tests/e2e/clips.test.ts (and ffmpeg did so for the 40-minute interview).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutMp3, reservoirCarrier, reservoirStart } from '../../src/lib/mp3/cut';
import { playedSeconds, readInfoTag, readMp3 } from '../../src/lib/mp3/frames';
import { ROOT } from '../support/paths';

const vbr = readMp3(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/vbr.mp3'))));
const main = (data: Uint8Array, headerBytes: number, side: number) => data.subarray(headerBytes + side);

describe('a cut whose reservoir reaches too far back for the delay field', () => {
  const from = 1.2;
  const to = 1.7;
  const clip = cutMp3(vbr, from, to);
  const read = readMp3(clip.bytes);
  const spf = vbr.samplesPerFrame;
  const needed = Math.floor((Math.round(from * vbr.sampleRate) + vbr.skipStart) / spf);

  it('is a case the delay alone cannot reach: the reservoir of the first frames starts more than 4095 + 529 samples back', () => {
    const start = Math.min(...[needed - 2, needed - 1, needed].map((i) => reservoirStart(vbr.frames, i)));
    expect(Math.round(from * vbr.sampleRate) + vbr.skipStart - start * spf).toBeGreaterThan(4095 + 529);
  });

  it('lasts the stretch to the sample', () => {
    expect(clip.seconds).toBeCloseTo(to - from, 6);
    expect(playedSeconds(read)).toBeCloseTo(to - from, 6);
    expect(readInfoTag({ data: clip.bytes, headerBytes: 4, sideInfoBytes: 9, mainDataBegin: 0 })).toEqual({ delay: read.skipStart - 529, padding: read.skipEnd + 529 });
  });

  it('opens with a silent frame that carries the reservoir, then the frames as they are', () => {
    const [carrier, ...copied] = read.frames;
    const start = needed - 2;
    copied.forEach((f, i) => expect(f.data).toEqual(vbr.frames[start + i]!.data));
    // Silent: no audio data of its own.
    expect(carrier!.mainDataBegin).toBe(0);
    expect([...carrier!.data.subarray(4, 4 + carrier!.sideInfoBytes)].every((b) => b === 0)).toBe(true);
    // Its main data ends with the bytes before `start` that the copied frames read.
    const before = Buffer.concat(vbr.frames.slice(0, start).map((f) => main(f.data, f.headerBytes, f.sideInfoBytes)));
    const need = copied[0]!.mainDataBegin;
    expect(Buffer.from(carrier!.data.subarray(carrier!.data.length - need))).toEqual(before.subarray(before.length - need));
    expect(carrier!.data).toEqual(reservoirCarrier(vbr.frames, start, vbr.frames.length - 1) ?? carrier!.data);
  });

  it('every start of the fixture can be cut now', () => {
    const failed: number[] = [];
    for (let s = 0.1; s < playedSeconds(vbr) - 0.3; s += 0.1) {
      try {
        cutMp3(vbr, s, s + 0.2);
      } catch {
        failed.push(s);
      }
    }
    expect(failed).toEqual([]);
  });
});
