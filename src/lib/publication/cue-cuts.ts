/**
 * A fragment that cuts a sentence: its `start` or `end` falls inside a cue of
 * the recording's transcript, so the clip starts or stops mid-sentence while
 * the transcript beside it shows the whole sentence. Not an error (an editor
 * may mean it), but worth a `Let op:` in the build log, naming the cue's times
 * and the nearest cue boundary as a time to write.
 */
import type { Cue } from '../webvtt';
import { formatEditorTime } from '../time';
import { itemField } from '../content-error';
import { fileOf } from './order';
import type { Fragment, FragmentFields, StoryLike } from './stretch';

/** Within this many seconds of a cue's edge a time counts as on the edge (rounding to tenths, as the guide writes times). */
export const CUE_EDGE_TOLERANCE = 0.1;

export interface CueCut {
  field: 'start' | 'end';
  /** The time the editor wrote, in seconds. */
  time: number;
  cue: Cue;
  /** The cue's edge nearest to `time` that keeps the fragment's start before its end. */
  boundary: number;
  /** `boundary` as the editor would write it, rounded away from the cue's inside (to tenths). */
  suggestion: string;
  /** The cue's other edge, written the same way, when it too keeps the start before the end. */
  alternative?: string;
}

/** An edge of a cue as the editor writes it, rounded away from the cue's inside: down before its start, up after its end (to tenths). */
const outward = (cue: Cue, atStart: boolean) =>
  formatEditorTime(atStart ? Math.floor(cue.start * 10 + 1e-6) / 10 : Math.ceil(cue.end * 10 - 1e-6) / 10);

/** The cue whose inside `time` is in (more than the tolerance from either edge), if any. */
const cueAround = (time: number, cues: readonly Cue[]) =>
  cues.find((cue) => cue.start + CUE_EDGE_TOLERANCE < time && time < cue.end - CUE_EDGE_TOLERANCE);

/**
 * Where a stretch from–to cuts a cue: at most one cut for its start and one
 * for its end. With `quoteStart` (where the fragment's quote begins), no
 * start is suggested after it: the fragment opens with its quote, so a start
 * inside the quote's first sentence goes back to that sentence's start, never
 * on to its end.
 */
export function cueCuts(from: number, to: number, cues: readonly Cue[], quoteStart?: number): CueCut[] {
  return (
    [
      ['start', from],
      ['end', to],
    ] as const
  ).flatMap(([field, time]): CueCut[] => {
    const cue = cueAround(time, cues);
    if (!cue) return [];
    // An edge past the fragment's other end would leave nothing to play: then the other edge.
    const other = field === 'start' ? to : from;
    const startFits = field === 'start' || cue.start > other;
    const endFits = field === 'end' || (cue.end < other && (quoteStart === undefined || cue.end <= quoteStart + CUE_EDGE_TOLERANCE));
    const toStart = startFits && (!endFits || time - cue.start <= cue.end - time);
    const boundary = toStart ? cue.start : cue.end;
    const otherFits = toStart ? endFits : startFits;
    return [{ field, time, cue, boundary, suggestion: outward(cue, toStart), ...(otherFits ? { alternative: outward(cue, !toStart) } : {}) }];
  });
}

/** What the editor reads: the cue's times and first words, and the time to write. */
export function cueCutMessage(written: string, cut: CueCut): string {
  const words = cut.cue.text.replace(/\s+/g, ' ').trim();
  const shown = words.length > 60 ? `${words.slice(0, 60).replace(/\s+\S*$/, '')} …` : words;
  const where = (atStart: boolean) => (atStart ? 'vóór de zin' : 'na de zin');
  const nearest = cut.boundary === cut.cue.start;
  return (
    `${written} valt midden in een zin van het transcript (${formatEditorTime(cut.cue.start)}–${formatEditorTime(cut.cue.end)}: “${shown}”), ` +
    `dus het fragment ${cut.field === 'start' ? 'begint' : 'stopt'} midden in die zin. ` +
    `De dichtstbijzijnde grens: ${cut.field}: "${cut.suggestion}" (${where(nearest)})` +
    (cut.alternative ? `; of ${cut.field}: "${cut.alternative}" (${where(!nearest)}).` : '.') +
    ' Zie de redactiehandleiding, 5.3.'
  );
}

export interface ContentWarning {
  file: string;
  field: string;
  detail: string;
}

/** A warning for every fragment boundary that cuts a sentence of its transcript. */
export function fragmentCueWarnings<S extends StoryLike<F>, F extends FragmentFields>(fragments: Iterable<Fragment<S, F>>): ContentWarning[] {
  return [...fragments].flatMap((fragment) => {
    const index = fragment.story.data.fragments.findIndex((f) => f.id === fragment.id);
    return cueCuts(fragment.from, fragment.to, fragment.recording.cues, fragment.quoteStart).map((cut) => ({
      file: fileOf(fragment.story, 'stories'),
      field: itemField('fragment', fragment.id, index, cut.field),
      detail: cueCutMessage(fragment[cut.field], cut),
    }));
  });
}
