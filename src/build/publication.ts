/**
 * The first build step: loads the content collections and runs the
 * publication's steps on them (src/lib/publication: order → recordings and
 * fragments → placements → reading sequence). This file does only what needs
 * Astro and the disk: it asks for the collections, reads each MDX file once,
 * and hands plain data to the steps. The steps run one way: this load →
 * ./site-pages (the pages and anchors it gives) → ./content-checks (links,
 * images, texts) → ./content (`getPublication`, what pages read); none of
 * them imports a later one.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { currentAudio } from 'virtual:nji/audio';
import type { Stop } from '../lib/publication/sequence';
import { RESOURCE_GROUPS } from '../lib/resource-groups';
import { fileOf, groupResources, inOrder, newestFirst } from '../lib/publication/order';
import { buildStretches } from '../lib/publication/stretches';
import { fragmentCueWarnings } from '../lib/publication/cue-cuts';
import { warn } from './warn';
import { findPlacements, placeFragments, type Body, type Placement } from '../lib/publication/placements';
import { checkRequiredPages, readingSequence } from '../lib/publication/sequence';
import type { Fragment, WholeRecording } from '../lib/publication/stretch';
import { scanMdx, type MdxScan } from './mdx-scan';

export type Story = CollectionEntry<'stories'>;
export type Chapter = CollectionEntry<'chapters'>;
export type Resource = CollectionEntry<'resources'>;
export type Page = CollectionEntry<'pages'>;
export type Update = CollectionEntry<'updates'>;
export type FragmentData = Story['data']['fragments'][number];

/** A fragment of a story's recording, placed in the texts. */
export type FragmentInfo = Fragment<Story, FragmentData>;
/** A story's whole recording. */
export type InterviewInfo = WholeRecording<Story>;

export interface Publication {
  stories: Story[];
  chapters: Chapter[];
  resources: Resource[];
  resourceGroups: { group: string; resources: Resource[] }[];
  pages: Map<string, Page>;
  /** What changed since publication, newest first. */
  updates: Update[];
  fragments: Map<string, FragmentInfo>;
  /** Fragments in publication order: the order in which the chapters, then the stories, place them. */
  fragmentOrder: FragmentInfo[];
  /** Each story's whole interview. */
  interviews: Map<string, InterviewInfo>;
  /** The reading order through the whole publication, for previous/next. */
  sequence: Stop[];
  /** Where fragments are placed: source files with line numbers, in the order of the texts. */
  placements: Placement[];
  /** The texts of the stories, chapters and pages, read and scanned once, by file path. */
  scans: Map<string, MdxScan>;
}

/** The publication as loaded, with the rules of its steps checked; the texts are checked by ./content-checks. */
export async function loadPublication(): Promise<Publication> {
  const stories = inOrder(await getCollection('stories'), 'stories', 'verhaal');
  const chapters = inOrder(await getCollection('chapters'), 'chapters', 'hoofdstuk');
  const resources = inOrder(await getCollection('resources'), 'resources', 'bron');
  const pageEntries = await getCollection('pages');
  const updates = newestFirst(await getCollection('updates'));

  const audio = await currentAudio();
  const { wholes, fragments: cut, warnings: quoteNotes } = buildStretches<FragmentData, Story>(stories, audio);
  // A fragment whose quote moved gets new times from its quote's note; a sentence its old times cut is old news.
  const moved = new Set(quoteNotes.filter((n) => n.field.endsWith(' → start')).map((n) => `${n.file}|${n.field.replace(/ → start$/, '')}`));
  const cueNotes = fragmentCueWarnings(cut.values()).filter((n) => !moved.has(`${n.file}|${n.field.replace(/ → (start|end)$/, '')}`));
  for (const { file, field, detail } of [...quoteNotes, ...cueNotes]) warn(file, field, detail);
  const pages = new Map(pageEntries.map((page) => [page.id, page]));
  checkRequiredPages(pages);

  // Each text is read once; the checks on the texts (./content-checks) use the same scans.
  const scans = new Map<string, MdxScan>();
  const bodies: Body[] = (
    [
      ['stories', stories],
      ['chapters', chapters],
      ['pages', pageEntries],
    ] as const
  ).flatMap(([folder, entries]) =>
    entries.map((entry) => {
      const file = fileOf(entry, folder);
      const scan = scanMdx(readFileSync(file, 'utf8'));
      scans.set(file, scan);
      return { folder, id: entry.id, file, components: scan.components };
    }),
  );
  const placements = findPlacements(
    bodies,
    stories.map((s) => s.id),
    [...cut.keys()],
  );
  const { fragments, fragmentOrder } = placeFragments(stories, cut, placements);

  return {
    stories,
    chapters,
    resources,
    resourceGroups: groupResources(resources, RESOURCE_GROUPS),
    pages,
    updates,
    fragments,
    fragmentOrder,
    interviews: wholes,
    sequence: readingSequence(chapters, stories, pages),
    placements,
    scans,
  };
}
