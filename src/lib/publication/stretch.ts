/**
 * The content model of what plays: a recording stretch. A fragment an editor
 * cut from a story's recording and the whole recording are the same thing —
 * a stretch of one recording, with its own cues and a page that is its home;
 * the whole recording is the stretch from 0 to its duration.
 */
import type { Cue } from '../webvtt';

/** A recording in audio/, as the build reads it (src/build/audio-manifest.ts). */
export interface Recording {
  /** File name inside audio/, e.g. "buurt-in-bloei.mp3". */
  file: string;
  /** Seconds, from the file's own metadata. */
  duration: number;
  /** File name of the transcript, or null when there is none. */
  transcript: string | null;
  cues: Cue[];
}

export type AudioManifest = Record<string, Recording>;

/** A fragment as an editor writes it in a story's front matter. */
export interface FragmentFields {
  id: string;
  quote: string;
  speaker?: string | undefined;
  /**
   * m:ss or h:mm:ss in the recording. Either may be left out: then it comes
   * from where the quote is spoken in the transcript (quote-times.ts).
   */
  start?: string | undefined;
  end?: string | undefined;
}

/** What every stretch has, whole recording or fragment. */
export interface Stretch<S> {
  story: S;
  /** The fragment's id; the story's id for the whole recording. */
  id: string;
  /** Start and end in the recording, and the length, in seconds. */
  from: number;
  to: number;
  seconds: number;
  recording: Recording;
  /**
   * URLs of what plays and its transcript on the site: a fragment's own clip
   * (cut at build time, src/build/clips.ts), or the whole recording.
   */
  src: string;
  transcriptSrc: string;
  /** Where `src` starts in the recording: the fragment's start for a clip, 0 for the whole recording. */
  offset: number;
  /** File names a download gets: "<story>-<fragment>.mp3" and ".vtt", or the recording's. */
  downloadName: string;
  transcriptDownloadName: string;
  /** The transcript cues inside the stretch. */
  cues: Cue[];
  /** The page that is the stretch's home (its story, if placed there): share links open it there. */
  home: string;
}

/** A story's whole recording: the stretch 0–duration. */
export interface WholeRecording<S> extends Stretch<S> {
  whole: true;
}

/**
 * A fragment: a stretch with the fields the editor wrote; `start` and `end`
 * as it plays them (written by the editor, or found from the quote).
 */
export type Fragment<S, F extends FragmentFields = FragmentFields> = Stretch<S> &
  Omit<F, 'start' | 'end'> & {
    start: string;
    end: string;
    /** The times the build found from the quote because the editor left them out. */
    proposed: readonly ('start' | 'end')[];
    /** Where the quote begins in the recording (seconds), when the transcript has it: no start is suggested after it. */
    quoteStart?: number | undefined;
    whole: false;
  };

/** The story fields the steps read; Astro's collection entries fit. */
export interface StoryLike<F extends FragmentFields = FragmentFields> {
  id: string;
  filePath?: string | undefined;
  data: {
    recording: string;
    recordingKind: 'voorlopig' | 'interview';
    fragments: F[];
  };
}
