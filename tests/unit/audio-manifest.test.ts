/**
 * readAudioFolder: durations and transcripts of audio/, and a warning (not a
 * failure) for a recording with a variable bitrate, which browsers seek in by
 * estimate.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { readAudioFolder } from '../../src/build/audio-manifest';
import { ROOT } from '../support/paths';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nji-audio-'));
  dirs.push(dir);
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(dir, name));
  return dir;
}

// A 16-second stand-in and its three-cue transcript (tests/fixtures/, not audio/: an editor may replace a recording).
const MP3 = join(ROOT, 'tests/fixtures/stand-in.mp3');
const VTT = join(ROOT, 'tests/fixtures/stand-in.vtt');

it('reads the length of a recording and parses its transcript', async () => {
  const dir = folderWith({ 'buurt-in-bloei.mp3': MP3, 'buurt-in-bloei.vtt': VTT });
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const manifest = await readAudioFolder(dir);
  const recording = manifest['buurt-in-bloei.mp3']!;
  // 16 s of audio that lame fills to whole frames: 615 frames of 576 samples at 22 050 Hz.
  expect(recording.duration).toBeCloseTo((615 * 576) / 22_050, 3);
  expect(recording.transcript).toBe('buurt-in-bloei.vtt');
  expect(recording.cues.map((c) => [c.start, c.end])).toEqual([[0.5, 4.512], [5.312, 10.911], [12.3, 15.814]].map(([s, e]) => [expect.closeTo(s!, 6), expect.closeTo(e!, 6)]));
  expect(recording.cues[2]!.text).toBe('Ik ging op een oude bakfiets langs schoolpleinen en hangplekken.');
  expect(warnings).not.toHaveBeenCalled(); // a constant bitrate
});

it('warns, naming the file, when a recording has a variable bitrate', async () => {
  const dir = folderWith({ 'interview.mp3': join(ROOT, 'tests/fixtures/vbr.mp3') });
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const manifest = await readAudioFolder(dir);
  expect(manifest['interview.mp3']!.duration).toBeCloseTo(2, 0);
  expect(warnings).toHaveBeenCalledTimes(1);
  expect(String(warnings.mock.calls[0]![0])).toMatch(
    /^Let op: audio\/interview\.mp3 → veld “bestand”: deze opname heeft een wisselende bitrate \(VBR\)\. Fragmenten worden exact geknipt.*vaste bitrate \(CBR\)/,
  );
});

it('knows a recording without its transcript', async () => {
  const dir = folderWith({ 'buurt-in-bloei.mp3': MP3 });
  expect((await readAudioFolder(dir))['buurt-in-bloei.mp3']).toMatchObject({ transcript: null, cues: [] });
});

it('stops the build at a transcript that is not valid WebVTT, naming the file and the line', async () => {
  const dir = folderWith({ 'buurt-in-bloei.mp3': MP3 });
  const vtt = readFileSync(VTT, 'utf8');
  const broken = vtt.replace(/00:00:05\.312 --> /, '00:00:05,312 --> ');
  expect(broken).not.toBe(vtt);
  writeFileSync(join(dir, 'buurt-in-bloei.vtt'), broken);
  const failure = readAudioFolder(dir);
  await expect(failure).rejects.toThrow(/^audio\/buurt-in-bloei\.vtt:8 → veld “WebVTT”: .*00:00:05,312/);
});

it('stops the build at a file that is not MP3 audio, naming the file and what it is', async () => {
  const dir = folderWith({});
  // A WAV file under an .mp3 name: no MPEG frames to play or to cut fragments from.
  const wav = Buffer.alloc(4096);
  wav.write('RIFF', 0, 'latin1');
  wav.write('WAVEfmt ', 8, 'latin1');
  writeFileSync(join(dir, 'interview.mp3'), wav);
  await expect(readAudioFolder(dir)).rejects.toThrow(/^audio\/interview\.mp3 → veld “bestand”: dit is geen leesbaar MP3-bestand \(er staan geen MP3-frames in dit bestand\)\./);
});
