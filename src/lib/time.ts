/**
 * Time strings as editors write them (`m:ss`, `h:mm:ss`, optionally with tenths)
 * and as readers see them ("1 min 37 s", "1 minuut 5 seconden").
 */
import { timeWords } from './text/nl.ts';

/** `m:ss`, `mm:ss`, `h:mm:ss`, each optionally followed by `.d`–`.ddd`. */
export const DURATION_PATTERN = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:\.(\d{1,3}))?$/;

/** Parses an editor's time string into seconds; throws a Dutch message on bad input. */
export function parseTime(value: string): number {
  const match = DURATION_PATTERN.exec(value.trim());
  if (!match) {
    throw new Error(`“${value}” is geen geldige tijd: schrijf m:ss of h:mm:ss, bijvoorbeeld 1:37 of 1:02:05`);
  }
  const [, h, m, s, frac] = match;
  if (h !== undefined && m!.length !== 2) {
    throw new Error(`“${value}” is geen geldige tijd: schrijf de minuten na de uren met twee cijfers (1:02:05)`);
  }
  const hours = h === undefined ? 0 : Number(h);
  const seconds = hours * 3600 + Number(m) * 60 + Number(s) + (frac ? Number(`0.${frac}`) : 0);
  return Math.round(seconds * 1000) / 1000;
}

/** Splits whole seconds into parts, rounding to the nearest second. */
function parts(totalSeconds: number): { h: number; m: number; s: number } {
  const total = Math.max(0, Math.round(totalSeconds));
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** A clock string: 97 → "1:37", 3725 → "1:02:05". */
export function formatClock(totalSeconds: number): string {
  const { h, m, s } = parts(totalSeconds);
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A time as editors write it, to the tenth of a second and never later than
 * the moment itself: 549.54 → "9:09.5", 97 → "1:37". For messages about the
 * end of a recording, where "9:10" would read as "9:09.8 fits".
 */
export function formatEditorTime(totalSeconds: number): string {
  const tenths = Math.floor(Math.max(0, totalSeconds) * 10 + 1e-6);
  const clock = formatClock(Math.floor(tenths / 10));
  return tenths % 10 ? `${clock}.${tenths % 10}` : clock;
}

/** The short label the publication prints: 97 → "1 min 37 sec", 45 → "45 sec". */
export function formatShort(totalSeconds: number): string {
  const { h, m, s } = parts(totalSeconds);
  const out: string[] = [];
  if (h) out.push(timeWords.hours(h));
  if (m || h) out.push(timeWords.minutesShort(m));
  if (s || out.length === 0) out.push(timeWords.secondsShort(s));
  return out.join(' ');
}

/** Spoken Dutch, for screen readers: 65 → "1 minuut 5 seconden". */
export function formatSpoken(totalSeconds: number): string {
  const { h, m, s } = parts(totalSeconds);
  const out: string[] = [];
  if (h) out.push(timeWords.hours(h));
  if (m) out.push(timeWords.minutes(m));
  if (s || out.length === 0) out.push(timeWords.seconds(s));
  return out.join(' ');
}

/** ISO 8601 duration for machine-readable markup: 97 → "PT1M37S". */
export function formatIsoDuration(totalSeconds: number): string {
  const { h, m, s } = parts(totalSeconds);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
