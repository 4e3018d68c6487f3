/**
 * lib/mp3/id3: the ID3v2.3 writer, read back by an independent reader
 * (music-metadata, the parser many Node players and podcast tools use), and
 * the step that takes a file's own tags off without touching its audio.
 * That every MP3 of the built site carries the right tags:
 * tests/build/audio-tags.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuffer } from 'music-metadata';
import { audioRange, id3v2, Id3Error, prependId3, type Id3Tags } from '../../src/lib/mp3/id3';
import { readMp3 } from '../../src/lib/mp3/frames';
import { audioTags } from '../../src/lib/audio-tags';
import { ROOT } from '../support/paths';

/** 16 s of a stand-in with lame's own ID3 tag (tests/fixtures/, not audio/: an editor may replace a recording). */
const source = new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/stand-in.mp3')));
/** The stand-in's own ID3 tag (LAME's), counted here from its header. */
const sourceTag = 10 + ((source[6]! << 21) | (source[7]! << 14) | (source[8]! << 7) | source[9]!);
/** A file's own tags taken off and `tags` put in front, as src/build/audio-tags.ts does for a whole recording. */
const retagged = (bytes: Uint8Array, tags: Id3Tags) => {
  const { start, end } = audioRange(bytes);
  return prependId3(bytes.subarray(start, end), tags);
};
const frames = source.subarray(sourceTag);
/** Byte for byte (Vitest's deep equality is slow on a megabyte). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9);
const tags: Id3Tags = {
  title: 'Ik ging op een oude bakfiets langs schoolpleinen en hangplekken.',
  artist: 'Jongeren Maken De Stad · voorlopige opname (computerstem)',
  album: 'Burgerinitiatieven en wijkteams',
  publisher: 'Nederlands Jeugdinstituut',
  year: '2026',
  comment: 'Voorlopige opname: een computerstem leest de tekst van het verhaal voor.',
  cover: { mime: 'image/jpeg', data: jpeg },
};

const read = (bytes: Uint8Array) => parseBuffer(bytes, { mimeType: 'audio/mpeg', size: bytes.length }, { duration: false });

describe('the ID3v2.3 tag', () => {
  it('is read back by music-metadata: every field, the cover byte for byte', async () => {
    const { common, native, format } = await read(retagged(source, tags));
    expect(format.tagTypes).toEqual(['ID3v2.3']);
    expect(common).toMatchObject({ title: tags.title, artist: tags.artist, album: tags.album, label: [tags.publisher], year: 2026 });
    expect(common.comment).toEqual([{ language: 'dut', descriptor: '', text: tags.comment }]);
    expect(common.picture).toHaveLength(1);
    expect(common.picture![0]).toMatchObject({ format: 'image/jpeg', type: 'Cover (front)', description: '' });
    expect([...common.picture![0]!.data]).toEqual([...jpeg]);
    // Nothing else: the stand-in's own tag (LAME's title "… (synthetic stand-in)", its TSSE) is gone.
    expect(native['ID3v2.3']!.map((t) => t.id)).toEqual(['TIT2', 'TPE1', 'TALB', 'TPUB', 'TYER', 'COMM', 'APIC']);
  });

  it('writes a character outside Latin-1 as UTF-16, and the rest of the frames stay Latin-1', async () => {
    const title = '‘Doe waar je zin in hebt’ – Wilma';
    const tag = id3v2({ ...tags, title, comment: undefined, cover: undefined, year: undefined });
    const { common, native } = await read(tag);
    expect(common.title).toBe(title);
    expect(common.artist).toBe(tags.artist);
    expect(native['ID3v2.3']!.map((t) => t.id)).toEqual(['TIT2', 'TPE1', 'TALB', 'TPUB']);
    // TIT2: encoding 1, then the byte-order mark; TPE1 (with "·", in Latin-1): encoding 0.
    expect([...tag.subarray(20, 23)]).toEqual([1, 0xff, 0xfe]);
    const artistAt = 10 + 10 + 3 + title.length * 2;
    expect(new TextDecoder().decode(tag.subarray(artistAt, artistAt + 4))).toBe('TPE1');
    expect(tag[artistAt + 10]).toBe(0);
  });

  it('lays the header and a frame out as the standard says', () => {
    const tag = id3v2({ title: 'a', artist: 'b', album: 'c', publisher: 'd' });
    // "ID3" 3.0, no flags, size 4 × (10 + 2) = 48 as a syncsafe number; then "TIT2", size 2, no flags, Latin-1 "a".
    expect([...tag.subarray(0, 22)]).toEqual([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 48, 0x54, 0x49, 0x54, 0x32, 0, 0, 0, 2, 0, 0, 0, 0x61]);
    expect(tag.length).toBe(10 + 48);
    // A size over 127 is spread over seven bits a byte.
    const long = id3v2({ title: 'x'.repeat(200), artist: 'b', album: 'c', publisher: 'd' });
    const size = long.length - 10;
    expect([...long.subarray(6, 10)]).toEqual([0, 0, size >> 7, size & 0x7f]);
  });

  it('gives the same bytes for the same tags', () => {
    expect(id3v2(tags)).toEqual(id3v2({ ...tags }));
  });

  it('refuses a year that is not four digits and a title of two lines', () => {
    expect(() => id3v2({ ...tags, year: '26' })).toThrow(Id3Error);
    expect(() => id3v2({ ...tags, title: 'een\ntwee' })).toThrow(Id3Error);
  });
});

describe('taking the old tags off', () => {
  const id3 = (version: number, flags: number, body: number) => {
    const out = new Uint8Array(10 + body + (flags & 0x10 ? 10 : 0)).fill(0xaa);
    out.set([0x49, 0x44, 0x33, version, 0, flags, (body >> 21) & 0x7f, (body >> 14) & 0x7f, (body >> 7) & 0x7f, body & 0x7f]);
    return out;
  };
  const id3v1 = () => {
    const out = new Uint8Array(128).fill(0x20);
    out.set([0x54, 0x41, 0x47]);
    return out;
  };
  const ape = (items: number, header: boolean) => {
    const footer = new Uint8Array(32);
    footer.set(new TextEncoder().encode('APETAGEX'));
    const view = new DataView(footer.buffer);
    view.setUint32(8, 2000, true);
    view.setUint32(12, items + 32, true);
    view.setUint32(20, header ? 0x8000_0000 : 0, true);
    return [...(header ? [new Uint8Array(32).fill(0x41)] : []), new Uint8Array(items).fill(0x42), footer];
  };
  const join = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) (out.set(p, at), (at += p.length));
    return out;
  };
  const audioOf = (bytes: Uint8Array) => {
    const { start, end } = audioRange(bytes);
    return bytes.subarray(start, end);
  };

  it('finds the stand-in’s frames right after LAME’s tag', () => {
    expect(audioRange(source)).toEqual({ start: sourceTag, end: source.length });
  });

  it('takes off ID3v2.3, ID3v2.4 with a footer, two tags in a row, ID3v1 with TAG+, and APEv2', () => {
    expect(same(audioOf(join(id3(3, 0, 300), frames)), frames)).toBe(true);
    expect(same(audioOf(join(id3(4, 0x10, 300), frames)), frames)).toBe(true);
    expect(same(audioOf(join(id3(4, 0, 20), id3(3, 0, 5000), frames)), frames)).toBe(true);
    expect(same(audioOf(join(frames, id3v1())), frames)).toBe(true);
    const extended = join(frames, new Uint8Array(227), id3v1());
    extended.set(new TextEncoder().encode('TAG+'), frames.length);
    expect(same(audioOf(extended), frames)).toBe(true);
    expect(same(audioOf(join(frames, ...ape(500, true))), frames)).toBe(true);
    expect(same(audioOf(join(frames, ...ape(500, false), id3v1())), frames)).toBe(true);
  });

  it('leaves a file without tags as it is', () => {
    const bare = frames.subarray(0, 10_000);
    expect(audioRange(bare)).toEqual({ start: 0, end: bare.length });
  });

  it('puts the new tag in front of the very same frames', () => {
    const tagged = retagged(join(id3(4, 0, 1234), frames, id3v1()), tags);
    const tag = id3v2(tags);
    expect(tagged.subarray(0, tag.length)).toEqual(tag);
    expect(same(tagged.subarray(tag.length), frames)).toBe(true);
    // And an MP3 reader finds every frame behind it.
    expect(readMp3(tagged).frames.length).toBe(readMp3(source).frames.length);
  });
});

describe('the tags of a fragment and of a whole recording (lib/audio-tags)', () => {
  const story = (recordingKind: 'voorlopig' | 'interview') => ({ data: { initiative: 'Buurt in Bloei', recordingKind } });
  const appeared = new Date('2026-11-28');
  const cover = Uint8Array.of(0xff, 0xd8, 0xff, 0xd9);

  it('a stand-in: the quote or the whole recording’s title, the stand-in named by the artist and in the comment', () => {
    expect(audioTags({ whole: false, quote: 'Begin klein en doe waar je zin in hebt!', story: story('voorlopig') }, appeared, cover)).toEqual({
      title: 'Begin klein en doe waar je zin in hebt!',
      artist: 'Buurt in Bloei · voorlopige opname (computerstem)',
      album: 'Burgerinitiatieven en wijkteams',
      publisher: 'Nederlands Jeugdinstituut',
      year: '2026',
      comment: 'Voorlopige opname: een computerstem leest de tekst van het verhaal voor.',
      cover: { mime: 'image/jpeg', data: cover },
    });
    expect(audioTags({ whole: true, story: story('voorlopig') }, appeared, cover).title).toBe('De hele opname: Buurt in Bloei');
  });

  it('a real interview: no notice, the initiative alone; without content/updates no year', () => {
    const tags = audioTags({ whole: true, story: story('interview') }, undefined, undefined);
    expect(tags).toMatchObject({ title: 'Het hele interview: Buurt in Bloei', artist: 'Buurt in Bloei', comment: undefined, year: undefined, cover: undefined });
    expect(id3v2(tags).length).toBeLessThan(200);
  });
});
