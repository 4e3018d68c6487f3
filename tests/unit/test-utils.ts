/**
 * A small stand-in for `astro:content` (and the files and recordings behind
 * it), so code that calls getCollection() runs in a unit test in
 * milliseconds, as Starlight does in its __tests__/test-utils.ts. In a test file:
 *
 *   vi.mock('astro:content', async () => (await import('./test-utils')).mockedAstroContent());
 *   vi.mock('virtual:nji/audio', async () => ({ currentAudio: async () => (await import('./test-utils')).mockedAudio }));
 *   vi.mock('node:fs', async (original) => (await import('./test-utils')).mockedFs(await original()));
 *
 * then `setContent({ stories: [...], ... })` before each case. Entries carry
 * the text of their file (`text`), which the mocked readFileSync returns for
 * their filePath; other files are read from the disk as usual.
 */
import type { AudioManifest } from '../../src/lib/publication/stretch';

export interface MockEntry {
  id: string;
  filePath?: string;
  /** The whole file as an editor wrote it, front matter included. */
  text?: string;
  data: Record<string, unknown>;
  /** What render() reports as the entry's headings. */
  headings?: { depth: number; slug: string; text: string }[];
}

const collections = new Map<string, MockEntry[]>();
const files = new Map<string, string>();
/** The recordings, as virtual:nji/audio hands them to the pages. */
export const mockedAudio: AudioManifest = {};

/** Replaces the collections (and the files they come from) and the recordings. */
export function setContent(content: Record<string, MockEntry[]>, audio: AudioManifest = {}): void {
  collections.clear();
  files.clear();
  for (const [name, entries] of Object.entries(content)) {
    collections.set(name, entries);
    for (const entry of entries) if (entry.filePath && entry.text !== undefined) files.set(entry.filePath, entry.text);
  }
  for (const key of Object.keys(mockedAudio)) delete mockedAudio[key];
  Object.assign(mockedAudio, structuredClone(audio));
}

export function mockedAstroContent() {
  return {
    getCollection: async (name: string, filter?: (entry: MockEntry) => boolean) =>
      (collections.get(name) ?? []).filter((entry) => !filter || filter(entry)),
    getEntry: async (name: string, id: string) => collections.get(name)?.find((entry) => entry.id === id),
    render: async (entry: MockEntry) => ({ headings: entry.headings ?? [], Content: () => null, remarkPluginFrontmatter: {} }),
    defineCollection: <T>(config: T) => config,
  };
}

type Fs = typeof import('node:fs');

export function mockedFs(fs: Fs): Fs {
  const readFileSync = ((path: unknown, ...rest: unknown[]) =>
    typeof path === 'string' && files.has(path) ? files.get(path)! : (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest)) as Fs['readFileSync'];
  return { ...fs, default: { ...fs, readFileSync }, readFileSync } as Fs;
}
