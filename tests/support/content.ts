/** Reads the editors' source files, so tests compare the site with what the content says. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths';
import { parseTime } from '../../src/lib/time';

export function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, file), 'utf8');
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
}

/** Every fragment as the story files define it, times in seconds. */
export function fragmentFacts(): FragmentFact[] {
  const dir = 'content/stories';
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const data = frontMatter(`${dir}/${f}`) as {
        recording: string;
        fragments: { id: string; quote: string; start: string; end: string }[];
      };
      return data.fragments.map((fr) => ({
        id: fr.id,
        story: f.replace(/\.mdx$/, ''),
        quote: fr.quote,
        start: parseTime(fr.start),
        end: parseTime(fr.end),
        recording: data.recording,
      }));
    });
}
