/**
 * What the build knows about the recordings in audio/: each MP3's duration
 * (counted from its frames, as a browser plays it: lib/mp3) and its WebVTT
 * transcript, parsed. Built once by the audio integration and handed to the
 * pages as a virtual module.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { playedSeconds, readMp3 } from '../lib/mp3/frames';
import { parseVtt, VttError, type Cue } from '../lib/webvtt';
import { ContentError } from '../lib/content-error';
import { warn } from './warn';
import type { AudioManifest } from '../lib/publication/stretch';

export type { AudioManifest, Recording } from '../lib/publication/stretch';

export const transcriptName = (recording: string) => recording.replace(/\.[a-z0-9]+$/i, '.vtt');

export async function readAudioFolder(dir: string, label = 'audio'): Promise<AudioManifest> {
  const manifest: AudioManifest = {};
  if (!existsSync(dir)) return manifest;
  for (const file of readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.mp3')).sort()) {
    let duration: number;
    let constant: boolean;
    try {
      const mp3 = readMp3(new Uint8Array(readFileSync(join(dir, file))));
      duration = playedSeconds(mp3);
      constant = mp3.bitrate !== undefined;
    } catch (error) {
      throw new ContentError(`${label}/${file}`, 'bestand', `dit is geen leesbaar MP3-bestand (${(error as Error).message}).`);
    }
    if (!(duration > 0)) {
      throw new ContentError(`${label}/${file}`, 'bestand', 'de lengte van deze opname is niet te bepalen.');
    }
    // Fragments are cut exactly whatever the bitrate (src/build/clips.ts), but
    // a browser seeks inside a variable-bitrate MP3 by estimate: in the whole
    // recording, a jump (a shared link, a skip) may land seconds off.
    if (!constant) {
      warn(
        `${label}/${file}`,
        'bestand',
        `deze opname heeft een wisselende bitrate (VBR). Fragmenten worden exact geknipt, maar in de hele opname kan een browser bij doorspoelen een stukje naast de plek uitkomen. Lever de opname aan met een vaste bitrate (CBR), zie de redactiehandleiding, 5.5.`,
      );
    }
    const vtt = transcriptName(file);
    let cues: Cue[] = [];
    const hasTranscript = existsSync(join(dir, vtt));
    if (hasTranscript) {
      try {
        cues = parseVtt(readFileSync(join(dir, vtt), 'utf8'));
      } catch (error) {
        if (error instanceof VttError) {
          throw new ContentError(`${label}/${vtt}:${error.line}`, 'WebVTT', `${error.message.replace(/^regel \d+: /, '')}.`);
        }
        throw error;
      }
      const last = cues.at(-1)!;
      if (last.end > duration + 0.5) {
        throw new ContentError(`${label}/${vtt}`, 'WebVTT', `het laatste tekstblok eindigt na het einde van ${file} (${duration.toFixed(1)} s).`);
      }
    }
    manifest[file] = { file, duration: Math.round(duration * 1000) / 1000, transcript: hasTranscript ? vtt : null, cues };
  }
  return manifest;
}

/** What audio/ holds now, as names, sizes and times: it changes when a file is added, replaced or removed. */
function folderState(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const { size, mtimeMs } = statSync(join(dir, name));
      return `${name}:${size}:${mtimeMs}`;
    })
    .join('|');
}

let known: { state: string; manifest: Promise<AudioManifest> } | undefined;

/**
 * npm run dev: the manifest of audio/ as it is now, read again only when the
 * folder changed (src/integrations/audio.ts). A read that failed (a file
 * that is not an MP3) is tried again on the next request.
 */
export function currentAudioIn(dir: string, label = 'audio'): Promise<AudioManifest> {
  const state = folderState(dir);
  if (known?.state !== state) {
    const manifest = readAudioFolder(dir, label);
    known = { state, manifest };
    manifest.catch(() => (known = undefined));
  }
  return known.manifest;
}
