/**
 * The search record of /luisteren/ (built in src/pages/zoeken/records.json.ts):
 * its players are no page text, so the record says in the page's own words
 * what the page offers besides the fragments, and which words readers use for
 * listening, all in the table's words (lib/text/nl). tests/e2e/search.test.ts
 * checks that every offer stands on the built page, so the record cannot
 * promise what the page no longer has.
 */
import { listeningKeywords, pageText, player } from '../text/nl';

/** What /luisteren/ offers, as its links and buttons say it (the table's words for them). */
export const LISTENING_OFFERS: readonly string[] = [
  pageText.subscribe,
  // The sentence's first part: how to subscribe ("Kopieer het adres van deze link en plak het in je podcastapp").
  pageText.subscribeHow.split(',')[0]!,
  pageText.playAll,
  player.download(player.theFragment),
  player.downloadTranscript,
];

/** Words readers use for listening, weighted like a title (editors' keywords, lib/search/keywords). */
export const LISTENING_KEYWORDS = listeningKeywords;
