/**
 * Cuts a stretch out of an MP3 without re-encoding: the frames that hold it
 * are copied as they are, behind a new Xing/Info frame whose LAME fields tell
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

/** The LAME tag's delay and padding fields have 12 bits each. */
const MAX_FIELD = 4095;
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
  const tag = infoFrame(copied[0]!, rate, { frames: body.map((f) => f.data.length), audio, delay: skip - DECODER_DELAY, padding, constant: mp3.bitrate !== undefined });
  return { bytes: concat([tag, audio]), seconds };
}

/** Layer III bitrates (kbit/s) by header index: MPEG-1, and MPEG-2 and 2.5. */
const BITRATES = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};

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

interface InfoFields {
  /** Bytes of each audio frame. */
  frames: readonly number[];
  audio: Uint8Array;
  delay: number;
  padding: number;
  /** A constant bitrate ("Info" tag) or not ("Xing"). */
  constant: boolean;
}


/** Bytes of a Layer III frame without padding. */
const frameBytes = (mpeg1: boolean, kbps: number, rate: number) => Math.floor(((mpeg1 ? 144_000 : 72_000) * kbps) / rate);

/**
 * A silent frame with the Xing tag ("Info" for a constant bitrate) and a
 * LAME extension, laid out as LAME writes it (flags, frame count, byte count,
 * a 100-entry seek table, quality; then the LAME fields at 120 bytes after
 * the tag): encoder delay and padding, music length and both CRCs. Its header is
 * the clip's first frame's, without CRC protection or padding, with a higher
 * bitrate if the frame is too small for the tag (as LAME does); its side
 * information is zero, so a decoder that does not know the tag plays one
 * frame of silence.
 */
export function infoFrame(like: Frame, rate: number, fields: InfoFields): Uint8Array {
  const mpeg1 = (like.data[1]! & 0x18) === 0x18;
  const tag = 4 + like.sideInfoBytes;
  const lame = tag + 120;
  const table = mpeg1 ? BITRATES.mpeg1 : BITRATES.mpeg2;
  const index = table.findIndex((kbps, i) => i >= like.data[2]! >> 4 && frameBytes(mpeg1, kbps, rate) >= lame + 36);
  if (index < 1) throw new Mp3Error('de frames van deze opname zijn te klein voor een Info-frame');
  if (fields.delay > MAX_FIELD || fields.padding > MAX_FIELD) throw new Mp3Error('de overgang van dit stuk valt buiten wat een MP3-tag kan aangeven');
  const size = frameBytes(mpeg1, table[index]!, rate);
  const frame = new Uint8Array(size);
  frame.set(like.data.subarray(0, 4));
  frame[1] = frame[1]! | 0x01; // no CRC
  frame[2] = (index << 4) | (frame[2]! & 0x0c); // bitrate, same sample rate, no padding, not private
  const view = new DataView(frame.buffer);
  frame.set(new TextEncoder().encode(fields.constant ? 'Info' : 'Xing'), tag);
  view.setUint32(tag + 4, 0x0f); // frames, bytes, seek table, quality
  view.setUint32(tag + 8, fields.frames.length);
  view.setUint32(tag + 12, size + fields.audio.length);
  frame.set(seekTable(fields.frames), tag + 16);
  frame.set(new TextEncoder().encode('LAME3.100'), lame);
  frame[lame + 9] = fields.constant ? 0x01 : 0x00; // tag revision 0; constant bitrate, or unknown
  const kbps = (fields.audio.length * 8 * rate) / (fields.frames.length * (mpeg1 ? 1152 : 576) * 1000);
  frame[lame + 20] = Math.min(255, Math.round(kbps));
  frame[lame + 21] = fields.delay >> 4;
  frame[lame + 22] = ((fields.delay & 0x0f) << 4) | (fields.padding >> 8);
  frame[lame + 23] = fields.padding & 0xff;
  view.setUint32(lame + 28, size + fields.audio.length);
  view.setUint16(lame + 32, crc16(fields.audio));
  view.setUint16(lame + 34, crc16(frame.subarray(0, lame + 34)));
  return frame;
}

/** The Xing seek table: for each percent of the duration, where in the audio it starts, in 256ths of its bytes. */
export function seekTable(frames: readonly number[]): Uint8Array {
  const total = frames.reduce((n, f) => n + f, 0);
  const table = new Uint8Array(100);
  let bytes = 0;
  let frame = 0;
  for (let i = 0; i < 100; i++) {
    const target = Math.floor((i * frames.length) / 100);
    for (; frame < target; frame++) bytes += frames[frame]!;
    table[i] = Math.min(255, Math.floor((bytes * 256) / total));
  }
  return table;
}

/** CRC-16 as the LAME tag uses it (polynomial 0x8005, reflected, initial value 0). */
export function crc16(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}
