/**
 * Text inside a PNG (iTXt chunks): how a social card carries the words it
 * shows. Node only (Buffer); the card itself is drawn in src/lib/social-card.ts.
 */
/**
 * Adds an iTXt chunk (UTF-8 text, uncompressed) before a PNG's IEND chunk:
 * the card's words ride along in the image as its "Description", so what a
 * card says can be read (and checked) without reading the picture.
 */
export function withPngText(png: Uint8Array, keyword: string, text: string): Buffer {
  const bytes = Buffer.from(png);
  const iend = bytes.length - 12;
  if (bytes.subarray(iend + 4, iend + 8).toString('latin1') !== 'IEND') throw new Error('not a PNG ending in IEND');
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  const chunk = pngChunk('iTXt', data);
  return Buffer.concat([bytes.subarray(0, iend), chunk, bytes.subarray(iend)]);
}

/** One PNG chunk: length, type, data and the CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const name = Buffer.from(type, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  name.copy(chunk, 4);
  chunk.set(data, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([name, data])), 8 + data.length);
  return chunk;
}

/** The iTXt texts of a PNG, by keyword. */
export function pngTexts(png: Uint8Array): Record<string, string> {
  const bytes = Buffer.from(png);
  const out: Record<string, string> = {};
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'iTXt') {
      const data = bytes.subarray(at + 8, at + 8 + length);
      const keywordEnd = data.indexOf(0);
      // keyword \0, compression flag, method, language \0, translated keyword \0, text
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      out[data.subarray(0, keywordEnd).toString('latin1')] = data.subarray(translatedEnd + 1).toString('utf8');
    }
    at += 12 + length;
  }
  return out;
}

let crcTable: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
