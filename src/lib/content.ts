/**
 * Loads the content collections once and checks the rules that span entries
 * (unique order numbers, unique fragment ids, known story references). Every
 * page reads the publication through here, so a broken rule stops the build
 * with one message that names the file and the field.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { findReferences } from './mdx-references';
import { ContentError, sortByOrder, type Stop } from './publication-order';
import { RESOURCE_GROUPS } from './resource-groups';
import { routes } from './paths';
import { parseTime } from './time';

export type Story = CollectionEntry<'stories'>;
export type Chapter = CollectionEntry<'chapters'>;
export type Resource = CollectionEntry<'resources'>;
export type Page = CollectionEntry<'pages'>;
export type FragmentData = Story['data']['fragments'][number];

export interface FragmentInfo extends FragmentData {
  story: Story;
  /** Length in seconds. */
  seconds: number;
}

export interface Publication {
  stories: Story[];
  chapters: Chapter[];
  resources: Resource[];
  resourceGroups: { group: string; resources: Resource[] }[];
  pages: Map<string, Page>;
  fragments: Map<string, FragmentInfo>;
  /** The reading order through the whole publication, for previous/next. */
  sequence: Stop[];
  /** Where each fragment is placed: source files with line numbers. */
  placements: Map<string, string[]>;
}

const fileOf = (entry: { id: string; filePath?: string }, folder: string) =>
  entry.filePath ?? `content/${folder}/${entry.id}.mdx`;

async function load(): Promise<Publication> {
  const withFile = <T extends { id: string; filePath?: string; data: { order: number } }>(
    entries: T[],
    folder: string,
  ) => entries.map((entry) => ({ entry, id: entry.id, file: fileOf(entry, folder), order: entry.data.order }));

  const stories = sortByOrder(withFile(await getCollection('stories'), 'stories'), 'verhaal').map((x) => x.entry);
  const chapters = sortByOrder(withFile(await getCollection('chapters'), 'chapters'), 'hoofdstuk').map((x) => x.entry);
  const resources = sortByOrder(withFile(await getCollection('resources'), 'resources'), 'bron').map((x) => x.entry);
  const pageEntries = await getCollection('pages');

  const fragments = new Map<string, FragmentInfo>();
  for (const story of stories) {
    story.data.fragments.forEach((fragment, i) => {
      const other = fragments.get(fragment.id);
      if (other) {
        throw new ContentError(
          fileOf(story, 'stories'),
          `fragments[${i}].id`,
          `“${fragment.id}” is al in gebruik in ${fileOf(other.story, 'stories')}. Elk fragment heeft een eigen id.`,
        );
      }
      fragments.set(fragment.id, { ...fragment, story, seconds: parseTime(fragment.length) });
    });
  }

  const pages = new Map(pageEntries.map((page) => [page.id, page]));
  for (const required of ['home', 'bronnen', 'colofon']) {
    if (!pages.has(required)) {
      throw new ContentError(`content/pages/${required}.mdx`, 'bestand', 'dit bestand ontbreekt; de site heeft het nodig.');
    }
  }

  const placements = new Map<string, string[]>();
  const bodies: [string, { id: string; filePath?: string }[]][] = [
    ['stories', stories],
    ['chapters', chapters],
    ['pages', pageEntries],
  ];
  for (const [folder, entries] of bodies) {
    for (const entry of entries) {
      const file = fileOf(entry, folder);
      const refs = findReferences(readFileSync(file, 'utf8'), { StoryBox: 'story', AudioFragment: 'id' });
      for (const ref of refs) {
        const where = `${file}:${ref.line}`;
        if (ref.component === 'StoryBox' && !stories.some((s) => s.id === ref.value)) {
          const known = stories.map((s) => s.id).join(', ');
          throw new ContentError(where, 'story', `“${ref.value}” is geen bekend verhaal. Kies uit: ${known}.`);
        }
        if (ref.component === 'AudioFragment') {
          if (!fragments.has(ref.value)) {
            const known = [...fragments.keys()].join(', ');
            throw new ContentError(where, 'id', `“${ref.value}” is geen fragment uit de verhalen. Bekende fragmenten: ${known}.`);
          }
          placements.set(ref.value, [...(placements.get(ref.value) ?? []), where]);
        }
      }
    }
  }

  const resourceGroups = RESOURCE_GROUPS.map((group) => ({
    group,
    resources: resources.filter((r) => r.data.group === group),
  })).filter((g) => g.resources.length > 0);

  const sequence: Stop[] = [
    ...chapters.map((c) => ({ href: routes.chapter(c.id), title: c.data.title, kind: 'Hoofdstuk' })),
    ...stories.map((s) => ({ href: routes.story(s.id), title: s.data.title, kind: 'Verhaal' })),
    { href: routes.resources(), title: pages.get('bronnen')!.data.title, kind: 'Bronnen' },
    { href: routes.colophon(), title: pages.get('colofon')!.data.title, kind: 'Colofon' },
  ];

  return { stories, chapters, resources, resourceGroups, pages, fragments, sequence, placements };
}

let cached: Promise<Publication> | undefined;

/** The whole publication, loaded and checked once per build (afresh on every request in dev). */
export function getPublication(): Promise<Publication> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
