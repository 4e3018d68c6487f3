/**
 * Step 2 of loading the publication: each story's recording from the audio
 * manifest, as its whole-recording stretch, and the fragments the story cuts
 * from it. Checks what an editor can get wrong: a recording or transcript
 * that is missing, a stand-in that names a speaker, fragment ids used twice,
 * times out of order, past the end or overlapping.
 */
import { cuesBetween } from '../webvtt';
import { ContentError, itemField } from '../content-error';
import { checkRecordingKind } from '../recording';
import { assets, routes } from '../paths';
import { formatEditorTime, parseTime } from '../time';
import { fileOf } from './order';
import { didYouMean } from '../edit-distance';
import type { AudioManifest, Fragment, FragmentFields, Recording, StoryLike, WholeRecording } from './stretch';
import type { ContentWarning } from './cue-cuts';
import { fragmentTimes, quoteWarnings, toContentWarnings } from './quote-times';

/** A fragment may end this many seconds after the recording's measured duration (rounding of the metadata). */
const END_TOLERANCE = 0.05;

/** A fragment's clip and its transcript inside audio/ on the site (src/pages/audio/fragmenten/). */
export const clipFile = (id: string, extension: 'mp3' | 'vtt') => `fragmenten/${id}.${extension}`;

export interface Stretches<S, F extends FragmentFields> {
  /** Each story's whole recording, by story id. */
  wholes: Map<string, WholeRecording<S>>;
  /** Every fragment, by fragment id, in story order. Their home is their story until they are placed. */
  fragments: Map<string, Fragment<S, F>>;
  /** What the quotes say about the fragments' times (quote-times.ts): `Let op:` lines, not errors. */
  warnings: ContentWarning[];
}

/** The recording a story names, with its transcript; a ContentError when either is missing. */
function recordingOf(story: StoryLike, audio: AudioManifest): Recording & { transcript: string } {
  const file = fileOf(story, 'stories');
  const name = story.data.recording;
  const recording = audio[name];
  if (!recording) {
    const known = Object.keys(audio).join(', ') || 'geen';
    throw new ContentError(file, 'recording', `“${name}” staat niet in de map audio/.${didYouMean(name, Object.keys(audio))} Opnamen in audio/: ${known}.`);
  }
  if (!recording.transcript) {
    throw new ContentError(
      file,
      'recording',
      `bij “${name}” hoort een transcript audio/${name.replace(/\.mp3$/, '.vtt')}, maar dat bestand ontbreekt.`,
    );
  }
  checkRecordingKind(file, story.data, recording.cues);
  return { ...recording, transcript: recording.transcript };
}

export function buildStretches<F extends FragmentFields, S extends StoryLike<F>>(
  stories: readonly S[],
  audio: AudioManifest,
): Stretches<S, F> {
  const wholes = new Map<string, WholeRecording<S>>();
  const fragments = new Map<string, Fragment<S, F>>();
  const warnings: ContentWarning[] = [];
  for (const story of stories) {
    const file = fileOf(story, 'stories');
    const recording = recordingOf(story, audio);
    const common = { story, recording, home: routes.story(story.id) };
    wholes.set(story.id, {
      ...common,
      src: assets.audio(recording.file),
      transcriptSrc: assets.audio(recording.transcript),
      offset: 0,
      downloadName: recording.file,
      transcriptDownloadName: recording.transcript,
      whole: true,
      id: story.id,
      from: 0,
      to: recording.duration,
      seconds: recording.duration,
      cues: recording.cues,
    });
    const own: Fragment<S, F>[] = [];
    story.data.fragments.forEach((fragment, i) => {
      const other = fragments.get(fragment.id);
      if (other) {
        throw new ContentError(
          file,
          itemField('fragment', fragment.id, i, 'id'),
          `“${fragment.id}” is al in gebruik in ${fileOf(other.story, 'stories')}. Elk fragment heeft een eigen id.`,
        );
      }
      const times = fragmentTimes(fragment, i, recording, file);
      const { start, end } = times;
      const from = parseTime(start);
      const to = parseTime(end);
      if (to <= from) {
        throw new ContentError(file, itemField('fragment', fragment.id, i, 'end'), `${end} ligt niet na start ${start}. Het einde moet later zijn dan het begin.`);
      }
      if (to > recording.duration + END_TOLERANCE) {
        const last = formatEditorTime(recording.duration);
        throw new ContentError(
          file,
          itemField('fragment', fragment.id, i, 'end'),
          `${end} ligt na het einde van de opname ${recording.file}, die ${last} duurt. ` +
            `Het laatste moment dat je kunt gebruiken is "${last}".`,
        );
      }
      const overlap = own.find((o) => from < o.to && o.from < to);
      if (overlap) {
        throw new ContentError(
          file,
          itemField('fragment', fragment.id, i),
          `“${fragment.id}” (${start}–${end}) overlapt met “${overlap.id}” (${overlap.start}–${overlap.end}) in dezelfde opname.`,
        );
      }
      const info: Fragment<S, F> = {
        ...fragment,
        start,
        end,
        proposed: times.proposed,
        quoteStart: times.place?.start,
        ...common,
        src: assets.audio(clipFile(fragment.id, 'mp3')),
        transcriptSrc: assets.audio(clipFile(fragment.id, 'vtt')),
        offset: from,
        downloadName: `${story.id}-${fragment.id}.mp3`,
        transcriptDownloadName: `${story.id}-${fragment.id}.vtt`,
        whole: false,
        from,
        to,
        seconds: to - from,
        cues: cuesBetween(recording.cues, from, to),
      };
      own.push(info);
      fragments.set(fragment.id, info);
      warnings.push(...toContentWarnings(file, fragment, i, quoteWarnings({ fragment, from, to, times, recording })));
    });
  }
  return { wholes, fragments, warnings };
}
