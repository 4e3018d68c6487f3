/**
 * The content model: every collection editors touch, with its front matter.
 * Field names are English; every value a reader sees is Dutch.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { RESOURCE_GROUPS } from './lib/resource-groups';
import { DURATION_PATTERN } from './lib/time';

// Editors read these messages: Dutch, from zod's own translations.
z.config(z.locales.nl());

const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `./content/${folder}` });

const text = z.string().trim().min(1);
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
  /** Length as the publication gives it, m:ss. */
  length: z.string().regex(DURATION_PATTERN, 'schrijf een tijd als m:ss of h:mm:ss'),
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

export const collections = { stories, chapters, resources, pages };
