/**
 * Loads the content collections once and checks the rules that span entries
 * (unique order numbers, unique fragment ids, known story references). Every
 * page reads the publication through here, so a broken rule stops the build
 * with one message that names the file and the field.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import audio from 'virtual:nji/audio';
import { findReferences } from './mdx-references';
import type { Recording } from './audio-manifest';
import { cuesBetween, type Cue } from '../lib/webvtt';
import { ContentError, sortByOrder, type Stop } from '../lib/publication-order';
import { RESOURCE_GROUPS } from '../lib/resource-groups';
import { assets, routes } from '../lib/paths';
import { formatEditorTime, parseTime } from '../lib/time';
import { checkTexts } from './content-checks';
import { checkRecordingKind } from '../lib/recording';

export type Story = CollectionEntry<'stories'>;
export type Chapter = CollectionEntry<'chapters'>;
export type Resource = CollectionEntry<'resources'>;
export type Page = CollectionEntry<'pages'>;
export type Update = CollectionEntry<'updates'>;
export type FragmentData = Story['data']['fragments'][number];

export interface FragmentInfo extends FragmentData {
  story: Story;
  /** Start and end in the recording, and the length, in seconds. */
  from: number;
  to: number;
  seconds: number;
  recording: Recording;
  /** URL of the MP3 on the site. */
  src: string;
  /** The transcript cues inside the fragment. */
  cues: Cue[];
  /** The page that is the fragment's home (its story, if placed there): share links open it there. */
  home: string;
}

export interface InterviewInfo {
  story: Story;
  recording: Recording;
  src: string;
  transcriptSrc: string;
}

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
  const updates = (await getCollection('updates')).sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );

  const fragments = new Map<string, FragmentInfo>();
  const interviews = new Map<string, InterviewInfo>();
  for (const story of stories) {
    const file = fileOf(story, 'stories');
    const recording = audio[story.data.recording];
    if (!recording) {
      const known = Object.keys(audio).join(', ') || 'geen';
      throw new ContentError(file, 'recording', `“${story.data.recording}” staat niet in de map audio/. Opnamen in audio/: ${known}.`);
    }
    if (!recording.transcript) {
      throw new ContentError(
        file,
        'recording',
        `bij “${story.data.recording}” hoort een transcript audio/${story.data.recording.replace(/\.mp3$/, '.vtt')}, maar dat bestand ontbreekt.`,
      );
    }
    checkRecordingKind(file, story.data, recording.cues);
    const src = assets.audio(recording.file);
    interviews.set(story.id, { story, recording, src, transcriptSrc: assets.audio(recording.transcript) });
    const own: FragmentInfo[] = [];
    story.data.fragments.forEach((fragment, i) => {
      const other = fragments.get(fragment.id);
      if (other) {
        throw new ContentError(
          file,
          `fragments[${i}].id`,
          `“${fragment.id}” is al in gebruik in ${fileOf(other.story, 'stories')}. Elk fragment heeft een eigen id.`,
        );
      }
      const from = parseTime(fragment.start);
      const to = parseTime(fragment.end);
      if (to <= from) {
        throw new ContentError(file, `fragments[${i}].end`, `${fragment.end} ligt niet na start ${fragment.start}. Het einde moet later zijn dan het begin.`);
      }
      if (to > recording.duration + 0.05) {
        throw new ContentError(
          file,
          `fragments[${i}].end`,
          `${fragment.end} ligt na het einde van de opname ${recording.file}, die ${formatEditorTime(recording.duration)} duurt. ` +
            `Het laatste moment dat je kunt gebruiken is "${formatEditorTime(recording.duration)}".`,
        );
      }
      const overlap = own.find((o) => from < o.to && o.from < to);
      if (overlap) {
        throw new ContentError(
          file,
          `fragments[${i}]`,
          `“${fragment.id}” (${fragment.start}–${fragment.end}) overlapt met “${overlap.id}” (${overlap.start}–${overlap.end}) in dezelfde opname.`,
        );
      }
      const info: FragmentInfo = {
        ...fragment,
        story,
        from,
        to,
        seconds: to - from,
        recording,
        src,
        cues: cuesBetween(recording.cues, from, to),
        home: routes.story(story.id),
      };
      own.push(info);
      fragments.set(fragment.id, info);
    });
  }

  const pages = new Map(pageEntries.map((page) => [page.id, page]));
  for (const required of ['home', 'bronnen', 'colofon']) {
    if (!pages.has(required)) {
      throw new ContentError(`content/pages/${required}.mdx`, 'bestand', 'dit bestand ontbreekt; de site heeft het nodig.');
    }
  }

  const placements = new Map<string, string[]>();
  const placedOnPage = new Map<string, string[]>();
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
          const page = folder === 'stories' ? routes.story(entry.id) : folder === 'chapters' ? routes.chapter(entry.id) : '';
          placedOnPage.set(ref.value, [...(placedOnPage.get(ref.value) ?? []), page]);
        }
      }
    }
  }
  for (const story of stories) {
    story.data.fragments.forEach((fragment, i) => {
      const pages = placedOnPage.get(fragment.id);
      if (!pages) {
        throw new ContentError(
          fileOf(story, 'stories'),
          `fragments[${i}].id`,
          `fragment “${fragment.id}” wordt nergens geplaatst. Zet <AudioFragment id="${fragment.id}" /> op de plek in een verhaal of hoofdstuk waar het hoort.`,
        );
      }
      const info = fragments.get(fragment.id)!;
      if (!pages.includes(info.home)) info.home = pages.find(Boolean) ?? info.home;
    });
  }
  // Publication order: as the chapters place them, then whatever only the stories place.
  const fragmentOrder = [...new Set([...placements.keys()].filter((id) => fragments.has(id)))]
    .map((id) => fragments.get(id)!)
    .sort((a, b) => rank(a.id) - rank(b.id));
  function rank(id: string): number {
    return Math.min(
      ...placements.get(id)!.map((where) => {
        const line = Number(where.split(':').at(-1));
        const chapterIndex = chapters.findIndex((c) => where.startsWith(`${fileOf(c, 'chapters')}:`));
        if (chapterIndex >= 0) return chapterIndex * 1e6 + line;
        const storyIndex = stories.findIndex((st) => where.startsWith(`${fileOf(st, 'stories')}:`));
        return 1e9 + Math.max(storyIndex, 0) * 1e6 + line;
      }),
    );
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

  return { stories, chapters, resources, resourceGroups, pages, updates, fragments, fragmentOrder, interviews, sequence, placements };
}

/** The publication, after the checks on what editors wrote in the texts (images, links, warnings). */
async function loadChecked(): Promise<Publication> {
  const publication = await load();
  await checkTexts(publication);
  return publication;
}

let cached: Promise<Publication> | undefined;

/** The whole publication, loaded and checked once per build (afresh on every request in dev). */
export function getPublication(): Promise<Publication> {
  if (import.meta.env.DEV) return loadChecked();
  cached ??= loadChecked();
  return cached;
}
