/**
 * The role guide (“Welke rol past bij jouw wijkteam?”) as data. It follows the
 * publication: the three questions stand side by side, the reader picks the
 * situation that fits (or none of them) and reads the role the publication
 * gives for it, in its words, with where in the publication those words stand.
 * Types only (no code, so nothing here changes the bundles); the rules and
 * the role labels are in role-guide.ts.
 */
import type { Role } from './role-guide-state';
import type { KnownPages } from './site-links';

export interface GuideLink {
  label: string;
  /** Site-absolute path, optionally with an anchor: "/verhalen/x/#kop". */
  href: string;
}

/** A further passage of the publication, with the heading it stands under. */
export interface GuideQuote {
  source: string;
  text: string;
}

export interface GuideSituation {
  id: string;
  /** The publication's label above the question: "Preventie", "Versterken van de basis". */
  group?: string | undefined;
  question: string;
  role: string;
  /** The publication's text after the question. */
  text: string;
  quotes?: GuideQuote[] | undefined;
  links: GuideLink[];
}

export interface GuideNone {
  label: string;
  text: string;
  links: GuideLink[];
}

export interface GuideData {
  title: string;
  label: string;
  intro: string;
  prompt: string;
  note: string;
  /** The heading under which the questions stand in the publication. */
  source: string;
  situations: GuideSituation[];
  none: GuideNone;
}

/**
 * Headings and page titles, by slugify(text) → where each stands
 * ("/handreiking/x/#kop", with base path) and the plain text under it (see plainText).
 */
export type KnownHeadings = Map<string, { href: string; text: string }[]>;

export interface CheckOptions {
  /** The data file, for messages. */
  file: string;
  /** Field path of the guide inside the file, for messages ("rolwijzer"). */
  root: string;
  /** Pages and anchors links may point to. */
  pages: KnownPages;
  /** Headings a source may name. */
  headings: KnownHeadings;
  /** Maps a site-absolute path from the data to a key of `pages` (adds the base path). */
  resolve?: (path: string) => string;
}

/** Where a passage stands: the heading's text and a link to it. */
export interface Source {
  name: string;
  href: string;
}

export interface ResolvedSituation extends GuideSituation {
  role: Role;
  /** The publication's number of the question, from 1. */
  number: number;
  source: Source;
  quotes: (GuideQuote & { href: string })[];
}

export interface RoleGuide extends Omit<GuideData, 'source' | 'situations'> {
  source: Source;
  situations: ResolvedSituation[];
}

