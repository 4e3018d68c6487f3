/**
 * Dates as editors write them in front matter (2026-11-12, year-month-day)
 * and as readers see them ("12 november 2026").
 */
import { dateWords } from './text/nl';

/** Year-month-day, as in `updated: 2026-11-12`. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an editor's date; YAML may already have made a Date of it.
 * Returns undefined for anything that is not a real calendar day.
 */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // 2026-02-31 would roll over into March: not a date.
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

const DUTCH = new Intl.DateTimeFormat(dateWords.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 november 2026". */
export function formatDate(date: Date): string {
  return DUTCH.format(date);
}

/** "2026-11-12", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
