/**
 * The podcast feed of the fragments (/luisteren/podcast.xml) as a podcast app
 * reads it, and against what the formats require: RSS 2.0, Apple's tags and
 * Podcasting 2.0. Every enclosure, transcript and picture it names is a file
 * of the built site with the size and length the feed says; episodes follow
 * the publication's order as the content files define it. At the root and
 * under a sub-path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { parseRssFeed } from 'feedsmith';
import sharp from 'sharp';
import { playedSeconds, readMp3 } from '../../src/lib/mp3/frames';
import { STAND_IN_NOTE } from '../../src/lib/recording';
import { podcastGuid } from '../../src/lib/podcast/guid';
import { frontMatter, fragmentFacts } from '../support/content';
import { pageHtml } from '../support/site';
import { BASE_PATH, DIST, DIST_BASE, ROOT } from '../support/paths';

const SITE = 'https://www.nji.nl';
const NS = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

/** An element as a namespace-aware XML parser reads it. */
interface Node {
  uri: string;
  local: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

/** Parses strictly: throws on any well-formedness error or undeclared prefix. */
function parseXml(xml: string): Node {
  const root: Node = { uri: '', local: '#document', attributes: {}, text: '', children: [] };
  const open = [root];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const node: Node = {
      uri: tag.uri,
      local: tag.local,
      attributes: Object.fromEntries(Object.values(tag.attributes).filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns').map((a) => [a.local, a.value])),
      text: '',
      children: [],
    };
    open.at(-1)!.children.push(node);
    open.push(node);
  });
  parser.on('text', (text) => (open.at(-1)!.text += text));
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return root.children[0]!;
}

const children = (node: Node, local: string, uri = '') => node.children.filter((c) => c.local === local && c.uri === uri);
const child = (node: Node, local: string, uri = '') => children(node, local, uri)[0];
const text = (node: Node, local: string, uri = '') => child(node, local, uri)?.text;

/** Chapters, then stories, each by `order`: where a fragment first stands in the texts is its place. */
function publicationOrder(): string[] {
  const files = (folder: string) =>
    readdirSync(join(ROOT, 'content', folder))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `content/${folder}/${f}`)
      .sort((a, b) => Number(frontMatter(a)['order']) - Number(frontMatter(b)['order']));
  const placed = [...files('chapters'), ...files('stories')].flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/<AudioFragment\s+id="([^"]+)"/g)].map((m) => m[1]!),
  );
  return [...new Set(placed)];
}

const facts = new Map(fragmentFacts().map((f) => [f.id, f]));
const storyKind = (story: string) => frontMatter(`content/stories/${story}.mdx`)['recordingKind'];
const appeared = readdirSync(join(ROOT, 'content/updates'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => new Date(String(frontMatter(`content/updates/${f}`)['date'])))
  .sort((a, b) => a.getTime() - b.getTime())[0]!;

describe.each([
  ['/', DIST],
  [BASE_PATH, DIST_BASE],
])('the podcast feed built under %s', (base, dir) => {
  const absolute = (path: string) => `${SITE}${base}${path.replace(/^\//, '')}`;
  /** The file in the built site an absolute URL names; undefined for an address elsewhere. */
  const fileOf = (url: string) => (url.startsWith(absolute('/')) ? join(dir, decodeURI(new URL(url).pathname).slice(base.length)) : undefined);
  const xml = readFileSync(join(dir, 'luisteren/podcast.xml'), 'utf8');
  const rss = parseXml(xml);
  const channel = child(rss, 'channel')!;
  const items = children(channel, 'item');

  it('is RSS 2.0 with the Apple and Podcasting 2.0 namespaces, with every element RSS 2.0 and Apple require', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect([rss.local, rss.attributes['version']]).toEqual(['rss', '2.0']);
    expect(children(rss, 'channel')).toHaveLength(1);
    // RSS 2.0: title, link, description; Apple: also itunes:image, language, itunes:category, itunes:explicit.
    for (const local of ['title', 'link', 'description', 'language']) expect(text(channel, local)?.trim(), local).toBeTruthy();
    expect(text(channel, 'language')).toBe('nl');
    expect(child(channel, 'image', NS.itunes)?.attributes['href']).toBe(absolute('/luisteren/podcast.jpg'));
    expect(child(channel, 'category', NS.itunes)?.attributes['text']).toBe('Society & Culture');
    expect(text(channel, 'explicit', NS.itunes)).toBe('false');
    expect(text(channel, 'author', NS.itunes)).toBe('Nederlands Jeugdinstituut');
    expect(text(child(channel, 'owner', NS.itunes)!, 'name', NS.itunes)).toBe('Nederlands Jeugdinstituut');
    expect(text(channel, 'type', NS.itunes)).toBe('serial');
    expect(text(channel, 'locked', NS.podcast)).toBe('yes');
    // RSS 2.0 <image>: url, title and link, the same as the channel's.
    const image = child(channel, 'image')!;
    expect([text(image, 'url'), text(image, 'title'), text(image, 'link')]).toEqual([
      absolute('/luisteren/podcast.jpg'),
      text(channel, 'title'),
      text(channel, 'link'),
    ]);
    expect(text(channel, 'link')).toBe(absolute('/luisteren/'));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      for (const local of ['title', 'description', 'link', 'guid', 'pubDate']) expect(text(item, local)?.trim(), local).toBeTruthy();
      expect(children(item, 'enclosure')).toHaveLength(1);
      expect(text(item, 'duration', NS.itunes)).toMatch(/^\d+$/);
      expect(text(item, 'explicit', NS.itunes)).toBe('false');
    }
  });

  it('names its own address (atom:link rel="self"), and the Podcasting 2.0 guid is the UUIDv5 of it', async () => {
    const self = children(channel, 'link', NS.atom).map((l) => l.attributes);
    expect(self).toEqual([{ href: absolute('/luisteren/podcast.xml'), rel: 'self', type: 'application/rss+xml' }]);
    expect(text(channel, 'guid', NS.podcast)).toBe(await podcastGuid(absolute('/luisteren/podcast.xml')));
    expect(text(channel, 'guid', NS.podcast)).toMatch(/^[\da-f]{8}-[\da-f]{4}-5[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
  });

  it('a podcast app’s parser (feedsmith) reads the podcast and every episode', () => {
    const feed = parseRssFeed(xml);
    expect(feed.title).toBe(text(channel, 'title'));
    expect(feed.language).toBe('nl');
    expect(feed.itunes?.image).toBe(absolute('/luisteren/podcast.jpg'));
    expect(feed.itunes?.explicit).toBe(false);
    expect(feed.itunes?.type).toBe('serial');
    expect(feed.itunes?.categories?.map((c) => c.text)).toEqual(['Society & Culture']);
    expect(feed.podcast?.guid).toBe(text(channel, 'guid', NS.podcast));
    expect(feed.items?.length).toBe(facts.size);
    feed.items?.forEach((item, i) => {
      expect(item.title).toBe(facts.get(publicationOrder()[i]!)!.quote);
      expect(item.enclosures?.[0]?.type).toBe('audio/mpeg');
      expect(item.enclosures?.[0]?.length).toBeGreaterThan(0);
      expect(item.itunes?.duration).toBeGreaterThan(0);
      expect(item.itunes?.episode).toBe(i + 1);
      expect(item.podcast?.transcripts?.map((t) => [t.type, t.language])).toEqual([['text/vtt', 'nl']]);
    });
  });

  it('has one episode per fragment, in publication order, titled with its quote, numbered 1…n', () => {
    const order = publicationOrder();
    expect(order.sort()).toEqual([...facts.keys()].sort());
    expect(items.map((item) => text(item, 'title'))).toEqual(publicationOrder().map((id) => facts.get(id)!.quote));
    expect(items.map((item) => text(item, 'episode', NS.itunes))).toEqual(items.map((_, i) => String(i + 1)));
  });

  it('every enclosure is an absolute URL of a clip in the site, as long in bytes as the feed says, and plays as long as itunes:duration (within 1 s)', () => {
    publicationOrder().forEach((id, i) => {
      const enclosure = child(items[i]!, 'enclosure')!.attributes;
      expect(enclosure['type']).toBe('audio/mpeg');
      expect(enclosure['url']).toBe(absolute(`/audio/fragmenten/${id}.mp3`));
      const file = fileOf(enclosure['url']!)!;
      expect(existsSync(file), enclosure['url']).toBe(true);
      expect(Number(enclosure['length']), id).toBe(statSync(file).size);
      const played = playedSeconds(readMp3(new Uint8Array(readFileSync(file))));
      const duration = Number(text(items[i]!, 'duration', NS.itunes));
      expect(Math.abs(duration - played), `${id}: itunes:duration ${duration} s, the clip plays ${played} s`).toBeLessThanOrEqual(1);
      // …and that is the fragment's length as the editor wrote it.
      const fact = facts.get(id)!;
      expect(Math.abs(duration - (fact.end - fact.start)), id).toBeLessThanOrEqual(1);
    });
  });

  it('every transcript is the clip’s WebVTT in the site, and every link opens the fragment on its page', () => {
    publicationOrder().forEach((id, i) => {
      const transcript = children(items[i]!, 'transcript', NS.podcast).map((t) => t.attributes);
      expect(transcript).toEqual([{ url: absolute(`/audio/fragmenten/${id}.vtt`), type: 'text/vtt', language: 'nl' }]);
      const file = fileOf(transcript[0]!['url']!)!;
      expect(readFileSync(file, 'utf8')).toMatch(/^WEBVTT/);
      const link = new URL(text(items[i]!, 'link')!);
      expect(link.href.startsWith(absolute('/'))).toBe(true);
      expect(link.hash).toBe(`#fragment-${id}`);
      expect(pageHtml(decodeURI(link.pathname).slice(base.length - 1), dir)).toContain(`id="fragment-${id}"`);
    });
  });

  it('guids are unique, not addresses, and the same wherever the site is built', () => {
    const guids = items.map((item) => child(item, 'guid')!);
    expect(new Set(guids.map((g) => g.text)).size).toBe(items.length);
    for (const guid of guids) {
      expect(guid.attributes['isPermaLink']).toBe('false');
      expect(guid.text).not.toContain(SITE.replace('https://', ''));
    }
    const other = parseXml(readFileSync(join(dir === DIST ? DIST_BASE : DIST, 'luisteren/podcast.xml'), 'utf8'));
    const otherGuids = children(child(other, 'channel')!, 'item').map((item) => text(item, 'guid'));
    expect(otherGuids).toEqual(guids.map((g) => g.text));
  });

  it('dates come from the content: the day the publication appeared (content/updates), one minute apart in order', () => {
    const dates = items.map((item) => text(item, 'pubDate')!);
    for (const date of dates) expect(date).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(dates.map((d) => new Date(d).getTime())).toEqual(items.map((_, i) => appeared.getTime() + i * 60_000));
  });

  it('says in every episode of a stand-in recording that it is one, and where the fragment comes from', () => {
    publicationOrder().forEach((id, i) => {
      const fact = facts.get(id)!;
      const description = text(items[i]!, 'description')!;
      if (storyKind(fact.story) === 'voorlopig') expect(description, id).toContain(STAND_IN_NOTE);
      else expect(description, id).not.toContain(STAND_IN_NOTE);
      const story = frontMatter(`content/stories/${fact.story}.mdx`);
      expect(description).toContain(`${String(story['initiative'])} (${String(story['place'])})`);
      expect(description).toContain(String(story['description']));
    });
    if ([...facts.values()].every((f) => storyKind(f.story) === 'voorlopig')) {
      expect(text(channel, 'description')).toContain('Voorlopige opnamen');
    }
  });

  it('the cover is a 3000×3000 RGB picture without transparency, under 500 KB', async () => {
    const file = fileOf(child(channel, 'image', NS.itunes)!.attributes['href']!)!;
    const meta = await sharp(file).metadata();
    expect([meta.width, meta.height]).toEqual([3000, 3000]);
    expect([meta.space, meta.channels, meta.hasAlpha, meta.format]).toEqual(['srgb', 3, false, 'jpeg']);
    expect(statSync(file).size).toBeLessThan(500_000);
  });

  it('/luisteren/ links the feed: a visible link and a rel=alternate in the head', () => {
    const html = pageHtml('/luisteren/', dir);
    expect(html).toMatch(new RegExp(`<a href="${base}luisteren/podcast\\.xml"[^>]*>Abonneer in je podcastapp</a>`));
    const head = html.split('</head>')[0]!;
    expect(head).toContain(`<link rel="alternate" type="application/rss+xml" title="Podcast: fragmenten uit Burgerinitiatieven en wijkteams" href="${base}luisteren/podcast.xml">`);
  });

  it('_headers serves the feed as RSS with a short cache, and the clips with ranges and audio/’s caching', () => {
    const rules = readFileSync(join(dir, '_headers'), 'utf8')
      .split(/\n(?=\/)/)
      .map((block) => {
        const [pattern, ...lines] = block.trim().split('\n');
        return { pattern: pattern!, headers: lines.map((l) => l.trim()) };
      });
    // As Netlify and Cloudflare Pages read them: every rule whose pattern matches, a * across slashes.
    const headersFor = (path: string) =>
      rules
        .filter((r) => new RegExp(`^${r.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path))
        .flatMap((r) => r.headers);
    const feed = headersFor(`${base}luisteren/podcast.xml`);
    expect(feed).toContain('Content-Type: application/rss+xml; charset=utf-8');
    expect(feed.find((h) => h.startsWith('Cache-Control:'))).toMatch(/max-age=(\d{1,4})\b/);
    for (const clip of [`${base}audio/fragmenten/begin-klein.mp3`, `${base}audio/fragmenten/begin-klein.vtt`]) {
      expect(headersFor(clip), clip).toEqual(expect.arrayContaining(['Accept-Ranges: bytes', 'Cache-Control: public, max-age=86400']));
    }
  });
});
