/**
 * Step 3 of loading the publication: where the texts place fragments
 * (`<AudioFragment id="…" />`) and story boxes (`<StoryBox story="…">`). Every
 * reference must name a known story or fragment, every fragment must be placed
 * somewhere, and a fragment's home is its story if placed there, else the
 * first page that places it. The publication order of the fragments follows
 * the placements: as the chapters place them, then what only the stories place.
 */
import { ContentError, itemField } from '../content-error';
import { routes } from '../paths';
import { didYouMean } from '../edit-distance';
import { fileOf } from './order';
import type { Fragment, FragmentFields, StoryLike } from './stretch';

/** A component placed in an MDX text, with its literal props. */
export interface PlacedComponent {
  name: string;
  props: Record<string, string>;
  line: number;
}

/** One MDX text and what it places. */
export interface Body {
  folder: 'stories' | 'chapters' | 'pages';
  id: string;
  file: string;
  components: PlacedComponent[];
}

/** Where one fragment is placed. */
export interface Placement {
  fragment: string;
  file: string;
  line: number;
  /** The page the text is on; '' for a text of content/pages (not a page of its own). */
  page: string;
  /** Sort key in publication order: chapters (0) in chapter order, then stories (1), then other pages (2); then the line. */
  rank: readonly [group: number, index: number, line: number];
}

/** Compares rank tuples element by element. */
export const byRank = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

const GROUP = { chapters: 0, stories: 1, pages: 2 } as const;

/** Every placement, in the bodies' order; a ContentError for a reference to an unknown story or fragment. */
export function findPlacements(bodies: readonly Body[], storyIds: readonly string[], fragmentIds: readonly string[]): Placement[] {
  const index = new Map<string, number>();
  for (const folder of ['stories', 'chapters'] as const) {
    bodies.filter((b) => b.folder === folder).forEach((b, i) => index.set(b.file, i));
  }
  return bodies.flatMap((body) =>
    body.components.flatMap((component): Placement[] => {
      const where = `${body.file}:${component.line}`;
      const story = component.props['story'];
      if (component.name === 'StoryBox' && story !== undefined && !storyIds.includes(story)) {
        throw new ContentError(where, 'story', `“${story}” is geen bekend verhaal.${didYouMean(story, storyIds)} Kies uit: ${storyIds.join(', ')}.`);
      }
      const id = component.props['id'];
      if (component.name !== 'AudioFragment' || id === undefined) return [];
      if (!fragmentIds.includes(id)) {
        throw new ContentError(where, 'id', `“${id}” is geen fragment uit de verhalen.${didYouMean(id, fragmentIds)} Bekende fragmenten: ${fragmentIds.join(', ')}.`);
      }
      const page = body.folder === 'stories' ? routes.story(body.id) : body.folder === 'chapters' ? routes.chapter(body.id) : '';
      const rank = [GROUP[body.folder], index.get(body.file) ?? 0, component.line] as const;
      return [{ fragment: id, file: body.file, line: component.line, page, rank }];
    }),
  );
}

/**
 * The fragments with their home, in publication order; a ContentError for a
 * fragment that is placed nowhere (first such fragment of the first story).
 */
export function placeFragments<S extends StoryLike<F>, F extends FragmentFields>(
  stories: readonly S[],
  fragments: ReadonlyMap<string, Fragment<S, F>>,
  placements: readonly Placement[],
): { fragments: Map<string, Fragment<S, F>>; fragmentOrder: Fragment<S, F>[] } {
  const placed = new Map<string, Placement[]>();
  for (const p of placements) placed.set(p.fragment, [...(placed.get(p.fragment) ?? []), p]);
  for (const story of stories) {
    story.data.fragments.forEach((fragment, i) => {
      if (!placed.has(fragment.id)) {
        throw new ContentError(
          fileOf(story, 'stories'),
          itemField('fragment', fragment.id, i, 'id'),
          `fragment “${fragment.id}” wordt nergens geplaatst. Zet <AudioFragment id="${fragment.id}" /> op de plek in een verhaal of hoofdstuk waar het hoort.`,
        );
      }
    });
  }
  const homed = new Map(
    [...fragments].map(([id, fragment]) => {
      const pages = (placed.get(id) ?? []).map((p) => p.page);
      const home = pages.includes(fragment.home) ? fragment.home : (pages.find(Boolean) ?? fragment.home);
      return [id, { ...fragment, home }];
    }),
  );
  const first = (id: string) => [...placed.get(id)!].sort((a, b) => byRank(a.rank, b.rank))[0]!.rank;
  const fragmentOrder = [...placed.keys()].sort((a, b) => byRank(first(a), first(b))).map((id) => homed.get(id)!);
  return { fragments: homed, fragmentOrder };
}
