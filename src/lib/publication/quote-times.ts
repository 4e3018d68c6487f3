/**
 * A fragment's times from its quote. A fragment is named by its quote (the
 * player, search, the podcast), so it opens with the quote: the place where
 * the quote is spoken in the transcript gives the fragment's start, on the
 * first cue of the quote, and at least its end, the last cue of the quote.
 *
 * - A fragment without `start` or `end` gets them from there (the build uses
 *   them, and says so in a `Let op:`), so after a new recording an editor can
 *   leave the times out and read the proposal.
 * - A fragment with times that does not open with its quote, or stops before
 *   the quote is over, gets a `Let op:` with the times to write.
 * - A quote that is not in the transcript gets a `Let op:`; without times the
 *   build cannot place the fragment and stops.
 */
import type { Cue } from '../webvtt';
import { findQuote, type QuoteSearch } from '../quote-search';
import { formatEditorTime, parseTime } from '../time';
import { ContentError, itemField } from '../content-error';
import { CUE_EDGE_TOLERANCE } from './cue-cuts';
import type { ContentWarning } from './cue-cuts';

/** Where the quote is spoken: from the start of its first cue to the end of its last. */
export interface QuotePlace {
  start: number;
  end: number;
  search: QuoteSearch;
  /** The transcript's words there, for messages. */
  text: string;
}

export function quotePlace(cues: readonly Cue[], quote: string, near?: number): QuotePlace | undefined {
  const search = findQuote(cues, quote, near);
  if (!search) return undefined;
  const { firstCue, lastCue } = search.match;
  const spoken = cues.slice(firstCue, lastCue + 1);
  return { start: cues[firstCue]!.start, end: cues[lastCue]!.end, search, text: spoken.map((c) => c.text).join(' ') };
}

/** A cue's start as an editor writes it: to the tenth, never later. */
export const startTime = (seconds: number) => formatEditorTime(Math.floor(seconds * 10 + 1e-6) / 10);
/** A cue's end as an editor writes it: to the tenth, never earlier, but not past the recording. */
export const endTime = (seconds: number, duration = Infinity) =>
  formatEditorTime(Math.min(Math.ceil(seconds * 10 - 1e-6) / 10, Math.floor(duration * 10 + 1e-6) / 10));

const shorten = (text: string, max = 70) => {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max).replace(/\s+\S*$/, '')} …` : words;
};

export interface TimedFields {
  id: string;
  quote: string;
  start?: string | undefined;
  end?: string | undefined;
}

export interface FragmentTimes {
  start: string;
  end: string;
  /** The fields the build filled in from the quote. */
  proposed: ('start' | 'end')[];
  /** The quote's place in the transcript, if it is there. */
  place: QuotePlace | undefined;
}

/**
 * The times a fragment plays: what the editor wrote, and for a missing
 * `start` or `end` the quote's place. Throws a ContentError when a time is
 * missing and the quote is not in the transcript.
 */
export function fragmentTimes(
  fragment: TimedFields,
  index: number,
  recording: { file: string; transcript: string; duration: number; cues: readonly Cue[] },
  file: string,
): FragmentTimes {
  const near = fragment.start === undefined ? undefined : parseTime(fragment.start);
  const place = quotePlace(recording.cues, fragment.quote, near);
  const proposed: ('start' | 'end')[] = [];
  const missing = (['start', 'end'] as const).filter((field) => fragment[field] === undefined);
  if (missing.length && !place) {
    throw new ContentError(
      file,
      itemField('fragment', fragment.id, index, missing[0]),
      `dit veld ontbreekt, en het citaat “${shorten(fragment.quote)}” staat niet in het transcript audio/${recording.transcript}, ` +
        `dus de build kan de tijd niet vinden. Zet ${missing.join(' en ')} zelf (zie de redactiehandleiding, 5.3), of verbeter het citaat zodat het woord voor woord in het transcript staat.`,
    );
  }
  let start = fragment.start;
  if (start === undefined) {
    start = startTime(place!.start);
    proposed.push('start');
  }
  let end = fragment.end;
  if (end === undefined) {
    // The quote's end; a fragment that starts after the quote has ended has nothing of it to play.
    const from = parseTime(start);
    const last = place!.end > from ? place!.end : (recording.cues.find((c) => c.start >= from)?.end ?? recording.duration);
    end = endTime(last, recording.duration);
    proposed.push('end');
  }
  return { start, end, proposed, place };
}

/** The cue a listener hears first from `from`. */
const firstHeard = (cues: readonly Cue[], from: number) => cues.findIndex((cue) => cue.end > from + CUE_EDGE_TOLERANCE);

/**
 * The end that keeps the fragment as long as it is now when it starts at the
 * quote: the cue end nearest to that, not before the quote's end.
 */
function endKeepingLength(place: QuotePlace, length: number, cues: readonly Cue[], duration: number): number {
  const target = place.start + length;
  const ends = cues.map((c) => c.end).filter((e) => e >= place.end - 1e-6 && e <= duration + 0.05);
  return ends.reduce((best, e) => (Math.abs(e - target) < Math.abs(best - target) ? e : best), place.end);
}

export interface QuoteWarningInput {
  fragment: TimedFields;
  /** The times the fragment plays, in seconds, and how they came about. */
  from: number;
  to: number;
  times: FragmentTimes;
  recording: { transcript: string; duration: number; cues: readonly Cue[] };
}

/** What to tell the editor about a fragment and its quote: nothing when it opens with the quote and plays all of it. */
export function quoteWarnings({ fragment, from, to, times, recording }: QuoteWarningInput): { field: string; detail: string }[] {
  const { place, proposed } = times;
  const { cues } = recording;
  const where = place ? `van ${startTime(place.start)} tot ${endTime(place.end, recording.duration)}` : '';
  const approx =
    place && !place.search.match.exact
      ? ` Het staat er niet woord voor woord (${
          place.search.match.matched === place.search.match.words ? 'met andere woorden ertussen' : `${place.search.match.matched} van de ${place.search.match.words} woorden`
        }): “${shorten(place.text)}”.`
      : '';
  const several = place && place.search.count > 1 ? ` Het citaat staat ${place.search.count} keer in het transcript; dit is de plek die het dichtst bij het fragment ligt.` : '';
  if (!place) {
    return [
      {
        field: 'quote',
        detail:
          `het citaat staat niet in het transcript audio/${recording.transcript}, dus de build kan niet nagaan of het fragment ermee begint. ` +
          `Kijk of het citaat klopt met wat er gezegd wordt, en zoek de plek in het transcript op (zie de redactiehandleiding, 5.5).`,
      },
    ];
  }
  const notes: { field: string; detail: string }[] = [];
  if (proposed.length) {
    const written = proposed.map((field) => `${field}: "${times[field]}"`).join(', ');
    notes.push({
      field: proposed.length === 2 ? '' : proposed[0]!,
      detail:
        `het fragment heeft nog geen ${proposed.join(' en ')}. Het citaat staat in de opname ${where}; de build gebruikt ${written}.${approx}${several} ` +
        `Zet ${proposed.length === 2 ? 'deze tijden in het verhaal als ze kloppen' : 'deze tijd in het verhaal als ze klopt'}; voor een langer fragment een latere end (zie de redactiehandleiding, 5.5).`,
    });
    // Found from the quote, the start opens with it.
    if (proposed.includes('start')) return notes;
  }
  const heard = firstHeard(cues, from);
  if (heard !== place.search.match.firstCue) {
    const newEnd = endKeepingLength(place, to - from, cues, recording.duration);
    const endChanges = !proposed.includes('end') && Math.abs(newEnd - to) > CUE_EDGE_TOLERANCE;
    const first = heard >= 0 ? `, bij “${shorten(cues[heard]!.text, 50)}”` : '';
    notes.push({
      field: 'start',
      detail:
        `het citaat staat in de opname ${where}, maar het fragment begint op ${fragment.start}${first}. ` +
        `Zet start: "${startTime(place.start)}"` +
        (endChanges ? ` en end: "${endTime(newEnd, recording.duration)}" (dan blijft het fragment ongeveer even lang)` : '') +
        `.${approx}${several} Zie de redactiehandleiding, 5.5.`,
    });
  } else if (to < cues[place.search.match.lastCue]!.start + CUE_EDGE_TOLERANCE) {
    notes.push({
      field: 'end',
      detail: `het fragment stopt op ${fragment.end}, voordat het citaat uit is (het staat in de opname ${where}). Zet end: "${endTime(place.end, recording.duration)}" of later.${approx} Zie de redactiehandleiding, 5.5.`,
    });
  }
  return notes;
}

/** The warnings with their file and field, as the build prints them. */
export function toContentWarnings(file: string, fragment: TimedFields, index: number, list: { field: string; detail: string }[]): ContentWarning[] {
  return list.map(({ field, detail }) => ({ file, field: itemField('fragment', fragment.id, index, field || undefined), detail }));
}
