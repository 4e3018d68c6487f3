/**
 * The words of a query as search uses them: folded (case, accents and
 * punctuation do not count) and without the Dutch words that carry no topic
 * ("hoe", "ik", "een", "bij"), so a question in plain words searches for
 * what it is about.
 */
import { slugify } from '../slug';

/** Words that say nothing about a topic: articles, pronouns, question words, prepositions, auxiliaries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'de het een en of maar ik je jij u we wij ze zij hij mij me mijn jouw uw ons onze hun haar zijn ' +
    'hoe wat wie waar wanneer waarom welke welk ' +
    'is ben bent was waren wordt worden word kan kun kunt kunnen moet moeten mag wil wilt willen zou ' +
    'heb hebt heeft hebben doe doet doen krijg krijgt krijgen maak maakt maken ' +
    'er dat die dit deze daar hier als dan om te tot in op aan met voor van bij naar over uit door zo ook niet geen nog al wel iets'
  ).split(' '),
);

/** A title or query as compared here: its slug's words, so case, accents, punctuation and spacing do not count. */
export function foldTitle(text: string): string {
  return slugify(text).replaceAll('-', ' ');
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return foldTitle(text).split(' ').filter(Boolean);
}

/**
 * The words to search for: the query's words without stop words, each once.
 * A query of stop words only ("wij in de") keeps its words.
 */
export function searchTerms(query: string): string[] {
  const all = [...new Set(words(query))];
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length ? content : all;
}
