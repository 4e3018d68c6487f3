/**
 * The search record of /luisteren/ (built in src/pages/zoeken/records.json.ts):
 * its players are no page text, so the record says in the page's own words
 * what the page offers besides the fragments, and which words readers use for
 * listening. tests/e2e/search.test.ts checks that every offer stands on the
 * built page, so the record cannot promise what the page no longer has.
 */

/** What /luisteren/ offers, as its links and buttons say it. */
export const LISTENING_OFFERS: readonly string[] = [
  'Abonneer in je podcastapp',
  'Kopieer het adres van deze link en plak het in je podcastapp',
  'Alles afspelen',
  'Download het fragment',
  'Download de uitgeschreven tekst',
];

/** Words readers use for listening, weighted like a title (editors' keywords, lib/search/keywords). */
export const LISTENING_KEYWORDS: readonly string[] = ['audio', 'geluid', 'opnamen', 'luisteren', 'beluisteren', 'podcast', 'downloaden'];
