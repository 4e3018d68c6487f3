/** The podcast feed's pure parts: its identifiers, its XML and its cover's drawing. */
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { podcastGuid, uuidV5, episodeGuid } from '../../src/lib/podcast/guid';
import { podcastXml, type Podcast, type PodcastEpisode } from '../../src/lib/podcast/feed';
import { COVER_SIZE, coverSvg } from '../../src/lib/podcast/cover';
import { cardText } from '../../src/lib/social-card';

describe('identifiers', () => {
  it('uuidV5 gives RFC 9562 name-based UUIDs', async () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'www.opentofu.org').
    expect(await uuidV5('www.opentofu.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('df1e675d-b743-5f6c-9952-6311d0f141df');
  });

  it('podcast:guid is the UUIDv5 of the feed URL without scheme and trailing slashes (the Podcasting 2.0 example)', async () => {
    expect(await podcastGuid('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    expect(await podcastGuid('http://mp3s.nashownotes.com/pc20rss.xml/')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
  });

  it('an episode guid depends on the fragment id only', () => {
    expect(episodeGuid('begin-klein')).toBe('tag:nji.nl,2026:burgerinitiatieven-en-wijkteams/fragment/begin-klein');
    expect(episodeGuid('a')).not.toBe(episodeGuid('b'));
  });
});

const episode = (n: number, extra: Partial<PodcastEpisode> = {}): PodcastEpisode => ({
  title: `Fragment ${n} <&> “quote”`,
  description: 'Tekst & uitleg',
  link: `https://example.org/verhalen/x/#fragment-${n}`,
  guid: episodeGuid(String(n)),
  pubDate: new Date(Date.UTC(2026, 10, 28, 0, n)),
  enclosure: { url: `https://example.org/audio/fragmenten/${n}.mp3?a=1&b=2`, length: 1000 + n },
  seconds: 96.6,
  episode: n,
  transcript: `https://example.org/audio/fragmenten/${n}.vtt`,
  ...extra,
});

const podcast = (extra: Partial<Podcast> = {}): Podcast => ({
  title: 'Titel',
  link: 'https://example.org/luisteren/',
  description: 'Beschrijving',
  self: 'https://example.org/luisteren/podcast.xml',
  author: 'NJi',
  image: 'https://example.org/luisteren/podcast.jpg',
  category: 'Society & Culture',
  guid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
  type: 'serial',
  language: 'nl',
  episodes: [episode(1), episode(2)],
  ...extra,
});

/** Element names and text, read back by a strict namespace-aware XML parser. */
function read(xml: string): { names: string[]; texts: Map<string, string[]>; attributes: Map<string, Record<string, string>[]> } {
  const names: string[] = [];
  const texts = new Map<string, string[]>();
  const attributes = new Map<string, Record<string, string>[]>();
  const open: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    names.push(tag.name);
    open.push(tag.name);
    attributes.set(tag.name, [...(attributes.get(tag.name) ?? []), Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]))]);
  });
  parser.on('text', (text) => {
    const name = open.at(-1);
    if (name && text.trim()) texts.set(name, [...(texts.get(name) ?? []), text]);
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return { names, texts, attributes };
}

describe('podcastXml', () => {
  it('is well-formed XML, with every value escaped', () => {
    const { texts, attributes } = read(podcastXml(podcast()));
    expect(texts.get('title')).toEqual(['Titel', 'Titel', 'Fragment 1 <&> “quote”', 'Fragment 2 <&> “quote”']);
    expect(attributes.get('enclosure')?.[0]).toEqual({ url: 'https://example.org/audio/fragmenten/1.mp3?a=1&b=2', length: '1001', type: 'audio/mpeg' });
    expect(attributes.get('itunes:category')).toEqual([{ text: 'Society & Culture' }]);
  });

  it('writes whole seconds, RFC 822 dates and, for a serial, the episode numbers', () => {
    const { texts, names } = read(podcastXml(podcast()));
    expect(texts.get('itunes:duration')).toEqual(['97', '97']);
    expect(texts.get('pubDate')).toEqual(['Sat, 28 Nov 2026 00:01:00 GMT', 'Sat, 28 Nov 2026 00:02:00 GMT']);
    expect(texts.get('itunes:episode')).toEqual(['1', '2']);
    expect(names.filter((n) => n === 'item')).toHaveLength(2);
    expect(read(podcastXml(podcast({ type: 'episodic' }))).names).not.toContain('itunes:episode');
  });

  it('leaves out a date it does not have, rather than making one up', () => {
    const xml = podcastXml(podcast({ episodes: [episode(1, { pubDate: undefined })] }));
    expect(read(xml).names).not.toContain('pubDate');
  });

  it('gives the same bytes for the same input', () => {
    expect(podcastXml(podcast())).toBe(podcastXml(podcast()));
  });
});

describe('the cover', () => {
  it('is a square of 3000 pixels that shows the kicker, the title and the publisher', () => {
    const svg = coverSvg({ title: 'Burgerinitiatieven en wijkteams', kicker: 'Fragmenten', publisher: 'Nederlands Jeugdinstituut', publisherShort: 'NJi' });
    expect(svg).toContain(`width="${COVER_SIZE}" height="${COVER_SIZE}"`);
    expect(COVER_SIZE).toBe(3000);
    expect(cardText(svg).split('\n')).toEqual(['FRAGMENTEN', 'Burgerinitiatieven en wijkteams', 'NJi', 'Nederlands Jeugdinstituut']);
  });
});
