/**
 * Finds the components an MDX body places (`<AudioFragment id="…" />`,
 * `<StoryBox story="…">`) with their line numbers, so references can be
 * checked before anything renders.
 */
export interface Reference {
  component: string;
  attribute: string;
  value: string;
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*)>/g;
const ATTR = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every `attribute="value"` of the named components, in order of appearance. */
export function findReferences(body: string, wanted: Record<string, string>): Reference[] {
  const out: Reference[] = [];
  for (const tag of body.matchAll(TAG)) {
    const component = tag[1]!;
    const attribute = wanted[component];
    if (!attribute) continue;
    const line = body.slice(0, tag.index).split('\n').length;
    for (const attr of tag[2]!.matchAll(ATTR)) {
      if (attr[1] === attribute) out.push({ component, attribute, value: attr[2] ?? attr[3] ?? '', line });
    }
  }
  return out;
}
