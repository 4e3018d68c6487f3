/**
 * What the social cards show beyond a page's title — for a story its place,
 * initiative, headline (a heading, not a quote) and colour; for a chapter its number — keyed by
 * the card's file. Read and removed by the social-cards integration after the build.
 */
import type { APIRoute } from 'astro';
import { getPublication } from '../../build/content';
import { routes, siteBase } from '../../lib/paths';
import { cardFile, type CardData } from '../../lib/social-card';
import { listeningWords } from '../../lib/recording';
import { pageText, publicationText } from '../../lib/text/nl';

export const GET: APIRoute = async () => {
  const { stories, chapters } = await getPublication();
  const base = siteBase();
  const cards: Record<string, Partial<CardData>> = {};
  for (const story of stories) {
    cards[cardFile(routes.story(story.id), base)] = {
      kicker: publicationText.storyKicker(story.data.place),
      initiative: story.data.initiative,
      headline: story.data.headline,
      colour: story.data.colour,
    };
  }
  chapters.forEach((chapter, i) => {
    cards[cardFile(routes.chapter(chapter.id), base)] = { kicker: publicationText.chapterKicker(i + 1, chapters.length) };
  });
  cards[cardFile(routes.resources(), base)] = { kicker: pageText.titles.resources };
  // The listening page's card says what the recordings are, as the page does.
  cards[cardFile(routes.listen(), base)] = { kicker: listeningWords(stories.map((s) => s.data.recordingKind)).cardKicker };
  cards[cardFile(routes.updates(), base)] = { kicker: pageText.titles.updates };
  return new Response(JSON.stringify(cards), { headers: { 'content-type': 'application/json' } });
};
