/**
 * The Xing/Info frame: a silent first frame that tells a decoder how many
 * frames and bytes follow, where each percent of the duration starts (a seek
 * table), and, with the LAME fields, how many samples to skip at the start and
 * drop at the end. The clips carry one with those fields (./cut). A whole
 * recording without one gets one without them (`lengthFrame`): then every
 * engine knows its length from its first bytes. WebKit on Linux (GStreamer)
 * otherwise estimates it from the bitrate, and under load it may not have
 * done so yet when it reports the metadata; it then treats the file as a
 * stream of unknown length that it cannot seek in, and "Luister verder"
 * started the whole recording at 0:00 instead of at the fragment's end.
 */
// With its extension, so maintainer tools run it in Node directly (tools/bench.ts).
import { Mp3Error, readMp3, type Frame, type Mp3 } from './frames.ts';

/** Layer III bitrates (kbit/s) by header index: MPEG-1, and MPEG-2 and 2.5. */
export const BITRATES = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};

/** The LAME tag's delay and padding fields have 12 bits each. */
export const MAX_FIELD = 4095;

/** Bytes of a Layer III frame without padding. */
export const frameBytes = (mpeg1: boolean, kbps: number, rate: number) => Math.floor(((mpeg1 ? 144_000 : 72_000) * kbps) / rate);

interface InfoFields {
  /** Bytes of each audio frame. */
  frames: readonly number[];
  /** The bytes the frame goes in front of. */
  audio: Uint8Array;
  /**
   * Samples the decoder skips at the start (besides its own 529) and drops at
   * the end: the LAME fields. Without them the frame has none, and decoders
   * play every sample (they honour the fields only from LAME, Lavf or Lavc).
   */
  gapless?: { delay: number; padding: number };
  /** A constant bitrate ("Info" tag) or not ("Xing"). */
  constant: boolean;
}

/**
 * A silent frame with the Xing tag ("Info" for a constant bitrate), laid out
 * as LAME writes it (flags, frame count, byte count, a 100-entry seek table,
 * quality), and with `gapless` its LAME extension 120 bytes after the tag:
 * encoder delay and padding, music length and both CRCs. Its header is the
 * first audio frame's, without CRC protection or padding, with a higher
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
  const { gapless } = fields;
  if (gapless && (gapless.delay > MAX_FIELD || gapless.padding > MAX_FIELD)) throw new Mp3Error('de overgang van dit stuk valt buiten wat een MP3-tag kan aangeven');
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
  if (!gapless) return frame;
  frame.set(new TextEncoder().encode('LAME3.100'), lame);
  frame[lame + 9] = fields.constant ? 0x01 : 0x00; // tag revision 0; constant bitrate, or unknown
  const kbps = (fields.audio.length * 8 * rate) / (fields.frames.length * (mpeg1 ? 1152 : 576) * 1000);
  frame[lame + 20] = Math.min(255, Math.round(kbps));
  frame[lame + 21] = gapless.delay >> 4;
  frame[lame + 22] = ((gapless.delay & 0x0f) << 4) | (gapless.padding >> 8);
  frame[lame + 23] = gapless.padding & 0xff;
  view.setUint32(lame + 28, size + fields.audio.length);
  view.setUint16(lame + 32, crc16(fields.audio));
  view.setUint16(lame + 34, crc16(frame.subarray(0, lame + 34)));
  return frame;
}

/**
 * The Xing/Info frame to put in front of a recording's audio (between its
 * tags) that has none, without LAME fields, so decoders play the same
 * samples as without it; no bytes when the audio opens with one.
 */
export function lengthFrame(audio: Uint8Array, mp3: Mp3 = readMp3(audio)): Uint8Array {
  if (mp3.tagged) return new Uint8Array(0);
  const frames = mp3.frames.map((f) => f.data.length);
  return infoFrame(mp3.frames[0]!, mp3.sampleRate, { frames, audio, constant: mp3.bitrate !== undefined });
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
