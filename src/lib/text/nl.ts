/**
 * Every Dutch word of the site's interface, in one table: what pages,
 * components and browser code show or say around the content. The content
 * itself (content/, with content/teksten.yaml) is the editors'; the editors'
 * build messages (ContentError) are written where the rule is.
 *
 * One named export per area, each a plain object of strings and, where a
 * value goes in (a time, a count, a title), small functions. Browser code
 * imports only its own areas (`playerSays`, `dockSays`, `searchSays`,
 * `cuePlayFrom`), so esbuild leaves every other area out of its bundles; keep
 * those areas to what the browser says. Another language is another table
 * of the same shape (`typeof import('./nl')`) and its routes (docs/architecture.md,
 * "Interface text"). Guarded by tests/unit/interface-text.test.ts.
 */

/**
 * The table's language: `<html lang>`, the search index's stemming (Pagefind),
 * the PDF's language, the podcast feed and its transcripts, the order of
 * entries without a number. Plain strings (esbuild inlines them).
 */
export const LANGUAGE = 'nl';
/** With its region: dates ("12 november 2026") and the changes feed's `<language>`. */
export const LOCALE = 'nl-NL';

/** Durations in words: lib/time builds "1 min 37 sec" and "1 minuut 5 seconden" from these. */
export const timeWords = {
  hours: (n: number) => `${n} uur`,
  minutesShort: (n: number) => `${n} min`,
  secondsShort: (n: number) => `${n} sec`,
  minutes: (n: number) => `${n} ${n === 1 ? 'minuut' : 'minuten'}`,
  seconds: (n: number) => `${n} ${n === 1 ? 'seconde' : 'seconden'}`,
};

/** Dates as readers see them ("12 november 2026"). */
export const dateWords = {
  locale: LOCALE,
};

/**
 * The eager script's words (browser/fragment-player): a transcript line becomes the button "Speel vanaf 0:12 …".
 * A plain string, not an area object: esbuild then inlines it, and the script every page runs stays as small.
 */
export const cuePlayFrom = 'Speel vanaf ';

/** What the player's controls are named and what it says while it plays (server markup and controller). */
export const playerSays = {
  /** "fragment van 1 minuut 18 seconden". */
  whatPlays: (noun: string, length: string) => `${noun} van ${length}`,
  play: 'Afspelen',
  pause: 'Pauzeren',
  /** "Afspelen: fragment van …". */
  button: (verb: string, what: string) => `${verb}: ${what}`,
  /** "12 seconden van 1 minuut 18 seconden". */
  position: (at: string, length: string) => `${at} van ${length}`,
  paused: 'Gepauzeerd',
  playing: (title: string) => `Speelt af: ${title}`,
  ended: 'Fragment afgelopen',
  speed: (rate: number) => `Snelheid ${String(rate).replace('.', ',')} keer`,
  slow: 'Het laden duurt lang. Opnieuw proberen kan met de knop in de speler.',
  blocked: 'De browser hield het afspelen tegen. Druk nog een keer op afspelen.',
  copied: (at: string | undefined) => (at ? `Link gekopieerd, start op ${at}` : 'Link gekopieerd'),
  copyThis: (link: string) => `Kopieer deze link: ${link}`,
  /** For the browser console (a maintainer's diagnosis), not for readers. */
  logFailed: 'Fragment kan niet worden afgespeeld:',
  logBlocked: 'Afspelen geblokkeerd:',
};

/**
 * The dock and the page change (browser/player/dock, ./navigate, ./controller;
 * lib/player/dock-text adds the clock where a time goes in). Some words are
 * `playerSays`' too: written again here, since a field that
 * read theirs would keep every area in the player's bundle (see the header).
 */
export const dockSays = {
  region: 'Speler',
  play: 'Afspelen',
  pause: 'Pauzeren',
  back: (s: number) => `${s} seconden terug`,
  forward: (s: number) => `${s} seconden vooruit`,
  speed: 'Snelheid',
  toFragment: 'Naar het fragment',
  close: 'Speler sluiten',
  /** "Verder luisteren: ‘…’ vanaf 2:14". */
  resumeOffer: (title: string, at: string) => `Verder luisteren: ‘${title}’ vanaf ${at}`,
  resume: 'Verder luisteren',
  forget: 'Vergeten',
  /** "0:12 van 1:18". */
  time: (at: string, length: string) => `${at} van ${length}`,
  playing: (title: string) => `Speelt af: ${title}`,
  paused: 'Gepauzeerd',
  ended: 'Fragment afgelopen',
  pageLoaded: (title: string) => `Pagina geladen: ${title}`,
  playAll: 'Alles afspelen',
  stopAll: 'Stoppen met alles afspelen',
  nextInQueue: (title: string) => `Volgende fragment: ${title}`,
  allPlayed: 'Alle fragmenten zijn afgespeeld',
  stopped: 'Gestopt',
};

/**
 * The kinds of result, as the index files them (the `type` filter) and as the
 * results show them, in the order the filter lists them.
 */
export const STORY = 'Verhaal';
export const CHAPTER = 'Hoofdstuk';
export const FRAGMENT = 'Fragment';
export const RESOURCE = 'Bron';
// Plain names, not `resultTypes.story`: esbuild keeps an object whose fields read another object's
// (a property read might have effects), and that would put every area into every bundle. For the
// same reason lib/pages (in every bundle through lib/paths) takes these and the page titles as plain strings.
export const resultTypes = { story: STORY, chapter: CHAPTER, fragment: FRAGMENT, resource: RESOURCE } as const;

/** What search shows and says in the browser (browser/search/ui, lib/search/plan). */
export const searchSays = {
  keysHint: 'Met pijltje omlaag ga je naar de resultaten',
  typeOrder: [STORY, CHAPTER, FRAGMENT, RESOURCE],
  filters: { type: 'Soort', initiatief: 'Initiatief' } as Record<string, string>,
  devMode: 'In de ontwikkelmodus (npm run dev) is er geen zoekindex. Bouw de site om te zoeken: npm run build && npm run preview.',
  unavailable: 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw, of gebruik de inhoudsopgave.',
  logFailed: 'Zoeken kon niet laden:',
  more: (n: number) => `Meer resultaten tonen (${n})`,
  /** "Bedoelde je [suggestion]?": the text before and after the button. */
  didYouMean: ['Bedoelde je ', '?'] as const,
  fragment: FRAGMENT,
  /** The status sentence (lib/search/plan, statusText). */
  count: (k: number) => `${k} ${k === 1 ? 'resultaat' : 'resultaten'}`,
  withFilter: ' (met filter)',
  insteadOf: (query: string, filter: string, count: string, instead: string) =>
    `Geen resultaten voor ‘${query}’${filter}. Wel ${count} voor ‘${instead}’.`,
  none: (query: string, filter: string) => `Geen resultaten voor ‘${query}’${filter}. Probeer een ander woord.`,
  onlyPartial: (query: string, filter: string, count: string) =>
    `Geen resultaten met alle woorden voor ‘${query}’${filter}; ${count} met een deel ervan.`,
  alsoFirst: (query: string, filter: string, count: string, also: string) => `${count} voor ‘${query}’${filter}, eerst die voor ‘${also}’`,
  found: (query: string, filter: string, count: string, partial: number) =>
    `${count} voor ‘${query}’${filter}${partial ? `, waarvan ${partial} met een deel van de woorden` : ''}`,
};

/** Quotation marks around a quote named in running text. */
export const quoted = (text: string) => `“${text}”`;

/** The player's markup (components/FragmentPlayer): what it shows and names before any script runs. */
export const player = {
  fragmentNoun: 'fragment',
  thisFragment: 'dit fragment',
  toFragment: 'Naar het fragment',
  inStory: ' in het verhaal',
  back: (seconds: number) => `${seconds} seconden terug`,
  forward: (seconds: number) => `${seconds} seconden vooruit`,
  position: 'Positie',
  speed: 'Snelheid',
  rate: (rate: number) => `${String(rate).replace('.', ',')}×`,
  share: 'Deel',
  shareWhat: (noun: string) => ` een link naar ${noun}`,
  keys: (seconds: number) =>
    `Sneltoetsen in de speler: K afspelen of pauzeren, J ${seconds} seconden terug, L ${seconds} seconden vooruit. Met een schermlezer werken ze in de focusmodus (bijvoorbeeld op de positiebalk); de knoppen werken altijd.`,
  slow: 'Het laden duurt lang. Misschien is de verbinding traag.',
  retry: 'Opnieuw proberen',
  retryWhat: (noun: string) => ` ${noun} af te spelen`,
  failed: 'Dit fragment kan nu niet worden afgespeeld.',
  failedHelp: (what: string) => ` Lees hieronder wat er gezegd wordt, of download ${what}.`,
  theRecording: 'de opname',
  theFragment: 'het fragment',
  transcript: 'Uitgeschreven tekst',
  transcriptOf: (noun: string) => ` van ${noun}`,
  playOn: 'Luister verder in de hele opname',
  playOnOf: (initiative: string) => ` van ${initiative}`,
  playOnFrom: (at: string) => ` vanaf ${at}`,
  download: (what: string) => `Download ${what}`,
  downloadOf: (initiative: string) => `van ${initiative}`,
  mp3: ' (MP3)',
  downloadTranscript: 'Download de uitgeschreven tekst',
  transcriptOfRecording: (initiative: string) => `van de opname van ${initiative}`,
  transcriptOfFragment: (quote: string) => `van het fragment ${quoted(quote)}`,
  vtt: ' (WebVTT-bestand)',
};

/** What the site says about a story's recording, by kind (lib/recording picks; every player, /luisteren/, cards, search and tags use it). */
export const recordingText = {
  standInNote: 'Voorlopige opname: een computerstem leest de tekst van het verhaal voor.',
  standInShort: 'voorlopige opname',
  interview: {
    wholeHeading: 'Het hele interview',
    wholeIntro:
      'De fragmenten op deze pagina komen uit één interview. Hier kun je het in zijn geheel beluisteren en de uitgeschreven tekst lezen.',
    wholeTitle: (initiative: string) => `Het hele interview: ${initiative}`,
    wholeLabel: 'Interview',
    wholeNoun: 'het interview',
  },
  standIn: {
    wholeHeading: 'De hele opname',
    wholeIntro:
      'De fragmenten op deze pagina komen uit één opname. Hier kun je haar in zijn geheel beluisteren en de uitgeschreven tekst lezen.',
    wholeTitle: (initiative: string) => `De hele opname: ${initiative}`,
    wholeLabel: 'Hele opname',
    wholeNoun: 'de opname',
    artist: (initiative: string, short: string) => `${initiative} · ${short} (computerstem)`,
  },
  /** /luisteren/ and its card, by how many recordings are stand-ins. */
  listening: {
    none: {
      description: 'De fragmenten uit de interviews bij de verhalen, met de uitgeschreven tekst.',
      cardKicker: 'Fragmenten uit de interviews',
    },
    all: {
      description:
        'De fragmenten bij de verhalen, met de uitgeschreven tekst. Voorlopige opnamen: een computerstem leest de tekst van de verhalen voor.',
      note: 'Alle opnamen zijn voorlopig: een computerstem leest de tekst van het verhaal voor.',
      cardKicker: 'Voorlopige opnamen · computerstem',
    },
    some: {
      description: 'De fragmenten bij de verhalen, met de uitgeschreven tekst. Bij elk fragment staat of het een voorlopige opname is.',
      note: 'Een deel van de opnamen is voorlopig: daar leest een computerstem de tekst van het verhaal voor. Dat staat bij het fragment.',
      cardKicker: 'Fragmenten · deels voorlopige opnamen',
    },
  },
};

/** The page frame: layouts, header, footer, edit link, table of contents, previous and next. */
export const layout = {
  skipLink: 'Naar de inhoud',
  /** The description of a page without its own, and the footer: "…, een publicatie van het NJi". */
  publicationOf: (title: string, publisher: string) => `${title}, een publicatie van het ${publisher}`,
  footerPublicationOf: ' is een publicatie van het ',
  changesIn: (title: string) => `Wijzigingen in ${title}`,
  mainMenu: 'Hoofdmenu',
  footer: 'Voettekst',
  footerLinks: {
    home: 'Begin',
    stories: 'Verhalen',
    chapters: 'Handreiking',
    listen: 'Luisteren',
    resources: 'Bronnen',
    roleGuide: 'Rolwijzer',
    colophon: 'Colofon',
    updates: 'Wijzigingen',
  },
  onThisPage: 'Op deze pagina',
  prevNext: 'Vorige en volgende',
  previous: 'Vorige',
  next: 'Volgende',
  /** "Volgende · Verhaal". */
  direction: (word: string, kind: string) => `${word} · ${kind}`,
  edit: (what: string) => `Bewerk ${what}`,
  editThisPage: 'deze pagina',
  editThisResource: 'deze bron',
  editThisUpdate: 'deze wijziging',
  editFor: ' (voor de redactie, op de site van de repository)',
  pdf: 'Download als PDF',
  updatedOn: 'Bijgewerkt op',
  /** A box in the text (components/Aside) without a title of its own, as a screen reader names it. */
  aside: 'Kader',
};

/** The footnotes of the MDX text (astro.config.mjs, the Markdown pipeline's GFM footnotes). */
export const footnoteText = {
  /** The heading over the notes, read by screen readers. */
  heading: 'Voetnoten',
  back: (n: number) => `Terug naar de tekst bij voetnoot ${n}`,
};

/** Stories, chapters and their boxes and cards. */
export const publicationText = {
  chapterKicker: (n: number, total: number) => `Handreiking · hoofdstuk ${n} van ${total}`,
  storyKicker: (place: string) => `Verhaal · ${place}`,
  fromTheStory: 'Uit het verhaal',
  readWholeStory: 'Lees het hele verhaal',
  ofInitiative: (initiative: string) => ` van ${initiative}`,
  fragmentsToHear: (n: number) => `${n} ${n === 1 ? 'fragment' : 'fragmenten'} om te beluisteren`,
  /** "A, B en C". */
  list: (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items.at(-1)}` : items.join('')),
};

/** The colophon's paragraph on the recordings (components/RecordingStatus). */
export const recordingStatus = {
  real: 'De opnamen bij de verhalen zijn de interviews zelf. De uitgeschreven tekst bij elk fragment geeft weer wat er te horen is.',
  allStandIns: 'De opnamen bij de verhalen zijn',
  someStandIns: (stories: string) => `De opnamen bij ${stories} zijn`,
  /** "… zijn voorlopig <strong>synthetische opnamen</strong>: een computerstem …": before, in and after the emphasis. */
  standIns: [
    'voorlopig ',
    'synthetische opnamen',
    ': een computerstem leest de tekst van het verhaal voor. Je hoort dus niet de stemmen van de mensen uit het verhaal, en de uitgeschreven tekst noemt geen sprekers. Bij elke speler staat dat het een voorlopige opname is. Zodra de opnamen van de echte gesprekken er zijn, komen die ervoor in de plaats. De uitgeschreven tekst bij elk fragment geeft weer wat er in de opname te horen is.',
  ] as const,
};

/** The role guide's own words around the content of content/rolwijzer.yaml (components/RoleGuide). */
export const roleGuideText = {
  marked: (role: string) => `Gemarkeerd in figuur 1: ${role}`,
  fromThePublication: 'Uit de publicatie, bij ',
  /** ‘De rol van …’: a chapter named in running text. */
  named: (name: string) => `‘${name}’`,
  readOn: 'Lees verder in de publicatie',
  /** Over a situation: "Vraag 2", or with the publication's group "Individuele zorg · vraag 2". */
  question: (n: number) => `Vraag ${n}`,
  questionIn: (group: string, n: number) => `${group} · vraag ${n}`,
  back: 'Terug naar de situaties',
  other: 'Andere situatie kiezen',
};

/** The search dialog and panel (components/Search, SearchPanel, pages/zoeken). */
export const searchText = {
  open: 'Zoeken',
  heading: 'Zoeken in de publicatie',
  close: 'Zoeken sluiten',
  field: 'Zoek in de publicatie',
  submit: 'Zoeken',
  results: 'Zoekresultaten',
  title: 'Zoeken',
  noScript:
    'Zoeken heeft JavaScript nodig. Alles uit de publicatie vind je ook via de verhalen, de handreiking en de bronnen in het menu bovenaan.',
};

/** The titles of the site's own pages (lib/pages) and what those pages say around their content. */
export const TITLE_HOME = 'Het begin van de publicatie';
export const TITLE_STORIES = 'Verhalen';
export const TITLE_CHAPTERS = 'Handreiking';
export const TITLE_LISTEN = 'Luisteren';
export const TITLE_RESOURCES = 'Bronnen';
export const TITLE_ROLE_GUIDE = 'Welke rol past bij jouw wijkteam?';
export const TITLE_SEARCH = 'Zoeken';
export const TITLE_UPDATES = 'Wijzigingen';

/**
 * What kind of page each stop of the reading order is, shown beside previous and
 * next ("Volgende · Verhaal"; lib/publication/sequence). Where the kind is the
 * page's title, the link shows the title alone.
 */
export const readingKinds = { chapter: CHAPTER, story: STORY, resources: TITLE_RESOURCES, colophon: 'Colofon' };

export const pageText = {
  titles: {
    home: TITLE_HOME,
    stories: TITLE_STORIES,
    chapters: TITLE_CHAPTERS,
    listen: TITLE_LISTEN,
    resources: TITLE_RESOURCES,
    roleGuide: TITLE_ROLE_GUIDE,
    search: TITLE_SEARCH,
    updates: TITLE_UPDATES,
  },
  /** The cover. */
  stories: 'De verhalen',
  intro: 'Inleiding',
  contents: 'Inhoud van de handreiking',
  readOn: 'Verder lezen: ',
  andThe: ' en het ',
  colophon: 'colofon',
  /** /verhalen/. */
  storiesDescription: (named: string) => `Verhalen uit de praktijk: ${named}.`,
  /** /handreiking/. */
  chaptersKicker: 'Handreiking',
  chaptersHeading: 'Inhoud',
  chaptersDescription: (title: string) => `De hoofdstukken van de handreiking uit ${title}, in de volgorde van de publicatie.`,
  /** /luisteren/. */
  listenHeading: 'Luister de fragmenten',
  listenLead: (count: number, length: string) =>
    `${count} fragmenten bij de verhalen, samen ${length}, in de volgorde van de publicatie. Bij elk fragment staat wat er gezegd wordt.`,
  podcastTitle: (title: string) => `Podcast: fragmenten uit ${title}`,
  subscribe: 'Abonneer in je podcastapp',
  subscribeHow: 'Kopieer het adres van deze link en plak het in je podcastapp, meestal bij ‘toevoegen via RSS’ of ‘via URL’.',
  playAll: 'Alles afspelen',
  /** Under "Alles afspelen" on a story page: what it plays, then it stops. */
  /** The length stays on one line ("8 min 50 sec", not "8 min 50 / sec"). */
  playAllStory: (count: number, length: string) => `De ${count} fragmenten van dit verhaal na elkaar, samen ${length.replaceAll(' ', '\u00a0')}.`,
  /** /rol/. */
  questionsIn: 'De vragen staan in de publicatie onder ',
  /** /wijzigingen/ and its feed. */
  updatesHeading: 'Wat is er veranderd?',
  updatesLead: 'Deze uitgave wordt bijgehouden. Hier staat wat er is veranderd, de nieuwste wijziging eerst. Volg de wijzigingen in je feedlezer met de ',
  updatesFeed: 'feed van deze pagina',
  updatesDescription: (title: string) => `Wat er is veranderd in de digitale uitgave van ${title}, de nieuwste wijziging eerst.`,
  feedDescription: (title: string, publisher: string) => `Wat er is veranderd in de digitale uitgave van ${title}, een publicatie van het ${publisher}.`,
  changedPages: (n: number) => (n === 1 ? 'Veranderde pagina' : 'Veranderde pagina’s'),
  changedInFeed: (pages: string) => `<p>Veranderd: ${pages}</p>`,
  /** /zoeken/. */
  searchDescription: 'Zoek in de verhalen, de handreiking, de fragmenten en de bronnen.',
  /** A moved page's forwarding page. */
  moved: 'Deze pagina is verplaatst',
  movedDescription: (title: string) => `Deze pagina staat nu op een andere plaats: ${title}.`,
  movedTo: 'Je vindt de tekst nu hier: ',
  /** The social cards' kicker line (pages/og/kaarten.json). */
  listenRecord: 'Luister de fragmenten',
};

/** The colophon's notes on the edition (pages/colofon): its corrections and choices. */
export const colophonText = {
  corrections: 'Verbeteringen ten opzichte van de gedrukte uitgave',
  choices: 'Keuzes in deze uitgave',
  correctionsLead:
    'Waar de tekst van deze uitgave afwijkt van de gedrukte uitgave, staat dat hieronder: eerst de verbeterde taalfouten, dan de keuzes die deze uitgave maakte, met de reden. Bij elke controle van de site wordt de tekst vergeleken met de gedrukte uitgave; een afwijking die hier niet staat, wordt dan gemeld.',
  printed: 'Gedrukte uitgave',
  edition: 'Deze uitgave',
  kind: 'Soort',
  /** Where the edition leaves out what was printed. */
  omitted: '(weggelaten)',
  /** The kinds of content/verbeteringen.yaml (its `kind`), as the table shows them. */
  kinds: { spelling: 'spelling', woordkeuze: 'woordkeuze', hoofdletters: 'hoofdletter', interpunctie: 'leestekens', keuze: 'keuze' },
  allPlaces: 'Alle plaatsen',
  /** A fragment in the table: "Fragment · 1 min 37 sec". */
  fragment: (length: string) => `${FRAGMENT} · ${length}`,
  places: (n: number, rule: boolean) => (rule ? `De ${n} gedrukte schrijfwijzen` : n === 1 ? 'De plaats' : `De ${n} plaatsen`),
};

/** The PDF edition's own words (lib/pdf/template, lib/pdf/facts); the same words as the site where the site has them. */
export const pdfText = {
  contents: 'Inhoud',
  listen: 'Luister: scan de code of ga naar',
  qrAlt: 'QR-code naar',
  /** What the download link says about the PDF: "1,2 MB, 32 pagina's" (under 0,1 MB in kB). */
  facts: (megabytes: number, kilobytes: number, pages: number) =>
    `${megabytes < 0.1 ? `${kilobytes} kB` : `${megabytes.toFixed(1).replace('.', ',')} MB`}, ${pages} ${pages === 1 ? 'pagina' : "pagina's"}`,
};

/** The podcast feed's own words (build/podcast, build/podcast-cover); the episodes' titles are the fragments' quotes. */
export const podcastText = {
  /** The feed's language, and its transcripts'. */
  language: LANGUAGE,
  title: (title: string) => `${title}: fragmenten`,
  description: (title: string, publisher: string, home: string, recordings: string) =>
    `Fragmenten uit ${title}, een publicatie van het ${publisher}. ${home} ${recordings}`,
  /** An episode's description after the recording's note, before the story's own description. */
  fromStory: (initiative: string, place: string, title: string) => `Uit het verhaal over ${initiative} (${place}) in ${title}.`,
  /** Over the title on the cover art. */
  coverKicker: 'Fragmenten',
};

/**
 * Words readers use for listening, by which search finds /luisteren/ (lib/search/listening,
 * weighted like a title, as editors' keywords are): the page's players are no page text.
 */
export const listeningKeywords: readonly string[] = ['audio', 'geluid', 'opnamen', 'luisteren', 'beluisteren', 'podcast', 'downloaden'];
