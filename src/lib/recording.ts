/**
 * What a story's recording is, and every word the site says about it: one
 * source of truth. A story's front matter says `recordingKind: voorlopig`
 * while its recording is a synthetic stand-in (a computer voice reading the
 * story text, made by tools/make-standin-audio.mjs), and
 * `recordingKind: interview` once NJi's real interview has replaced it. Every
 * player, the whole-recording section, /luisteren/, the Media Session
 * metadata, the story cards, the social cards and the search records take
 * their wording from here, so changing that one field changes every label.
 * Pure: no Astro imports, unit-tested.
 */
import { z } from 'astro/zod';
import { ContentError, itemField } from './content-error';
import { recordingText } from './text/nl';

export const RECORDING_KINDS = ['voorlopig', 'interview'] as const;
export type RecordingKind = (typeof RECORDING_KINDS)[number];

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

/** The front-matter field `recordingKind`: required, one of the two kinds. */
export const recordingKindField = z.enum(RECORDING_KINDS, {
  error: (issue) =>
    `${issue.input === undefined ? 'dit veld ontbreekt; het is verplicht' : `${shown(issue.input)} is geen soort opname`}. ` +
    'Schrijf recordingKind: voorlopig (een computerstem leest de tekst van het verhaal voor) ' +
    'of recordingKind: interview (de echte opname van het gesprek).',
});

/** The disclosure next to every player of a stand-in recording. */
export const STAND_IN_NOTE = recordingText.standInNote;
/** The same, in one or two words, where there is little room (search results, story cards, lock screen). */
export const STAND_IN_SHORT = recordingText.standInShort;

export interface RecordingWords {
  /** Shown next to the play button; undefined for a real interview (nothing to disclose). */
  note: string | undefined;
  /** Heading of the whole-recording section on the story page. */
  wholeHeading: string;
  /** The sentence under that heading. */
  wholeIntro: string;
  /** The whole recording's title in its player (and on the lock screen). */
  wholeTitle: (initiative: string) => string;
  /** The length label under a player of the whole recording. */
  wholeLabel: string;
  /** "een link naar dit …" / "de uitgeschreven tekst van …" */
  wholeNoun: string;
  /**
   * Who is heard, under the quote. A stand-in names nobody: a computer voice
   * reads the text. A real interview names the fragment's `speaker`, or else
   * the story's people.
   */
  who: (people: string[], speaker: string | undefined) => string | undefined;
  /** Media Session `artist`: shown on the lock screen next to the title. */
  artist: (initiative: string) => string;
  /** Transcript cues may name their speaker (`<v Name>` in the WebVTT). */
  namesSpeakers: boolean;
}

export function recordingWords(kind: RecordingKind): RecordingWords {
  if (kind === 'interview') {
    return {
      ...recordingText.interview,
      note: undefined,
      who: (people, speaker) => speaker ?? (people.join(', ') || undefined),
      artist: (initiative) => initiative,
      namesSpeakers: true,
    };
  }
  const { artist, ...words } = recordingText.standIn;
  return {
    ...words,
    note: STAND_IN_NOTE,
    who: () => undefined,
    artist: (initiative) => artist(initiative, STAND_IN_SHORT),
    namesSpeakers: false,
  };
}

/** Description of the fragments on /luisteren/, true for the recordings the site has now. */
export function listeningWords(kinds: RecordingKind[]): { description: string; note: string | undefined; cardKicker: string } {
  const standIns = kinds.filter((k) => k === 'voorlopig').length;
  if (standIns === 0) return { ...recordingText.listening.none, note: undefined };
  return standIns === kinds.length ? recordingText.listening.all : recordingText.listening.some;
}

/**
 * The rules a stand-in keeps, checked when the publication loads: it names no
 * speaker, neither per fragment (`speaker`) nor in its transcript (`<v Name>`),
 * because nobody named is heard. Throws a ContentError for the first break.
 */
export function checkRecordingKind(
  file: string,
  story: { recordingKind: RecordingKind; recording: string; fragments: { id?: string; speaker?: string | undefined }[] },
  cues: { speaker?: string | undefined }[],
): void {
  if (story.recordingKind !== 'voorlopig') return;
  const i = story.fragments.findIndex((f) => f.speaker);
  if (i >= 0) {
    throw new ContentError(
      file,
      itemField('fragment', story.fragments[i]!.id, i, 'speaker'),
      `bij een voorlopige opname (recordingKind: voorlopig) spreekt een computerstem, niet ${shown(story.fragments[i]!.speaker)}. ` +
        'Haal speaker weg, of zet recordingKind op interview als dit de echte opname is.',
    );
  }
  const named = cues.find((c) => c.speaker);
  if (named) {
    throw new ContentError(
      file,
      'recordingKind',
      `het transcript bij ${story.recording} noemt een spreker (<v ${named.speaker}>), maar de opname is voorlopig: een computerstem leest de tekst voor. ` +
        'Haal de sprekers uit het transcript, of zet recordingKind op interview als dit de echte opname is.',
    );
  }
}
