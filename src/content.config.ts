/**
 * The content model: every collection editors touch, with its front matter.
 * Field names are English; every value a reader sees is Dutch.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { RESOURCE_GROUPS } from './lib/resource-groups';
import { DURATION_PATTERN } from './lib/time';
import { ROLES } from './lib/role-guide';

// Editors read these messages: Dutch, from zod's own translations.
z.config(z.locales.nl());

const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `./content/${folder}` });

const text = z.string().trim().min(1);
const time = z.string().regex(DURATION_PATTERN, 'schrijf een tijd als m:ss of h:mm:ss, bijvoorbeeld 7:27');
const order = z.number().int().positive();

const person = z.object({
  name: text,
  role: text.optional(),
});

const fragment = z.object({
  /** Stable id, used in links: /verhalen/<story>/#fragment-<id> */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes'),
  /** The quote, as printed. */
  quote: text,
  /** Who speaks, if the publication says so. */
  speaker: text.optional(),
  /** Where the fragment starts and ends in the story's recording: m:ss or h:mm:ss. */
  start: time,
  end: time,
});

const stories = defineCollection({
  loader: mdx('stories'),
  schema: z.object({
    title: text,
    initiative: text,
    place: text,
    people: z.array(person).min(1),
    headline: text,
    lead: text,
    summary: text,
    order,
    /** One of the initiative colours defined in src/styles/theme.css. */
    colour: z.enum(['oranje', 'groen', 'blauw']),
    /** The interview recording: a file in audio/, with its transcript next to it (same name, .vtt). */
    recording: z.string().regex(/^[\w.-]+\.mp3$/, 'geef de bestandsnaam van een MP3 in de map audio/, bijvoorbeeld buurt-in-bloei.mp3'),
    fragments: z.array(fragment).default([]),
  }),
});

const chapters = defineCollection({
  loader: mdx('chapters'),
  schema: z.object({
    title: text,
    order,
    description: text,
  }),
});

const resources = defineCollection({
  loader: mdx('resources'),
  schema: z.object({
    title: text,
    group: z.enum(RESOURCE_GROUPS),
    order,
    url: z.url().optional(),
  }),
});

const pages = defineCollection({
  loader: mdx('pages'),
  schema: z.object({
    title: text,
    description: text,
  }),
});

/**
 * The role guide “Welke rol past bij jouw wijkteam?”: one entry, `rolwijzer`,
 * in content/rolwijzer.yaml. Paths, ids and links are checked in lib/role-guide.
 */
const guideId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes; begin met een letter');
const roleGuide = defineCollection({
  loader: file('content/rolwijzer.yaml'),
  schema: z.object({
    title: text,
    intro: text,
    questions: z
      .array(
        z.object({
          id: guideId,
          text,
          help: text.optional(),
          answers: z
            .array(
              z.object({
                label: text,
                /** The word in the address: ?antwoorden=ja,nee */
                value: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes').optional(),
                /** Id of the next question or of an outcome. */
                next: guideId,
              }),
            )
            .min(2),
        }),
      )
      .min(1),
    outcomes: z
      .array(
        z.object({
          id: guideId,
          role: z.enum(ROLES).optional(),
          title: text,
          text,
          links: z.array(z.object({ label: text, href: z.string().trim().startsWith('/', 'schrijf een pad op deze site, beginnend met /') })).min(1),
        }),
      )
      .min(1),
  }),
});

export const collections = { stories, chapters, resources, pages, roleGuide };
