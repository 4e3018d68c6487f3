/**
 * A small, strict WebVTT reader for interview transcripts: the header, cues
 * with their times and text (voice tags kept as the speaker), NOTE, STYLE and
 * REGION blocks skipped. Errors carry the line number, for editors.
 */
import { decodeEntities } from './html';

export interface Cue {
  id?: string;
  start: number;
  end: number;
  text: string;
  /** From a `<v Name>` tag, if the cue has one. */
  speaker?: string;
}

export class VttError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`regel ${line}: ${detail}`);
    this.name = 'VttError';
  }
}

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

function timestamp(value: string, line: number): number {
  const match = TIMESTAMP.exec(value);
  if (!match) throw new VttError(line, `“${value}” is geen geldige tijd (verwacht uu:mm:ss.mmm of mm:ss.mmm)`);
  const [, h, m, s, ms] = match;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
}

// Direction marks are dropped: the cue text is shown and searched as plain text.
const decode = (text: string) => decodeEntities(text.replace(/&lrm;|&rlm;/g, ''));

export function parseVtt(source: string): Cue[] {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    throw new VttError(1, 'een WebVTT-bestand begint met de regel “WEBVTT”');
  }
  const cues: Cue[] = [];
  let i = 1;
  // Header lines run until the first blank line.
  while (i < lines.length && lines[i]!.trim() !== '') i++;

  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);

    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]!)) continue;

    const timingIndex = block.findIndex((l) => l.includes('-->'));
    if (timingIndex < 0 || timingIndex > 1) {
      throw new VttError(blockStart + 1, 'blok zonder tijdregel “start --> eind”');
    }
    const id = timingIndex === 1 ? block[0]!.trim() : undefined;
    const lineNo = blockStart + timingIndex + 1;
    const [left, right] = block[timingIndex]!.split('-->').map((s) => s.trim());
    const start = timestamp(left!, lineNo);
    const end = timestamp(right!.split(/[ \t]+/)[0]!, lineNo);
    if (end <= start) throw new VttError(lineNo, 'het einde van een tekstblok ligt niet na het begin');
    const previous = cues.at(-1);
    if (previous && start < previous.start) {
      throw new VttError(lineNo, 'tekstblokken staan niet in volgorde van tijd');
    }
    const payload = block.slice(timingIndex + 1).join('\n');
    if (payload.trim() === '') throw new VttError(lineNo, 'tekstblok zonder tekst');
    const voice = /<v(?:\.[^ \t>]+)*[ \t]+([^>]+)>/.exec(payload)?.[1]?.trim();
    const text = decode(payload.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    cues.push({ ...(id ? { id } : {}), start, end, text, ...(voice ? { speaker: voice } : {}) });
  }
  if (cues.length === 0) throw new VttError(lines.length, 'het bestand bevat geen tekstblokken');
  return cues;
}

/** The cues that overlap the stretch [start, end). */
export function cuesBetween(cues: readonly Cue[], start: number, end: number): Cue[] {
  return cues.filter((cue) => cue.end > start && cue.start < end);
}

/** A time as WebVTT writes it: hh:mm:ss.mmm. */
export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

const escapeCueText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The transcript of a stretch [start, end) of a recording as a WebVTT file of
 * its own: the cues that overlap it, moved to the stretch's time (0 at
 * `start`) and cut to fit it; voices kept.
 */
export function stretchVtt(cues: readonly Cue[], start: number, end: number): string {
  const blocks = cuesBetween(cues, start, end).map((cue, i) => {
    const from = Math.max(0, cue.start - start);
    const to = Math.min(end, cue.end) - start;
    const text = escapeCueText(cue.text);
    return `${i + 1}\n${vttTime(from)} --> ${vttTime(to)}\n${cue.speaker ? `<v ${escapeCueText(cue.speaker)}>${text}` : text}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
