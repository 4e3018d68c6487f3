/**
 * What every published MP3 says about itself in its ID3 tag, from the same
 * words the site uses (lib/recording): the title (a fragment's quote, or the
 * whole recording's title in its player), the artist and album as the lock
 * screen shows them (the initiative, with "voorlopige opname (computerstem)"
 * for a stand-in; the publication), the publisher, the year the edition
 * appeared, the stand-in notice as a comment while `recordingKind: voorlopig`,
 * and the podcast's cover. Changing the front matter changes the tags.
 * Pure: src/build/audio-tags.ts hands it the publication and the cover.
 */
import type { Id3Tags } from './mp3/id3';
import { recordingWords, type RecordingKind } from './recording';
import { PUBLISHER, SITE_TITLE } from './site';

/** The parts of a stretch (a fragment or a whole recording) the tags name. */
export interface TaggedStretch {
  whole: boolean;
  /** A fragment's quote; a whole recording has none. */
  quote?: string;
  story: { data: { initiative: string; recordingKind: RecordingKind } };
}

/**
 * The tags of one stretch's file. `appeared`: the day the edition appeared
 * (the oldest entry of content/updates, as the podcast's episode dates), or
 * undefined for no year.
 */
export function audioTags(stretch: TaggedStretch, appeared: Date | undefined, cover: Uint8Array | undefined): Id3Tags {
  const { initiative, recordingKind } = stretch.story.data;
  const words = recordingWords(recordingKind);
  const title = stretch.whole || !stretch.quote ? words.wholeTitle(initiative) : stretch.quote;
  return {
    title,
    artist: words.artist(initiative),
    album: SITE_TITLE,
    publisher: PUBLISHER,
    year: appeared ? String(appeared.getUTCFullYear()) : undefined,
    comment: words.note,
    cover: cover ? { mime: 'image/jpeg', data: cover } : undefined,
  };
}
