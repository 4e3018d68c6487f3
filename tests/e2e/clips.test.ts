/**
 * The fragments' clips and the recordings, decoded by Chromium (Web Audio,
 * at the files' own sample rate, so nothing is resampled): each clip lasts
 * its fragment to within one MP3 frame, its first sample is the recording's
 * sample at the fragment's start, and it holds the recording's samples from
 * there on (no click, nothing missing). A cut in the middle of speech, where
 * a click would be heard, is made and checked the same way. The duration the
 * build reads from a recording's frames is what Chromium decodes, and a
 * published recording decodes to the samples of its file in audio/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/e2e';
import { fragmentFacts } from '../support/content';
import { DIST, ROOT } from '../support/paths';
import { cutMp3 } from '../../src/lib/mp3/cut';
import { playedSeconds, readMp3 } from '../../src/lib/mp3/frames';
import { parseVtt } from '../../src/lib/webvtt';

const fragments = fragmentFacts();
const recordings = [...new Set(fragments.map((f) => f.recording))];

/*
 * Tolerances, in what decoding can tell:
 * - ONE_FRAME: the issue's bound for a clip's length, one MP3 frame (576
 *   samples at the stand-ins' 22.05 kHz; the clips are in fact exact).
 * - SAME_SAMPLE: two decodings of the same frames differ by rounding only;
 *   one 16-bit step is 3.05e-5, so 1e-4 is three steps. A click, a missing
 *   frame or a shift by even one sample in speech is orders of magnitude more.
 */
const SAME_SAMPLE = 1e-4;

const site = useSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(site.url('/'));
});

const rateOf = (bytes: Uint8Array) => readMp3(bytes).sampleRate;

interface Comparison {
  /** Samples the clip decodes to, and the recording. */
  length: number;
  recordingLength: number;
  /** The largest difference between the clip and the recording from `start` on; and from one sample later. */
  difference: number;
  oneLate: number;
  /** The loudest of the recording's first 10 ms from `start`. */
  loud: number;
}

/**
 * Decodes a clip (a URL on the site, or bytes) and a recording in Chromium at
 * their own sample rate, and compares them in the page, from `start` (a
 * sample of the recording) on: only the figures come back.
 */
async function compare(clip: string | Uint8Array, recording: string | Uint8Array, start: number, rate: number): Promise<Comparison> {
  return page.evaluate(
    async ({ clip, recording, start, rate }) => {
      const w = window as unknown as { decoded?: Map<string, Float32Array> };
      w.decoded ??= new Map();
      const decode = async (data: ArrayBuffer) => (await new OfflineAudioContext(1, 1, rate).decodeAudioData(data)).getChannelData(0);
      // A URL on the site, or bytes passed in as "data:" and base64 (the page's CSP does not fetch data: URLs).
      const fetched = async (url: string) =>
        url.startsWith('data:') ? Uint8Array.from(atob(url.slice(5)), (c) => c.charCodeAt(0)).buffer : (await fetch(url)).arrayBuffer();
      if (!w.decoded.has(recording)) w.decoded.set(recording, await decode(await fetched(recording)));
      const whole = w.decoded.get(recording)!;
      const samples = await decode(await fetched(clip));
      const differenceFrom = (at: number) => {
        let largest = 0;
        for (let i = 0; i < samples.length; i++) largest = Math.max(largest, Math.abs(samples[i]! - (whole[at + i] ?? 0)));
        return largest;
      };
      let loud = 0;
      for (let i = start; i < start + rate / 100; i++) loud = Math.max(loud, Math.abs(whole[i] ?? 0));
      return { length: samples.length, recordingLength: whole.length, difference: differenceFrom(start), oneLate: differenceFrom(start + 1), loud };
    },
    { clip: typeof clip === 'string' ? clip : `data:${Buffer.from(clip).toString('base64')}`, recording: typeof recording === 'string' ? recording : `data:${Buffer.from(recording).toString('base64')}`, start, rate },
  );
}

const audioFile = (...path: string[]) => new Uint8Array(readFileSync(join(DIST, 'audio', ...path)));

describe('recordings', () => {
  it.each(recordings)(
    '%s: the duration the build reads from its frames is what Chromium decodes; as published (behind a Xing/Info frame, src/build/audio-tags.ts) it decodes to the same samples',
    async (file) => {
      const source = new Uint8Array(readFileSync(join(ROOT, 'audio', file)));
      const mp3 = readMp3(source);
      // The file in audio/ against the published one (which stays decoded in the page for the clips below).
      const found = await compare(source, `/audio/${file}`, 0, mp3.sampleRate);
      // Exact here; the bound is one frame.
      expect(Math.abs(playedSeconds(mp3) * mp3.sampleRate - found.length)).toBeLessThanOrEqual(mp3.samplesPerFrame);
      // Not one sample more or less (LAME fields in that frame would skip 529), and the same sound.
      expect(found.recordingLength).toBe(found.length);
      expect(found.difference).toBeLessThanOrEqual(SAME_SAMPLE);
    },
  );
});

describe.each(fragments)('clip of $id', (f) => {
  it('lasts the fragment, starts on its first sample and holds the recording from there, without a click', async () => {
    const clip = readMp3(audioFile('fragmenten', `${f.id}.mp3`));
    const rate = clip.sampleRate;
    const found = await compare(`/audio/fragmenten/${f.id}.mp3`, `/audio/${f.recording}`, Math.round(f.start * rate), rate);
    expect(Math.abs(found.length - (f.end - f.start) * rate)).toBeLessThanOrEqual(clip.samplesPerFrame);
    expect(found.difference).toBeLessThanOrEqual(SAME_SAMPLE);
  });

  it('has its transcript in its own time', () => {
    const cues = parseVtt(readFileSync(join(DIST, 'audio/fragmenten', `${f.id}.vtt`), 'utf8'));
    const all = parseVtt(readFileSync(join(DIST, 'audio', f.recording.replace(/\.mp3$/, '.vtt')), 'utf8'));
    const inside = all.filter((c) => c.end > f.start && c.start < f.end);
    expect(cues.map((c) => c.text)).toEqual(inside.map((c) => c.text));
    expect(cues[0]!.start).toBeCloseTo(Math.max(0, inside[0]!.start - f.start), 3);
    expect(cues.at(-1)!.end).toBeLessThanOrEqual(f.end - f.start);
  });
});

describe('a cut in the middle of speech', () => {
  it('starts on the exact sample, without a click, where a wrong cut would be heard', async () => {
    const f = fragments[0]!;
    const bytes = audioFile(f.recording);
    const cues = parseVtt(readFileSync(join(DIST, 'audio', f.recording.replace(/\.mp3$/, '.vtt')), 'utf8'));
    // Halfway through a spoken sentence, off any frame boundary.
    const cue = cues[2]!;
    const from = Math.round(((cue.start + cue.end) / 2) * 1000) / 1000 + 0.0071;
    const to = from + 3;
    const rate = rateOf(bytes);
    const start = Math.round(from * rate);
    const found = await compare(cutMp3(readMp3(bytes), from, to).bytes, `/audio/${f.recording}`, start, rate);
    // There is sound at the cut: a click or a shift would show.
    expect(found.loud).toBeGreaterThan(100 * SAME_SAMPLE);
    expect(found.length).toBe(Math.round(to * rate) - start);
    expect(found.difference).toBeLessThanOrEqual(SAME_SAMPLE);
    // A cut one sample late would not pass.
    expect(found.oneLate).toBeGreaterThan(SAME_SAMPLE);
  });
});

describe('a cut where the bit reservoir reaches back further than the delay can skip (VBR after a pause)', () => {
  it('decodes to the recording’s samples, through the silent frame that carries the reservoir', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/vbr.mp3')));
    const mp3 = readMp3(bytes);
    const rate = mp3.sampleRate;
    // tests/unit/mp3-reservoir.test.ts: here the old cut gave up; now the clip opens with a carrier frame.
    const from = 1.2;
    const to = 1.7;
    const clip = cutMp3(mp3, from, to);
    expect(readMp3(clip.bytes).frames[0]!.mainDataBegin).toBe(0);
    const start = Math.round(from * rate);
    const found = await compare(clip.bytes, bytes, start, rate);
    expect(found.loud).toBeGreaterThan(100 * SAME_SAMPLE);
    expect(found.length).toBe(Math.round(to * rate) - start);
    expect(found.difference).toBeLessThanOrEqual(SAME_SAMPLE);
    expect(found.oneLate).toBeGreaterThan(SAME_SAMPLE);
  });
});
