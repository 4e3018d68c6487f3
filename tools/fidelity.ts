/**
 * npm run fidelity — after `npm run build`: compares the built site with the
 * printed publication (tests/fixtures/publicatie/bron.txt) and prints the
 * coverage, the differences by kind, and every difference that is not on the
 * record in content/verbeteringen.yaml, with the page where it stands.
 *
 *   npm run fidelity                 # dist/
 *   npm run fidelity -- --dist dist-base --all
 *
 * --all also lists the differences that are on the record. Exits 1 when a
 * difference is not on the record, a recorded one is not on the site (or
 * not as often as the print has it), or
 * coverage is below 99%.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, formatReport, onRecord, readEntries, readSite } from './fidelity/check.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const distArg = args.indexOf('--dist');
const dist = join(ROOT, distArg >= 0 ? args[distArg + 1]! : 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Geen gebouwde site in ${dist}. Draai eerst: npm run build`);
  process.exit(2);
}
const report = check({
  source: readFileSync(join(ROOT, 'tests/fixtures/publicatie/bron.txt'), 'utf8'),
  pages: readSite(dist),
  entries: readEntries(readFileSync(join(ROOT, 'content/verbeteringen.yaml'), 'utf8')),
});
console.log(formatReport(report));
if (args.includes('--all')) {
  console.log('\nAlle afwijkingen:');
  for (const { hunk, entry } of report.findings) {
    console.log(`- ${hunk.page ?? '(niet op de site)'} [${entry ? `${entry.kind}: ${entry.id}` : 'NIET VERMELD'}] “${hunk.printedContext}” → “${hunk.editionContext}”`);
  }
}
const ok = report.coverage >= 0.99 && onRecord(report);
process.exit(ok ? 0 : 1);
