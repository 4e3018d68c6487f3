/**
 * "Verder luisteren": where the listener stopped, kept in the browser's local
 * storage only (nothing is sent, no cookie). One entry under a versioned key;
 * anything that does not read as this version's entry is ignored (and the
 * dock offers nothing), never trusted.
 */

/** The storage key; a new shape gets a new number, and old entries are simply not read. */
export const RESUME_KEY = 'nji-luisteren-v1';

export interface Resume {
  /** The file that plays, and where it starts in the recording. */
  src: string;
  offset: number;
  /** The stretch in the recording, in seconds. */
  start: number;
  end: number;
  /** The quote (or the whole recording's title), who is heard, the stand-in notice if any. */
  title: string;
  artist: string;
  note: string;
  /** The fragment's place in its story ("Naar het fragment"). */
  home: string;
  /** Seconds into the stretch. */
  at: number;
}

const TEXTS = ['src', 'title', 'artist', 'note', 'home'] as const;
const NUMBERS = ['offset', 'start', 'end', 'at'] as const;

/** The stored entry, or undefined for nothing, another version, or anything malformed. */
export function parseResume(raw: string | null | undefined): Resume | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entry = value as Record<string, unknown>;
  if (TEXTS.some((key) => typeof entry[key] !== 'string')) return undefined;
  if (NUMBERS.some((key) => typeof entry[key] !== 'number' || !Number.isFinite(entry[key]))) return undefined;
  const resume = Object.fromEntries([...TEXTS, ...NUMBERS].map((key) => [key, entry[key]])) as unknown as Resume;
  // Only addresses of this site (a relative path), never another origin or a script.
  if (!resume.src.startsWith('/') || resume.src.startsWith('//') || !resume.home.startsWith('/') || resume.home.startsWith('//')) return undefined;
  if (!resume.src || !resume.title || resume.end <= resume.start || resume.offset < 0 || resume.offset > resume.start) return undefined;
  if (resume.at < 0 || resume.at >= resume.end - resume.start) return undefined;
  return resume;
}

export function serializeResume(resume: Resume): string {
  return JSON.stringify(resume);
}
