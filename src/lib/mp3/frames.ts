/**
 * An MP3 file as its frames, read with codec-parser (a maintained parser of
 * MPEG audio frames; it finds the frames past ID3 tags and checks each header).
 * What this module adds is what codec-parser leaves to its caller: the
 * encoder's Xing/Info frame with its LAME gapless fields (how many samples a
 * decoder skips at the start and drops at the end), `main_data_begin` (how
 * far a frame reaches back into the bit reservoir), and the duration a
 * decoder that honours those fields plays (Chromium, Firefox, Safari, ffmpeg).
 */
import CodecParser from 'codec-parser';

export interface Frame {
  /** The whole frame, header included. */
  data: Uint8Array;
  /** Bytes of the frame header (4, or 6 with a CRC). */
  headerBytes: number;
  /** Bytes of side information after the header. */
  sideInfoBytes: number;
  /** How many bytes before this frame's main data its audio data starts (the bit reservoir). */
  mainDataBegin: number;
}

export interface Mp3 {
  frames: Frame[];
  sampleRate: number;
  /** Samples per frame: 1152 (MPEG-1) or 576 (MPEG-2 and 2.5). */
  samplesPerFrame: number;
  /** Kilobits per second, when every frame has the same (CBR); undefined for VBR. */
  bitrate: number | undefined;
  /**
   * Samples a decoder drops at the start and the end of the decoded frames,
   * as the file's LAME tag says (encoder delay + the decoder's own 529, and
   * the padding less those 529); 0 and 0 without a tag, as browsers then play
   * every sample.
   */
  skipStart: number;
  skipEnd: number;
  /** The file opens with a Xing/Info frame (not among `frames`), with or without LAME fields. */
  tagged: boolean;
}

/** The MPEG decoder's own delay in samples, which the LAME tag's encoder delay does not include. */
export const DECODER_DELAY = 529;

export class Mp3Error extends Error {}

const MPEG1 = 'MPEG Version 1 (ISO/IEC 11172-3)';

/** Bytes of side information: depends on the MPEG version and mono or not. */
export function sideInfoBytes(mpeg1: boolean, channels: number): number {
  if (mpeg1) return channels === 1 ? 17 : 32;
  return channels === 1 ? 9 : 17;
}

/** The Xing/Info tag in a frame, if the frame is one: its LAME encoder delay and padding. */
export function readInfoTag(frame: Frame): { delay: number; padding: number } | null | undefined {
  const at = frame.headerBytes + frame.sideInfoBytes;
  const id = String.fromCharCode(...frame.data.subarray(at, at + 4));
  if (id !== 'Xing' && id !== 'Info') return undefined;
  const flags = readUint32(frame.data, at + 4);
  // Frames, bytes, TOC and quality fields come first, each only if its flag is set.
  const lame = at + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  const encoder = String.fromCharCode(...frame.data.subarray(lame, lame + 4));
  // Decoders honour the delay fields only from these encoders (ffmpeg's rule, which Chromium follows).
  if (encoder !== 'LAME' && encoder !== 'Lavf' && encoder !== 'Lavc') return null;
  const b = frame.data.subarray(lame + 21, lame + 24);
  return { delay: (b[0]! << 4) | (b[1]! >> 4), padding: ((b[1]! & 0x0f) << 8) | b[2]! };
}

const readUint32 = (data: Uint8Array, at: number) =>
  ((data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!) >>> 0;

/** The frames of an MP3 file; an Mp3Error when it holds no MPEG Layer III audio. */
export function readMp3(bytes: Uint8Array): Mp3 {
  const parser = new CodecParser('audio/mpeg', { enableLogging: false });
  const parsed = [...parser.parseAll(bytes)] as { data: Uint8Array; samples: number; header: { sampleRate: number; bitrate: number; channels: number; mpegVersion: string; layer: string; protection: string } }[];
  const first = parsed[0];
  if (!first) throw new Mp3Error('er staan geen MP3-frames in dit bestand');
  if (first.header.layer !== 'Layer III') throw new Mp3Error(`dit is MPEG-audio in ${first.header.layer}, geen MP3 (Layer III)`);
  const mpeg1 = first.header.mpegVersion === MPEG1;
  let frames: Frame[] = parsed.map((f) => {
    const headerBytes = f.header.protection === 'none' ? 4 : 6;
    const side = sideInfoBytes(mpeg1, f.header.channels);
    // main_data_begin: the first 9 bits (MPEG-1) or 8 bits (MPEG-2) of the side information.
    const mainDataBegin = mpeg1 ? (f.data[headerBytes]! << 1) | (f.data[headerBytes + 1]! >> 7) : f.data[headerBytes]!;
    return { data: f.data, headerBytes, sideInfoBytes: side, mainDataBegin };
  });
  const tag = readInfoTag(frames[0]!);
  if (tag !== undefined) frames = frames.slice(1);
  const rates = new Set(parsed.slice(tag === undefined ? 0 : 1).map((f) => f.header.bitrate));
  return {
    frames,
    sampleRate: first.header.sampleRate,
    samplesPerFrame: first.samples,
    bitrate: rates.size === 1 ? [...rates][0] : undefined,
    skipStart: tag ? tag.delay + DECODER_DELAY : 0,
    skipEnd: tag ? Math.max(0, tag.padding - DECODER_DELAY) : 0,
    tagged: tag !== undefined,
  };
}

/** Seconds a browser plays: every frame's samples less what the LAME tag says to skip. */
export function playedSeconds(mp3: Mp3): number {
  return (mp3.frames.length * mp3.samplesPerFrame - mp3.skipStart - mp3.skipEnd) / mp3.sampleRate;
}
