/**
 * ID3 tags: what a downloaded MP3 or a podcast app shows about the file
 * (title, who, the publication, the publisher, the year, a note and the
 * cover). A small writer of ID3v2.3, the version every player and podcast
 * app reads (Windows and older car radios read no 2.4), and the one step
 * that takes a file's existing tags off, so the build can put its own in
 * front of audio frames it never changes.
 *
 * What is written: text frames in ISO-8859-1 when every character fits, else
 * UTF-16 with a byte-order mark (v2.3 knows no UTF-8); no padding, no
 * unsynchronisation, no extended header; the same tags give the same bytes.
 * Pure: no Node, unit-tested (tests/unit/id3.test.ts).
 */
import { concat } from './bytes.ts';

export interface Id3Tags {
  /** TIT2 */
  title: string;
  /** TPE1 */
  artist: string;
  /** TALB */
  album: string;
  /** TPUB */
  publisher: string;
  /** TYER: four digits. */
  year?: string | undefined;
  /** COMM, in Dutch, without a short description. */
  comment?: string | undefined;
  /** APIC, the front cover. */
  cover?: { mime: 'image/jpeg' | 'image/png'; data: Uint8Array } | undefined;
}

export class Id3Error extends Error {}

/** ISO 639-2 for Dutch, as COMM's language field asks. */
const DUTCH = 'dut';
/** APIC picture type 3: the front cover. */
const FRONT_COVER = 3;
/** A tag's size field has 28 bits. */
const MAX_TAG = 2 ** 28 - 1;

const fitsLatin1 = (text: string) => [...text].every((c) => c.codePointAt(0)! <= 0xff);

/** A string in ID3 encoding 0 (ISO-8859-1) or 1 (UTF-16 with a BOM, little-endian), with its terminator if asked. */
function encode(text: string, encoding: 0 | 1, terminated: boolean): Uint8Array {
  if (encoding === 0) {
    const out = new Uint8Array(text.length + (terminated ? 1 : 0));
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2 + (terminated ? 2 : 0));
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + 2 * i] = unit & 0xff;
    out[3 + 2 * i] = unit >> 8;
  }
  return out;
}

const encodingFor = (...texts: string[]): 0 | 1 => (texts.every(fitsLatin1) ? 0 : 1);

/** A v2.3 frame: id, size (a plain 32-bit number in v2.3), no flags, the body. */
function frame(id: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(10 + body.length);
  for (let i = 0; i < 4; i++) out[i] = id.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, body.length);
  out.set(body, 10);
  return out;
}

function textFrame(id: string, text: string): Uint8Array {
  if (/[\0\r\n]/.test(text)) throw new Id3Error(`${id}: a text frame holds one line`);
  const encoding = encodingFor(text);
  return frame(id, concat([Uint8Array.of(encoding), encode(text, encoding, false)]));
}

function commentFrame(text: string): Uint8Array {
  const encoding = encodingFor(text);
  const language = new TextEncoder().encode(DUTCH);
  return frame('COMM', concat([Uint8Array.of(encoding), language, encode('', encoding, true), encode(text, encoding, false)]));
}

function pictureFrame(cover: NonNullable<Id3Tags['cover']>): Uint8Array {
  // MIME type (ISO-8859-1, terminated), picture type, an empty description (terminated), the image.
  return frame('APIC', concat([Uint8Array.of(0), encode(cover.mime, 0, true), Uint8Array.of(FRONT_COVER, 0), cover.data]));
}

/** The 28-bit "syncsafe" number of an ID3v2 header: seven bits in each of four bytes. */
const syncsafe = (n: number) => Uint8Array.of((n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f);
const readSyncsafe = (b: Uint8Array, at: number) => (b[at]! << 21) | (b[at + 1]! << 14) | (b[at + 2]! << 7) | b[at + 3]!;

/** An ID3v2.3 tag with these frames, in this order: title, artist, album, publisher, year, comment, cover. */
export function id3v2(tags: Id3Tags): Uint8Array<ArrayBuffer> {
  if (tags.year !== undefined && !/^\d{4}$/.test(tags.year)) throw new Id3Error(`TYER: “${tags.year}” is not a year of four digits`);
  const frames = [
    textFrame('TIT2', tags.title),
    textFrame('TPE1', tags.artist),
    textFrame('TALB', tags.album),
    textFrame('TPUB', tags.publisher),
    ...(tags.year !== undefined ? [textFrame('TYER', tags.year)] : []),
    ...(tags.comment !== undefined ? [commentFrame(tags.comment)] : []),
    ...(tags.cover ? [pictureFrame(tags.cover)] : []),
  ];
  const body = concat(frames);
  if (body.length > MAX_TAG) throw new Id3Error('the tag is larger than ID3v2 allows (256 MB)');
  // "ID3", version 3.0, no flags, the size of what follows the header.
  return concat([Uint8Array.of(0x49, 0x44, 0x33, 3, 0, 0), syncsafe(body.length), body]);
}

const startsWith = (b: Uint8Array, at: number, text: string) => at >= 0 && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));

/**
 * Where a file's audio lies between its tags: after every ID3v2 tag at the
 * start (a file may carry more than one), before an ID3v1 tag (128 bytes,
 * "TAG"), its extension ("TAG+", 227 bytes) and an APEv2 tag at the end.
 * Nothing else is looked at: what lies between is returned as it is.
 */
export function audioRange(bytes: Uint8Array): { start: number; end: number } {
  let start = 0;
  // ID3v2: "ID3", major version (2 to 4), revision, flags, syncsafe size; a footer (v2.4, flag 0x10) adds 10 bytes.
  while (startsWith(bytes, start, 'ID3') && bytes[start + 3]! < 0xff && bytes[start + 4]! < 0xff && bytes.length >= start + 10) {
    const size = readSyncsafe(bytes, start + 6);
    start += 10 + size + (bytes[start + 5]! & 0x10 ? 10 : 0);
  }
  start = Math.min(start, bytes.length);
  let end = bytes.length;
  if (end - 128 >= start && startsWith(bytes, end - 128, 'TAG')) {
    end -= 128;
    if (end - 227 >= start && startsWith(bytes, end - 227, 'TAG+')) end -= 227;
  }
  if (end - 32 >= start && startsWith(bytes, end - 32, 'APETAGEX')) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + end - 32, 32);
    // The size counts the items and the footer; a header (flag bit 31) adds 32 bytes.
    const size = view.getUint32(12, true) + (view.getUint32(20, true) & 0x8000_0000 ? 32 : 0);
    if (end - size >= start) end -= size;
  }
  return { start, end };
}

/** Audio without tags of its own (a clip just cut; a recording's frames, from between its tags) behind `tags`. */
export const prependId3 = (audio: Uint8Array, tags: Id3Tags): Uint8Array<ArrayBuffer> => concat([id3v2(tags), audio]);

