/**
 * The podcast feed of the fragments as XML: RSS 2.0 with Apple's `itunes:`
 * tags and the Podcasting 2.0 `podcast:` namespace. Pure: it writes what it is
 * given (src/build/podcast.ts gathers it from the publication and the clips),
 * every value escaped, nothing from the clock, so the same input gives the same
 * bytes. Written by hand rather than with @astrojs/rss: the feed is mostly
 * namespaced tags that library would only pass through as raw strings.
 */
import { escapeXml as escape } from '../html';

export const NAMESPACES = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

export interface PodcastEpisode {
  /** The fragment's quote. */
  title: string;
  /** Plain text. */
  description: string;
  /** The fragment on its home page, absolute. */
  link: string;
  /** Never changes for the same fragment (not a URL). */
  guid: string;
  /** RSS 2.0 makes it optional; Apple recommends it. */
  pubDate?: Date | undefined;
  /** The clip: absolute URL and its exact size in bytes. */
  enclosure: { url: string; length: number };
  /** Seconds the clip plays. */
  seconds: number;
  /** 1, 2, 3, …: the place in the series. */
  episode: number;
  /** The clip's WebVTT, absolute. */
  transcript: string;
}

export interface Podcast {
  title: string;
  /** The page that presents the podcast (/luisteren/), absolute. */
  link: string;
  /** Plain text. */
  description: string;
  /** The feed's own address. */
  self: string;
  author: string;
  /** Cover art (3000×3000), absolute. */
  image: string;
  /** One of Apple's categories, e.g. "Society & Culture". */
  category: string;
  /** The feed's language and its transcripts' ("nl"). */
  language: string;
  /** Podcasting 2.0 guid (podcastGuid in ./guid). */
  guid: string;
  /** Apple's show type: "serial" lists the episodes oldest first and numbers them. */
  type: 'serial' | 'episodic';
  episodes: PodcastEpisode[];
}

const element = (name: string, text: string) => `<${name}>${escape(text)}</${name}>`;

function item(episode: PodcastEpisode, { type, language }: Podcast): string {
  return [
    '<item>',
    element('title', episode.title),
    element('description', episode.description),
    element('link', episode.link),
    `<guid isPermaLink="false">${escape(episode.guid)}</guid>`,
    ...(episode.pubDate ? [element('pubDate', episode.pubDate.toUTCString())] : []),
    `<enclosure url="${escape(episode.enclosure.url)}" length="${episode.enclosure.length}" type="audio/mpeg"/>`,
    // Whole seconds, as Apple recommends.
    element('itunes:duration', String(Math.round(episode.seconds))),
    ...(type === 'serial' ? [element('itunes:episode', String(episode.episode))] : []),
    '<itunes:episodeType>full</itunes:episodeType>',
    '<itunes:explicit>false</itunes:explicit>',
    `<podcast:transcript url="${escape(episode.transcript)}" type="text/vtt" language="${escape(language)}"/>`,
    '</item>',
  ].join('');
}

/** The feed, one element per line at channel level so a diff between two builds reads well. */
export function podcastXml(podcast: Podcast): string {
  const xmlns = Object.entries(NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0"${xmlns}>`,
    '<channel>',
    element('title', podcast.title),
    element('link', podcast.link),
    element('description', podcast.description),
    element('language', podcast.language),
    `<atom:link href="${escape(podcast.self)}" rel="self" type="application/rss+xml"/>`,
    `<image>${element('url', podcast.image)}${element('title', podcast.title)}${element('link', podcast.link)}</image>`,
    `<itunes:image href="${escape(podcast.image)}"/>`,
    element('itunes:author', podcast.author),
    `<itunes:owner>${element('itunes:name', podcast.author)}</itunes:owner>`,
    `<itunes:category text="${escape(podcast.category)}"/>`,
    '<itunes:explicit>false</itunes:explicit>',
    element('itunes:type', podcast.type),
    element('podcast:guid', podcast.guid),
    // Nobody may move this feed to another podcast host: NJi publishes it itself.
    '<podcast:locked>yes</podcast:locked>',
    ...podcast.episodes.map((episode) => item(episode, podcast)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
