/**
 * The social cards of the chapters and stories as their pages will show
 * them, read from the front matter in content/ before Astro builds a page,
 * so a large edition's cards can be drawn while Astro works, by a process at
 * the lowest priority (src/integrations/social-cards.ts). A forecast only:
 * after the build every card is still made from its page's sharing tags, and
 * a card the forecast got wrong (or did not reach) is drawn then; the right
 * ones are found in the disk cache. A file that does not parse is left to
 * the build's own checks. tests/build/social-cards.test.ts holds the
 * forecast to the built cards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CardData } from '../lib/social-card';
import { INITIATIVE_COLOURS, type InitiativeColour } from '../lib/colours';
import { publicationText } from '../lib/text/nl';

type Front = Record<string, unknown>;

function frontMatters(root: string, folder: string): Front[] {
  const dir = join(root, 'content', folder);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
    try {
      const data: unknown = parse(front ?? '');
      return data && typeof data === 'object' ? [data as Front] : [];
    } catch {
      return [];
    }
  });
}

/** A text field as the schema gives it (trimmed), or undefined. */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The cards of the chapters (their number in the publication's order) and of the stories. */
export function forecastCards(root: string): CardData[] {
  const chapters = frontMatters(root, 'chapters')
    .filter((data) => text(data['title']))
    .sort((a, b) => Number(a['order'] ?? Infinity) - Number(b['order'] ?? Infinity));
  const stories = frontMatters(root, 'stories').filter((data) => text(data['title']) && text(data['place']));
  return [
    ...chapters.map((data, i) => ({ title: text(data['title'])!, kicker: publicationText.chapterKicker(i + 1, chapters.length) })),
    ...stories.map((data) => ({
      title: text(data['title'])!,
      kicker: publicationText.storyKicker(text(data['place'])!),
      initiative: text(data['initiative']),
      headline: text(data['headline']),
      colour: INITIATIVE_COLOURS.find((colour) => colour === data['colour']) as InitiativeColour | undefined,
    })),
  ];
}
