/**
 * The podcast feed of the fragments, gathered from the publication and the
 * clips (src/build/clips.ts): one episode per fragment in publication order,
 * every address absolute (the site + base path), every date from the content.
 * src/lib/podcast/feed.ts writes the XML; src/pages/luisteren/podcast.xml.ts serves it.
 */
import { getPublication } from './content';
import { getClips } from './clips';
import { podcastXml, type Podcast } from '../lib/podcast/feed';
import { episodeGuid, podcastGuid } from '../lib/podcast/guid';
import { listeningWords, recordingWords } from '../lib/recording';
import { assets, routes } from '../lib/paths';
import { PUBLISHER, SITE_TITLE } from '../lib/site';
import { podcastText } from '../lib/text/nl';

/**
 * Episodes are dated the day the publication appeared (its oldest entry in
 * content/updates), one minute apart in publication order: apps that sort by
 * date then keep the series' order, and a rebuild gives the same dates.
 * Without any entry in content/updates the episodes carry no date.
 */
const EPISODE_SPACING_MS = 60_000;

/** The feed as XML, its addresses on `site` (Astro's `site`; localhost when unset). */
export async function podcastFeed(site: URL | undefined): Promise<string> {
  const publication = await getPublication();
  const clips = await getClips();
  const origin = site ?? new URL('http://localhost/');
  // Every path here carries the base path already.
  const absolute = (path: string) => new URL(path, origin).href;
  const self = absolute(routes.podcast());
  const appeared = publication.updates.at(-1)?.data.date;
  // checkRequiredPages makes sure it is there.
  const home = publication.pages.get('home')!;
  const words = listeningWords(publication.stories.map((s) => s.data.recordingKind));

  const podcast: Podcast = {
    title: podcastText.title(SITE_TITLE),
    link: absolute(routes.listen()),
    description: podcastText.description(SITE_TITLE, PUBLISHER, home.data.description, words.description),
    self,
    author: PUBLISHER,
    image: absolute(assets.podcastCover()),
    // Apple's category for stories of people and their neighbourhoods.
    category: 'Society & Culture',
    language: podcastText.language,
    guid: await podcastGuid(self),
    // Serial: the fragments follow the publication's order and are meant to be heard in it.
    type: 'serial',
    episodes: publication.fragmentOrder.map((fragment, i) => {
      const clip = clips.get(fragment.id);
      if (!clip) throw new Error(`No clip for the fragment ${fragment.id}`);
      const story = fragment.story.data;
      const note = recordingWords(story.recordingKind).note;
      return {
        title: fragment.quote,
        description: [
          note,
          podcastText.fromStory(story.initiative, story.place, SITE_TITLE),
          story.description,
        ]
          .filter(Boolean)
          .join(' '),
        link: absolute(`${fragment.home}#fragment-${fragment.id}`),
        guid: episodeGuid(fragment.id),
        ...(appeared ? { pubDate: new Date(appeared.getTime() + i * EPISODE_SPACING_MS) } : {}),
        enclosure: { url: absolute(fragment.src), length: clip.mp3.byteLength },
        seconds: clip.seconds,
        episode: i + 1,
        transcript: absolute(fragment.transcriptSrc),
      };
    }),
  };
  return podcastXml(podcast);
}
