/**
 * Cuts a stretch out of an MP3 without re-encoding: the frames that hold it
 * are copied as they are, behind a new Xing/Info frame (./info-frame) whose LAME fields tell
 * the decoder how many samples to skip at the start and drop at the end, so
 * the clip plays exactly `from`–`to` of the recording (to the sample, in
 * decoders that honour the LAME tag: Chromium, Firefox, Safari, ffmpeg).
 *
 * Why frames are copied from before `from`: a Layer III frame may keep part
 * of its audio data in the frames before it (the bit reservoir,
 * `main_data_begin`), and the decoder's first frame after a cut has no
 * previous frame to overlap with. The clip therefore starts a few frames
 * early (the warm-up), and the encoder-delay field skips them: what a
 * listener hears starts on the exact sample, without a click.
 */
// With its extension, so maintainer tools run it in Node directly (tools/bench.ts).
import { DECODER_DELAY, Mp3Error, playedSeconds, type Frame, type Mp3 } from './frames.ts';
import { concat } from './bytes.ts';
import { BITRATES, frameBytes, infoFrame, MAX_FIELD } from './info-frame.ts';

/** Whole frames decoded before the first frame the clip needs (overlap and the synthesis filter bank). */
const WARM_UP = 2;

export interface Clip {
  bytes: Uint8Array<ArrayBuffer>;
  /** Seconds the clip plays. */
  seconds: number;
}

/** The bytes a frame keeps for audio data (its own and the reservoir of the frames after it). */
const mainDataBytes = (frame: Frame) => frame.data.length - frame.headerBytes - frame.sideInfoBytes;

/** The first frame whose bytes a frame's audio data starts in (the bit reservoir). */
export function reservoirStart(frames: readonly Frame[], index: number): number {
  let need = frames[index]!.mainDataBegin;
  let at = index;
  while (need > 0 && at > 0) {
    at -= 1;
    need -= mainDataBytes(frames[at]!);
  }
  return at;
}

export function cutMp3(mp3: Mp3, from: number, to: number): Clip {
  const { frames, sampleRate: rate, samplesPerFrame: spf } = mp3;
  const total = frames.length * spf - mp3.skipEnd;
  // Samples of the decoder's output (every frame decoded, nothing skipped).
  const first = Math.round(from * rate) + mp3.skipStart;
  const end = Math.min(total, Math.round(to * rate) + mp3.skipStart);
  if (!(end > first)) throw new Mp3Error(`het stuk ${from}–${to} s ligt niet in de opname (${playedSeconds(mp3).toFixed(3)} s)`);

  const needed = Math.floor(first / spf);
  const last = Math.ceil(end / spf) - 1;
  // Frames to decode before `needed`: the warm-up frames and the reservoir each of them reads from.
  let start = needed;
  for (let i = Math.max(0, needed - WARM_UP); i <= needed; i++) start = Math.min(start, reservoirStart(frames, i));
  // The delay field can skip at most 4095 + 529 samples. When the reservoir reaches further back
  // (common in VBR after a pause, where small frames lend their bytes to the speech that follows),
  // the bytes the first frames read from go into one silent frame before them (reservoirCarrier).
  let carrier: Uint8Array | undefined;
  if (first - start * spf > MAX_FIELD + DECODER_DELAY) {
    start = Math.max(0, needed - WARM_UP);
    carrier = reservoirCarrier(frames, start, last);
    if (first - (start - (carrier ? 1 : 0)) * spf > MAX_FIELD + DECODER_DELAY) {
      throw new Mp3Error('de frames van deze opname lenen te veel van elkaar (bit reservoir) om zonder opnieuw coderen exact te knippen');
    }
  }
  const skip = first - start * spf + (carrier ? spf : 0);
  const copied = frames.slice(start, last + 1);
  const body: { data: Uint8Array }[] = carrier ? [{ data: carrier }, ...copied] : copied;
  const length = end - first;
  const seconds = length / rate;
  if (skip < DECODER_DELAY) {
    // The start of a recording without a delay to skip: the frames as they are
    // (without a tag a decoder skips nothing; the end may run on to the frame's end).
    return { bytes: concat(body.map((f) => f.data)), seconds: (body.length * spf) / rate };
  }
  const padding = body.length * spf + DECODER_DELAY - skip - length;
  const audio = concat(body.map((f) => f.data));
  const tag = infoFrame(copied[0]!, rate, { frames: body.map((f) => f.data.length), audio, gapless: { delay: skip - DECODER_DELAY, padding }, constant: mp3.bitrate !== undefined });
  return { bytes: concat([tag, audio]), seconds };
}

/**
 * A silent frame that carries the bit reservoir the frames from `start` on
 * read from: its side information is zero (no audio data of its own, so a
 * decoder plays silence, one frame that the clip's delay skips), and the end
 * of its main data holds the bytes before `start` that those frames reach
 * back into. A decoder keeps the unread end of a frame as the reservoir for
 * the next (ISO 11172-3; ffmpeg keeps up to 512 bytes, the most a Layer III
 * frame can reach back), so the copied frames decode as in the recording.
 * Undefined when they reach back into nothing before `start`.
 */
export function reservoirCarrier(frames: readonly Frame[], start: number, last: number): Uint8Array | undefined {
  // Bytes before `start` the frames from `start` on read: each reaches back its main_data_begin, less what lies between.
  let need = 0;
  let between = 0;
  for (let k = start; k <= last && between < 512; k++) {
    need = Math.max(need, frames[k]!.mainDataBegin - between);
    between += mainDataBytes(frames[k]!);
  }
  if (need <= 0) return undefined;
  // The reservoir: the last `need` bytes of the main data of the frames before `start`.
  const reservoir = new Uint8Array(need);
  let filled = 0;
  for (let k = start - 1; k >= 0 && filled < need; k--) {
    const f = frames[k]!;
    const main = f.data.subarray(f.headerBytes + f.sideInfoBytes);
    const take = Math.min(main.length, need - filled);
    reservoir.set(main.subarray(main.length - take), need - filled - take);
    filled += take;
  }
  if (filled < need) return undefined;
  const like = frames[start]!;
  const mpeg1 = (like.data[1]! & 0x18) === 0x18;
  const rate = [44100, 48000, 32000][(like.data[2]! >> 2) & 0x03]! / (mpeg1 ? 1 : (like.data[1]! & 0x18) === 0x10 ? 2 : 4);
  const side = like.sideInfoBytes;
  const table = mpeg1 ? BITRATES.mpeg1 : BITRATES.mpeg2;
  const index = table.findIndex((kbps, i) => i > 0 && frameBytes(mpeg1, kbps, rate) - 4 - side >= need);
  if (index < 1) return undefined;
  const frame = new Uint8Array(frameBytes(mpeg1, table[index]!, rate));
  frame.set(like.data.subarray(0, 4));
  frame[1] = frame[1]! | 0x01; // no CRC
  frame[2] = (index << 4) | (frame[2]! & 0x0c); // bitrate, same sample rate, no padding, not private
  // Side information stays zero: main_data_begin 0, no audio bits in any granule.
  frame.set(reservoir, frame.length - need);
  return frame;
}
