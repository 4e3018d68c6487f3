/**
 * Fidelity check, the rule for fragment lengths (content/verbeteringen.yaml,
 * `rule: fragmentlengte`). The print writes each fragment's length by hand
 * ("Fragment: 1 min 18 sec", "Fragment 7min 13 sec"); the edition shows the
 * length the recording gives, in one form ("Fragment · 1 min 18 sec"). So a
 * printed length is not a text to keep: the check reads each printed label as
 * the label the edition should show, with the length of its fragment as the
 * built site plays it (the player's start and end), and compares that. A new
 * recording changes the lengths and nothing is left to record; a label that
 * shows another length than its fragment plays is a difference.
 *
 * The rule's places are the printed labels, each once, with the fragment each
 * belongs to (`fragment: oude-bakfiets`): a printed label that is not among
 * them stays as printed (and shows as a difference), and a place whose label
 * the print does not have, or whose fragment the site does not play, is
 * reported like any place that accounts for nothing.
 */
import { formatShort } from '../../src/lib/time.ts';

/** The rule's name in content/verbeteringen.yaml. */
export const FRAGMENT_LENGTH_RULE = 'fragmentlengte';

/** A length label as the print writes it: "Fragment 1 min 37 sec", "Fragment: 1 min 18 sec", "Fragment 7min 13 sec", "Fragment 45 sec". */
export const PRINTED_LABEL = /Fragment:?[ \t]*(?:\d+[ \t]*min[ \t]*)?\d+[ \t]*sec/g;

/** The label the edition shows for a fragment of this many seconds (src/components/FragmentPlayer.astro). */
export const editionLabel = (seconds: number) => `Fragment · ${formatShort(seconds)}`;

const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each fragment a page plays, by id, with its length in seconds: the player's data-start and data-end. */
export function fragmentLengths(html: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tag] of html.matchAll(/<fragment-player\b[^>]*>/g)) {
    const id = /\sid="fragment-([^"]+)"/.exec(tag)?.[1];
    const start = Number(/\sdata-start="([^"]*)"/.exec(tag)?.[1]);
    const end = Number(/\sdata-end="([^"]*)"/.exec(tag)?.[1]);
    if (id && Number.isFinite(start) && Number.isFinite(end)) out[id] = end - start;
  }
  return out;
}

export interface LengthPlace {
  printed: string;
  fragment?: string | undefined;
}

export interface RuleResult {
  /** The printed source with each label it knows read as the edition's label. */
  source: string;
  /** The rule's places that account for nothing: the print has no such label, or the site plays no such fragment. */
  unused: number[];
}

/** Applies the rule to the printed source: `lengths` are the site's fragments (fragmentLengths over every page). */
export function applyLengthRule(source: string, places: readonly LengthPlace[], lengths: Record<string, number>): RuleResult {
  const used = new Set<number>();
  const text = source.replace(PRINTED_LABEL, (label) => {
    const at = places.findIndex((p) => oneSpace(p.printed) === oneSpace(label));
    const place = places[at];
    const seconds = place?.fragment === undefined ? undefined : lengths[place.fragment];
    if (seconds === undefined) return label;
    used.add(at);
    return editionLabel(seconds);
  });
  return { source: text, unused: places.flatMap((_, i) => (used.has(i) ? [] : [i])) };
}
