/** Reads the editors' source files, so tests compare the site with what the content says. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths';
import { parseTime } from '../../src/lib/time';

/** The front matter of a file of the project (or of a fixture's copy, `root`). */
export function frontMatter(file: string, root = ROOT): Record<string, unknown> {
  const text = readFileSync(join(root, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return parse(match[1]!) as Record<string, unknown>;
}

export interface FragmentFact {
  id: string;
  story: string;
  quote: string;
  start: number;
  end: number;
  recording: string;
  /** The story's recordingKind: "voorlopig" for a synthetic stand-in. */
  kind: string;
}

/** Every fragment as the story files define it, times in seconds. */
export function fragmentFacts(): FragmentFact[] {
  const dir = 'content/stories';
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const data = frontMatter(`${dir}/${f}`) as {
        recording: string;
        recordingKind: string;
        fragments: { id: string; quote: string; start: string; end: string }[];
      };
      return data.fragments.map((fr) => ({
        id: fr.id,
        story: f.replace(/\.mdx$/, ''),
        quote: fr.quote,
        start: parseTime(fr.start),
        end: parseTime(fr.end),
        recording: data.recording,
        kind: data.recordingKind,
      }));
    });
}

/** The first sentence of a text, as the site shows it. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();

interface RoleGuideFile {
  rolwijzer: {
    title: string;
    label: string;
    situations: { id: string; group?: string; question: string; role: string; text: string; quotes?: { text: string }[]; links: { href: string }[] }[];
    none: { links: { href: string }[] };
  };
}

export interface RoleGuideOutcome {
  id: string;
  /** The role figure 1 marks, null for “none of these”. */
  role: string | null;
  /** The situation's question and the heading above it, as written (undefined for “none of these”). */
  question?: string;
  group?: string | undefined;
  /** The first sentence of each passage quoted from the publication, in order. */
  quotes: string[];
  /** Where the reader reads on, as written in the file. */
  links: string[];
}

/**
 * The role guide as content/rolwijzer.yaml defines it: its title and label, and
 * its outcomes, each situation in order, then “none of these” (id “geen”).
 */
export function roleGuide(): { title: string; label: string; outcomes: RoleGuideOutcome[] } {
  const { rolwijzer } = parse(readFileSync(join(ROOT, 'content/rolwijzer.yaml'), 'utf8')) as RoleGuideFile;
  const outcomes = [
    ...rolwijzer.situations.map((s) => ({
      id: s.id,
      role: s.role,
      question: s.question,
      group: s.group,
      quotes: [s.text, ...(s.quotes ?? []).map((q) => q.text)].map(firstSentence),
      links: s.links.map((l) => l.href),
    })),
    { id: 'geen', role: null, quotes: [], links: rolwijzer.none.links.map((l) => l.href) },
  ];
  return { title: rolwijzer.title, label: rolwijzer.label, outcomes };
}

export interface StoryFact {
  id: string;
  initiative: string;
  place: string;
  /** The names of the people the story quotes. */
  people: string[];
}

/** Every story as its front matter names it. */
export function storyFacts(): StoryFact[] {
  const dir = 'content/stories';
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = frontMatter(`${dir}/${f}`) as { initiative: string; place: string; people: { name: string }[] };
      return { id: f.replace(/\.mdx$/, ''), initiative: data.initiative, place: data.place, people: data.people.map((p) => p.name) };
    });
}
