/**
 * Step 4 of loading the publication: the pages the site needs from
 * content/pages, and the reading order through the whole publication for
 * previous/next: the chapters, the stories, the resources, the colophon.
 */
import { ContentError } from '../content-error';
import { routes } from '../paths';
import { readingKinds } from '../text/nl';

/** A page in the reading order. */
export interface Stop {
  href: string;
  title: string;
  /** What kind of page this is, in the table's words (`readingKinds`: "Hoofdstuk", "Verhaal"). */
  kind: string;
}

export interface Neighbours {
  previous?: Stop | undefined;
  next?: Stop | undefined;
}

/** Previous and next stop for `href` in the reading sequence. */
export function neighbours(sequence: readonly Stop[], href: string): Neighbours {
  const i = sequence.findIndex((stop) => stop.href === href);
  if (i < 0) return {};
  return { previous: sequence[i - 1], next: sequence[i + 1] };
}

/** The files of content/pages the site cannot do without. */
export const REQUIRED_PAGES = ['home', 'bronnen', 'colofon'] as const;

type Titled = { id: string; data: { title: string } };

/** A ContentError for the first required page that is missing. */
export function checkRequiredPages(pages: ReadonlyMap<string, unknown>): void {
  for (const required of REQUIRED_PAGES) {
    if (!pages.has(required)) {
      throw new ContentError(`content/pages/${required}.mdx`, 'bestand', 'dit bestand ontbreekt; de site heeft het nodig.');
    }
  }
}

export function readingSequence(chapters: readonly Titled[], stories: readonly Titled[], pages: ReadonlyMap<string, Titled>): Stop[] {
  return [
    ...chapters.map((c) => ({ href: routes.chapter(c.id), title: c.data.title, kind: readingKinds.chapter })),
    ...stories.map((s) => ({ href: routes.story(s.id), title: s.data.title, kind: readingKinds.story })),
    { href: routes.resources(), title: pages.get('bronnen')!.data.title, kind: readingKinds.resources },
    { href: routes.colophon(), title: pages.get('colofon')!.data.title, kind: readingKinds.colophon },
  ];
}
