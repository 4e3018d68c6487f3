/**
 * The comparison with the printed publication as an editor reads it, the same
 * lines in `npm run controleer` (tools/controleer.ts), in the failing test of
 * `npm test` (tests/build/fidelity.test.ts) and so in the online check's
 * summary (tools/ci-summary.ts): what is not on the record, with the content
 * file and line where it stands, where else the same printed text still
 * stands, and the lines to add to content/verbeteringen.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, formatReport, onRecord, readEntries, readSite } from './check.ts';
import { contentLocator } from './locate.ts';

/** The first line of the block, which tools/ci-summary.ts finds in a log. */
export const FIDELITY_HEADING = 'Vergelijking met de gedrukte uitgave (redactiehandleiding, 5.9):';
/** Its last line. */
export const FIDELITY_END = 'Einde van de vergelijking met de gedrukte uitgave.';

/**
 * What the comparison with the printed publication finds that is not on the
 * record (or on the record and no longer on the site): the lines of the
 * fidelity report from its list on, nothing when all is on the record.
 */
export function fidelityProblems(dist: string, root: string): string[] {
  const source = join(root, 'tests/fixtures/publicatie/bron.txt');
  if (!existsSync(source)) return [];
  const entries = readEntries(readFileSync(join(root, 'content/verbeteringen.yaml'), 'utf8'));
  const report = check({ source: readFileSync(source, 'utf8'), pages: readSite(dist), entries });
  if (onRecord(report)) return [];
  const text = formatReport(report, { locate: contentLocator(root), ids: entries.map((e) => e.id) });
  return text.slice(text.indexOf('\n\n') + 2).split('\n');
}

/** The block as the test prints it for the online check: heading, lines, end. */
export const fidelityBlock = (lines: readonly string[]): string => [FIDELITY_HEADING, ...lines, FIDELITY_END].join('\n');
