/**
 * What readers type into search, written from the publication's topics before
 * search was tuned (issue 15), with the first results a reader would accept.
 * An empty list means the publication does not cover the topic: the right
 * answer is no result at all. tests/e2e/search-readers.test.ts runs every query
 * through /zoeken/?q= on the built site.
 *
 * Paths are compared with the first result's link: a page, a resource
 * (/bronnen/#id, one result per resource) or a fragment (#fragment-id).
 */

export type QueryKind = 'short' | 'name' | 'typo' | 'compound' | 'form' | 'question' | 'synonym' | 'uncovered';

export interface ReaderQuery {
  q: string;
  kind: QueryKind;
  /** Acceptable first results; empty: the publication does not cover this, nothing should be found. */
  accept: readonly string[];
}

const story = (slug: string) => `/verhalen/${slug}/`;
const chapter = (slug: string) => `/handreiking/${slug}/`;
const resource = (id: string) => `/bronnen/#${id}`;
const fragment = (storySlug: string, id: string) => `/verhalen/${storySlug}/#fragment-${id}`;

const JONGEREN = story('jongeren-maken-de-stad');
const BLOEI = story('buurt-in-bloei');
const OLC = story('open-leercentrum');
const KRACHT = chapter('de-kracht-van-verhalen');
const ZORG = chapter('individuele-zorg-of-gemeenschapsvorming');
const SPEELT = chapter('weten-wat-er-speelt');
const ROL = chapter('de-rol-van-de-wijkprofessional');
const STIMULEREN = chapter('stimuleren-van-initiatieven');
const VERSTERKEN = chapter('versterken-van-initiatieven');
const VALKUILEN = chapter('valkuilen');
const GIDS = '/rol/';
const LUISTEREN = '/luisteren/';

const q = (text: string, kind: QueryKind, ...accept: string[]): ReaderQuery => ({ q: text, kind, accept });

export const READER_QUERIES: readonly ReaderQuery[] = [
  // Short words from the text.
  q('bakfiets', 'short', fragment('jongeren-maken-de-stad', 'oude-bakfiets'), JONGEREN),
  q('koffie', 'short', BLOEI, fragment('buurt-in-bloei', 'zo-min-mogelijk')),
  q('wijkanalyse', 'short', SPEELT),
  q('preventie', 'short', ZORG, GIDS),
  q('subsidie', 'short', VERSTERKEN, OLC),
  q('moskee', 'short', OLC),
  q('huiswerk', 'short', OLC),
  q('jeugdhulp', 'short', resource('wijkkenmerken-en-jeugdzorggebruik')),
  q('mentor', 'short', OLC),

  // Names of initiatives, people, places and resources.
  q('Lelystad', 'name', JONGEREN),
  q('Eindhoven', 'name', BLOEI),
  q('Bergen op Zoom', 'name', OLC),
  q('Samira', 'name', OLC),
  q('WijZijn', 'name', OLC),
  q('URBN Village', 'name', JONGEREN),
  q('ABCD', 'name', resource('abcd-naar-veerkrachtige-gemeenschappen')),
  q('Movisie', 'name', resource('movisie-burgerparticipatie'), resource('movisie-versterken-van-de-sociale-basis'), resource('movisie-5-jaar-sociale-teams')),
  q('buurtagenda', 'name', resource('hoe-maak-je-een-buurtagenda')),
  q('community builder', 'name', resource('community-builder')),
  q('Haagse Hogeschool', 'name', resource('community-builder'), resource('wijkkenmerken-en-jeugdzorggebruik')),

  // Misspellings.
  q('burgerinitiatif', 'typo', KRACHT, STIMULEREN, VERSTERKEN, resource('help-een-burgerinitiatief')),
  q('wijkprofesional', 'typo', ROL),
  q('gelijkwaardigheit', 'typo', VERSTERKEN, resource('samenwerken-tussen-bewoners-collectieven-en-professionals')),
  q('Lelistad', 'typo', JONGEREN),
  q('valkuillen', 'typo', VALKUILEN),
  q('leercentrun', 'typo', OLC),
  q('decentralizatie', 'typo', KRACHT),

  // Compounds split or joined.
  q('wijk team', 'compound', KRACHT, ZORG, SPEELT, ROL, GIDS),
  q('eigen kracht', 'compound', resource('eigenkracht-als-samenkracht')),
  q('buurt huis', 'compound', STIMULEREN, OLC),
  q('participatie', 'compound', resource('movisie-burgerparticipatie'), resource('samenwerken-aan-bewonersinitiatieven')),
  q('ontmoetings plek', 'compound', JONGEREN, OLC, STIMULEREN),
  q('jongeren werk', 'compound', JONGEREN),
  // A compound the text does not have, of words it does ("vrijwilligers", "vrijwilligersacademie"); a word inside a compound it has.
  q('vrijwilligerswerk', 'compound', OLC, resource('sterke-basis-voor-de-jeugd')),
  q('rol van de professional', 'compound', ROL),

  // Singular and plural, other word forms.
  q('initiatiefnemers', 'form', VERSTERKEN, JONGEREN),
  q('valkuil', 'form', VALKUILEN),
  q('verhaal', 'form', KRACHT, '/verhalen/'),
  q('fragment', 'form', LUISTEREN),
  q('vrijwilliger', 'form', OLC, resource('sterke-basis-voor-de-jeugd')),

  // Questions in plain words.
  q('hoe start ik een initiatief in mijn wijk', 'question', STIMULEREN, resource('help-een-burgerinitiatief')),
  q('wat is een burgerinitiatief', 'question', KRACHT),
  q('welke valkuilen zijn er', 'question', VALKUILEN),
  q('hoe werk ik samen met een initiatief', 'question', VERSTERKEN, resource('samenwerken-aan-bewonersinitiatieven'), resource('samenwerken-tussen-bewoners-collectieven-en-professionals')),
  q('wat doet een verbinder', 'question', BLOEI, JONGEREN),
  q('hoe maak je een wijkanalyse', 'question', SPEELT),
  q('hoe krijg ik geld voor mijn initiatief', 'question', VERSTERKEN, JONGEREN, OLC),
  q('welke rol past bij mijn wijkteam', 'question', GIDS, ZORG),

  // Words readers use that the text does not (or only in another form).
  q('geld', 'synonym', VERSTERKEN, JONGEREN, OLC),
  q('jeugdwerk', 'synonym', JONGEREN, OLC),
  q('audio', 'synonym', LUISTEREN),
  q('financien', 'synonym', OLC, VERSTERKEN),
  q('sociale cohesie', 'synonym', KRACHT, resource('wijkkenmerken-en-jeugdzorggebruik')),
  q('opnames', 'synonym', LUISTEREN, '/colofon/'),
  // What /luisteren/ offers, in its own words.
  q('podcast', 'synonym', LUISTEREN),

  // Topics the publication does not cover: nothing should be found.
  q('eenzaamheid', 'uncovered'),
  q('mantelzorg', 'uncovered'),
  q('schuldhulpverlening', 'uncovered'),
  q('dementie', 'uncovered'),
  q('zwembad', 'uncovered'),
  q('klimaatverandering', 'uncovered'),
  q('parkeervergunning', 'uncovered'),
  q('vaccinatie', 'uncovered'),
];
