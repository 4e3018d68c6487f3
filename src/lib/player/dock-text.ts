/**
 * What the dock and the page change say (browser/player/dock, ./navigate,
 * ./controller): the table's words (lib/text/nl, `dockSays`), with the clock
 * ("2:14") where a time goes in, so the table needs no code of lib/time.
 */
import { dockSays } from '../text/nl';
import { formatClock } from '../time';

export const DOCK_TEXT = {
  ...dockSays,
  resumeOffer: (title: string, at: number) => dockSays.resumeOffer(title, formatClock(at)),
  time: (at: number, length: number) => dockSays.time(formatClock(at), formatClock(length)),
};
