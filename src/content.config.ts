/**
 * The content model: every collection editors touch, with its front matter.
 * Field names are English; every value a reader sees is Dutch.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { RESOURCE_GROUPS } from './lib/resource-groups';
import { DURATION_PATTERN } from './lib/time';
import { parseDate } from './lib/dates';
import { idFromFileName } from './build/entry-id';
import { DESCRIPTION_MAX } from './lib/site';
import { recordingKindField } from './lib/recording';
import { INITIATIVE_COLOURS } from './lib/colours';
import { DEFAULT_ART, INITIATIVE_ART } from './lib/initiative-art';
import { LETTER_SLUG, SLUG } from './lib/slug';
import { PAGES } from './lib/pages';
import { didYouMean } from './lib/edit-distance';
import { nextFreeHint } from './build/order-numbers';

// Editors read these messages: Dutch, from zod's own translations.
z.config(z.locales.nl());

/**
 * One folder of MDX files. A file's address is its file name (lower case,
 * hyphens): two files that would get the same address stop the build.
 */
const mdx = (folder: string, address?: (id: string) => string) =>
  glob({
    pattern: '**/*.mdx',
    base: `./content/${folder}`,
    generateId: idFromFileName({ folder: `content/${folder}`, ...(address ? { address } : {}) }),
  });

// Every message names what is wrong and what is expected, with the value the editor wrote.
const shown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value)));
const MISSING = 'dit veld ontbreekt; het is verplicht';
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? MISSING : `verwacht ${what}, maar er staat ${shown(issue.input)}`;
/** Choices for a message: "oranje, groen of blauw". */
const oneOf = (choices: readonly string[]) => (choices.length > 1 ? `${choices.slice(0, -1).join(', ')} of ${choices.at(-1)}` : choices.join(''));

const text = z.string({ error: expected('tekst tussen aanhalingstekens, bijvoorbeeld "Buurt in Bloei"') }).trim().min(1, 'mag niet leeg zijn');
const time = z
  .string({ error: expected('een tijd tussen aanhalingstekens, bijvoorbeeld "7:27"') })
  .regex(DURATION_PATTERN, { error: (issue) => `${shown(issue.input)} is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"` });
/** The place in the publication; every message about it names the next free number in the folder. */
const order = (folder: string) => {
  const free = (message: string) => `${message}.${nextFreeHint(folder)}`;
  return z
    .number({ error: (issue) => free(expected('een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3')(issue)) })
    .int({ error: (issue) => free(`verwacht een heel getal, zoals 3, maar er staat ${shown(issue.input)}`) })
    .positive({ error: (issue) => free(`verwacht een getal vanaf 1, maar er staat ${shown(issue.input)}`) });
};
/** What search engines and social sites show under the title: whole sentences from the page's own text. */
const description = text.max(DESCRIPTION_MAX, {
  error: (issue) =>
    `de beschrijving is ${typeof issue.input === 'string' ? issue.input.length : 'te veel'} tekens lang; zoekmachines en sociale media tonen er ongeveer ${DESCRIPTION_MAX} en kappen de rest af. ` +
    `Kies één of twee hele zinnen uit de tekst van samen hoogstens ${DESCRIPTION_MAX} tekens.`,
});
/** A calendar day as year-month-day: `updated: 2026-11-12`. */
const date = z.custom<Date>((value) => parseDate(value) !== undefined, {
  error: expected('een datum als jaar-maand-dag, bijvoorbeeld 2026-11-12'),
}).transform((value) => parseDate(value)!);
/** Only the fields below: a misspelt field name (udpated, imagealt, slug) stops the build instead of being ignored. */
const fields = <T extends z.core.$ZodLooseShape>(shape: T, hints: Record<string, string> = {}) =>
  z.preprocess((input, ctx) => {
    if (input && typeof input === 'object' && !Array.isArray(input)) {
      for (const key of Object.keys(input)) {
        if (key in shape) continue;
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input,
          message: `onbekend veld. ${hints[key] ?? `Kijk de spelling na; velden die hier horen: ${Object.keys(shape).join(', ')}.`}`,
        });
      }
    }
    return input;
  }, z.object(shape));
/**
 * A list of items with an `id` (fragments, situations): a problem in an item
 * names the item by its id, `fragments.“begin-klein”.end`, not by its place
 * counted from zero, `fragments.0.end`; an item without an id by its number
 * counted from 1, `fragments.nr 3.end`.
 */
const listById = <T extends z.ZodType>(item: T, list: z.ZodArray<z.ZodUnknown>) =>
  list.transform((items, ctx): z.output<T>[] =>
    items.map((raw, i) => {
      const result = item.safeParse(raw);
      if (result.success) return result.data;
      const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id ? `“${raw.id}”` : `nr ${i + 1}`;
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [id, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
      return z.NEVER;
    }),
  );
/**
 * A photo: the file next to the MDX file (`image: ./buurt-in-bloei.jpg`), with a
 * description for readers who cannot see it (`imageAlt`), required when there is an image.
 */
const withImageAlt = <T extends { image?: unknown; imageAlt?: string | undefined }>(data: T, ctx: z.RefinementCtx) => {
  if (data.image && !data.imageAlt) {
    ctx.addIssue({
      code: 'custom',
      path: ['imageAlt'],
      message: 'dit veld ontbreekt: bij een afbeelding (image) hoort een beschrijving voor wie de foto niet kan zien, bijvoorbeeld imageAlt: "Wilma en Patrick op een bankje in de wijk"',
    });
  }
};

/**
 * Words readers use for a topic the entry really covers, that its text does not
 * use (or not in that form): search finds the entry by them. Optional, sparing:
 * `trefwoorden: [geld, financiering]`. See docs/redactie.md.
 */
const keywords = z
  .array(text, { error: expected('een lijst woorden tussen haken, bijvoorbeeld trefwoorden: [geld, financiering]') })
  .optional();

const person = fields({
  name: text,
  role: text.optional(),
});

const fragment = fields({
  /** Stable id, used in links: /verhalen/<story>/#fragment-<id> */
  id: z
    .string({ error: expected('een id tussen aanhalingstekens, bijvoorbeeld "begin-klein"') })
    .regex(SLUG, { error: (issue) => `${shown(issue.input)}: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld begin-klein` }),
  /** The quote, as printed. */
  quote: text,
  /** Who speaks, if the publication says so; only with a real interview (recordingKind: interview). */
  speaker: text.optional(),
  /**
   * Where the fragment starts and ends in the story's recording: m:ss or h:mm:ss.
   * Left out, they come from where the quote is spoken in the transcript
   * (src/lib/publication/quote-times.ts), and the build says which times it used.
   */
  start: time.optional(),
  end: time.optional(),
  trefwoorden: keywords,
});

const stories = defineCollection({
  loader: mdx('stories', PAGES.story.path),
  schema: ({ image }) =>
    fields({
      title: text,
      initiative: text,
      place: text,
      /**
       * The story's heading on the cover and the stories overview, as the printed
       * cover has it, when that is not "initiative – place" (components/StoryCard.astro).
       */
      coverTitle: text.optional(),
      people: z.array(person).min(1),
      /** The story's printed heading, shown as a heading under the title: not a quotation, so never in quote marks. */
      headline: text,
      lead: text,
      summary: text,
      /** For search engines and sharing: whole sentences from the lead or the text, at most 160 characters. */
      description,
      order: order('stories'),
      /** One of the initiative colours of src/lib/colours.ts. */
      colour: z.enum(INITIATIVE_COLOURS, { error: expected(`een van de kleuren ${oneOf(INITIATIVE_COLOURS)}`) }),
      /** The drawing shown when there is no photo (components/InitiativeArt.astro). */
      art: z.enum(INITIATIVE_ART, { error: expected(`een van de tekeningen ${oneOf(INITIATIVE_ART)}`) }).default(DEFAULT_ART),
      /** The interview recording: a file in audio/, with its transcript next to it (same name, .vtt). */
      recording: z
        .string({ error: expected('een bestandsnaam tussen aanhalingstekens, bijvoorbeeld "buurt-in-bloei.mp3"') })
        .regex(/^[\w.-]+\.mp3$/, {
          error: (issue) => `${shown(issue.input)}: geef de bestandsnaam van een MP3 in de map audio/, bijvoorbeeld "buurt-in-bloei.mp3"`,
        }),
      /**
       * What the recording is: "voorlopig" while it is a synthetic stand-in (a computer
       * voice reading the story text), "interview" once it is the real interview.
       * Every label on the site follows this field (src/lib/recording.ts).
       */
      recordingKind: recordingKindField,
      fragments: listById(fragment, z.array(z.unknown(), { error: expected('een lijst fragmenten, elk beginnend met "- id:"') })).default([]),
      updated: date.optional(),
      image: image().optional(),
      imageAlt: text.optional(),
      trefwoorden: keywords,
    }).superRefine(withImageAlt),
});

const chapters = defineCollection({
  loader: mdx('chapters', PAGES.chapter.path),
  schema: ({ image }) =>
    fields({
      title: text,
      order: order('chapters'),
      description,
      updated: date.optional(),
      image: image().optional(),
      imageAlt: text.optional(),
      trefwoorden: keywords,
    }).superRefine(withImageAlt),
});

/**
 * The printed resource list gives each source a title and a description, and no
 * publisher or year apart from what its description says: so the site has no
 * fields for them (docs/redactie.md, 4, Bron).
 */
const IN_DESCRIPTION =
  'De bronnenlijst toont per bron een titel en een omschrijving, zoals de gedrukte uitgave; zet uitgever en jaar in de omschrijving onder de tweede ---, bijvoorbeeld: Een dossier van Movisie (2019) over …';

const resources = defineCollection({
  loader: mdx('resources', (id) => `${PAGES.resources.path}#${id}`),
  schema: fields({
    title: text,
    group: z.enum(RESOURCE_GROUPS, {
      error: (issue) =>
        issue.input === undefined
          ? MISSING
          : `${shown(issue.input)} is geen groep van de bronnenlijst.${didYouMean(String(issue.input), RESOURCE_GROUPS, (g) => `"${g}"`)} ` +
            `Kies een van: ${RESOURCE_GROUPS.map((g) => `"${g}"`).join(', ')}`,
    }),
    /** Optional: a resource without it stands at the end of its group (src/lib/publication/order.ts). */
    order: order('resources').optional(),
    url: z.url({ error: expected('een volledig webadres, beginnend met https://') }).optional(),
    updated: date.optional(),
    trefwoorden: keywords,
  }, Object.fromEntries(['publisher', 'uitgever', 'year', 'jaar', 'author', 'auteur'].map((field) => [field, IN_DESCRIPTION]))),
});

/** The cover (home), the resources introduction (bronnen) and the colophon (colofon). */
const pages = defineCollection({
  loader: mdx('pages'),
  schema: ({ image }) =>
    fields({
      title: text,
      description,
      updated: date.optional(),
      image: image().optional(),
      imageAlt: text.optional(),
    }).superRefine(withImageAlt),
});

/**
 * What changed since the publication appeared: one short MDX file per change,
 * listed newest first on /wijzigingen/ and in its feed. `pages` are the site
 * paths that changed (checked against the pages the site has).
 */
const updates = defineCollection({
  loader: mdx('updates', (id) => `${PAGES.updates.path}#${id}`),
  schema: fields({
    title: text,
    date,
    pages: z
      .array(
        z
          .string({ error: expected('een pad op deze site tussen aanhalingstekens, bijvoorbeeld "/verhalen/buurt-in-bloei/"') })
          .trim()
          .startsWith('/', { error: (issue) => `${shown(issue.input)}: schrijf een pad op deze site, beginnend met /, bijvoorbeeld "/bronnen/"` }),
        { error: expected('een lijst paden, elk op een eigen regel beginnend met "- "') },
      )
      .min(1, 'noem minstens één pagina die veranderd is'),
  }),
});

/**
 * The role guide “Welke rol past bij jouw wijkteam?”: one entry, `rolwijzer`,
 * in content/rolwijzer.yaml. The publication's three questions side by side,
 * each with the role the publication gives for it; roles, ids, sources and
 * links are checked in lib/role-guide.
 */
const guideId = z
  .string({ error: expected('een id tussen aanhalingstekens of zonder, bijvoorbeeld behoefte') })
  .regex(LETTER_SLUG, 'gebruik kleine letters, cijfers en streepjes; begin met een letter');
const guideLinks = z
  .array(
    fields({
      label: text,
      href: z
        .string({ error: expected('een pad op deze site tussen aanhalingstekens, bijvoorbeeld "/handreiking/stimuleren-van-initiatieven/"') })
        .trim()
        .startsWith('/', 'schrijf een pad op deze site, beginnend met /'),
    }),
    { error: expected('een lijst links, elk met label en href') },
  )
  .min(1, 'zet hier minstens één link: waar leest de lezer verder?');
const roleGuide = defineCollection({
  loader: file('content/rolwijzer.yaml'),
  schema: fields({
    title: text,
    label: text,
    intro: text,
    prompt: text,
    note: text,
    source: text,
    situations: listById(
      fields({
          id: guideId,
          group: text.optional(),
          question: text,
          /** One of ROLES; checked in lib/role-guide, with the choices in the message. */
          role: text,
          text,
          quotes: z.array(fields({ source: text, text }), { error: expected('een lijst passages, elk met source en text') }).optional(),
        links: guideLinks,
      }),
      z.array(z.unknown(), { error: expected('een lijst situaties, elk beginnend met "- id:"') }).min(1, 'zet hier de vragen uit de publicatie, elk als situatie'),
    ),
    none: fields({ label: text, text, links: guideLinks }),
  }),
});

/**
 * Every difference between the printed publication and this edition, in
 * content/verbeteringen.yaml: corrections (spelling, woordkeuze, hoofdletters,
 * interpunctie) and deliberate editorial choices (keuze, with a reason). The
 * colophon renders them; `npm run fidelity` and tests/build/fidelity.test.ts
 * check that the list matches the built site.
 */
/** The printed text, as in the publication, with enough words around the change to find it. */
const printed = z.string({ error: expected('de gedrukte tekst tussen aanhalingstekens') }).trim().min(1, 'mag niet leeg zijn');
/** The same passage in this edition; "" when the edition leaves it out. */
const edition = z.string({ error: expected('de tekst van deze uitgave tussen aanhalingstekens, of "" als die ontbreekt') }).trim();
/**
 * A place: the printed text and the edition's. A rule's place (rule: fragmentlengte)
 * names instead the fragment the printed label belongs to; the edition's text is
 * the length that fragment has in its recording.
 */
const place = fields({ printed, edition: edition.optional(), fragment: z.string({ error: expected('de id van een fragment, bijvoorbeeld oude-bakfiets') }).optional() });
/** The rules a choice can be: fragment lengths follow the recordings (tools/fidelity/fragment-lengths.ts). */
export const CORRECTION_RULES = ['fragmentlengte'] as const;
export const CORRECTION_KINDS = ['spelling', 'woordkeuze', 'hoofdletters', 'interpunctie', 'keuze'] as const;
const corrections = defineCollection({
  loader: file('content/verbeteringen.yaml'),
  schema: fields({
    id: guideId,
    kind: z.enum(CORRECTION_KINDS, { error: expected(`een van de soorten ${CORRECTION_KINDS.join(', ')}`) }),
    printed: printed.optional(),
    edition: edition.optional(),
    /** Several places of one kind, shown as one row (leestekens) or one choice. */
    places: z.array(place, { error: expected('een lijst plaatsen, elk met printed en edition') }).min(1).optional(),
    /** For a row with several places: what kinds of change they are. */
    note: text.optional(),
    /** For a choice (kind: keuze): its name and why the edition made it. */
    title: text.optional(),
    reason: text.optional(),
    /** A choice made by rule: its places are the printed examples, the edition's text follows the content. */
    rule: z.enum(CORRECTION_RULES, { error: expected(`een van de regels ${CORRECTION_RULES.join(', ')}`) }).optional(),
  }).superRefine((data, ctx) => {
    const single = data.printed !== undefined || data.edition !== undefined;
    if (single === (data.places !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['places'], message: 'geef óf printed en edition (één plaats), óf places (een lijst plaatsen), niet allebei en niet geen van beide' });
    }
    if (single && (data.printed === undefined || data.edition === undefined)) {
      ctx.addIssue({ code: 'custom', path: [data.printed === undefined ? 'printed' : 'edition'], message: MISSING });
    }
    (data.places ?? []).forEach((p, i) => {
      if (data.rule && p.fragment === undefined) {
        ctx.addIssue({ code: 'custom', path: ['places', i, 'fragment'], message: `bij een regel (rule: ${data.rule}) noemt elke plaats het fragment waar de gedrukte tekst bij hoort: fragment: oude-bakfiets` });
      }
      if (!data.rule && p.edition === undefined) ctx.addIssue({ code: 'custom', path: ['places', i, 'edition'], message: MISSING });
    });
    if (data.kind === 'keuze' && (!data.title || !data.reason)) {
      ctx.addIssue({ code: 'custom', path: [data.title ? 'reason' : 'title'], message: 'een keuze (kind: keuze) heeft een title en een reason: waarom deze uitgave afwijkt' });
    }
  }),
});

/**
 * Fixed texts of pages that have no text file of their own (the stories'
 * overview, the 404 page, the search panel), in content/teksten.yaml; links
 * name a page, so they follow the base path.
 */
export const TEXT_LINK_PAGES = ['home', 'stories', 'chapters', 'listen', 'resources'] as const;
const texts = defineCollection({
  loader: file('content/teksten.yaml'),
  schema: fields({
    kicker: text.optional(),
    /** The page's title (browser tab, search, sharing). */
    title: text.optional(),
    /** The heading on the page, where it differs from the title. */
    heading: text.optional(),
    description: text.optional(),
    intro: text.optional(),
    hint: text.optional(),
    links: z
      .array(fields({ page: z.enum(TEXT_LINK_PAGES, { error: expected(`een van de pagina's ${oneOf(TEXT_LINK_PAGES)}`) }), label: text }), {
        error: expected('een lijst links, elk met page en label'),
      })
      .optional(),
  }),
});

export const collections = { stories, chapters, resources, pages, updates, roleGuide, corrections, texts };
