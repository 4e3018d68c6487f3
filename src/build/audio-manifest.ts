/**
 * What the build knows about the recordings in audio/: each MP3's duration
 * (read with music-metadata) and its WebVTT transcript, parsed. Built once by
 * the audio integration and handed to the pages as a virtual module.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { parseVtt, VttError, type Cue } from '../lib/webvtt';
import { ContentError } from '../lib/publication-order';
import { warn } from './warn';
import type { AudioManifest } from '../lib/publication/stretch';

export type { AudioManifest, Recording } from '../lib/publication/stretch';

export const transcriptName = (recording: string) => recording.replace(/\.[a-z0-9]+$/i, '.vtt');

export async function readAudioFolder(dir: string, label = 'audio'): Promise<AudioManifest> {
  const manifest: AudioManifest = {};
  if (!existsSync(dir)) return manifest;
  for (const file of readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.mp3')).sort()) {
    let duration: number | undefined;
    let profile: string | undefined;
    try {
      ({ duration, codecProfile: profile } = (await parseFile(join(dir, file), { duration: true })).format);
    } catch (error) {
      throw new ContentError(`${label}/${file}`, 'bestand', `dit is geen leesbaar MP3-bestand (${(error as Error).message}).`);
    }
    if (!duration || !Number.isFinite(duration)) {
      throw new ContentError(`${label}/${file}`, 'bestand', 'de lengte van deze opname is niet te bepalen.');
    }
    // Browsers seek in a variable-bitrate MP3 by estimate, so a fragment may
    // start seconds off (Chrome in particular). The encoder's tag says which.
    if (profile && profile !== 'CBR') {
      warn(
        `${label}/${file}`,
        'bestand',
        `deze opname heeft een wisselende bitrate (VBR, ${profile}). Een browser kan een fragment dan een stukje te vroeg of te laat laten beginnen. Lever de opname aan met een vaste bitrate (CBR), zie de redactiehandleiding, 5.5.`,
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
