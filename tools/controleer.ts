/**
 * npm run controleer: the quick check for editors working on their own
 * machine. Runs the build with every content check (schemas, references,
 * fragments against their recordings, links and anchors, the role guide,
 * warnings) but without what only publishing needs (search index, social
 * cards, sitemap, headers: CONTROLEER=1 in astro.config.mjs), into a folder
 * of its own that it removes, so dist/ is not touched. It renders the pages,
 * because that is where the checks on references run; it prints the build's
 * own Dutch messages (tools/ci-summary.ts reads them), or one line that all
 * is well. Then, as the online check does, it compares the pages with the
 * printed publication (tools/fidelity): a changed word of NJi's text that is
 * not in content/verbeteringen.yaml is named, with the lines to add.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asLine, contentErrors, warnings, withLine } from './ci-summary.ts';
import { fidelityProblems as problems } from './fidelity/for-editors.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The comparison with the printed publication, as this check prints it (tools/fidelity/for-editors.ts). */
export const fidelityProblems = (dist: string, root = ROOT): string[] => problems(dist, root);

/**
 * What the check tells the editor, from the build's output, whether it built,
 * and the comparison with the print: pure, so a test can hold the verdict on a
 * failed build's own output without building again in CONTROLEER mode.
 * `read` gives a content file's text, so a message the build printed without
 * a line (a front-matter error) names file:line like the others.
 */
export function verdict(
  output: string,
  built: boolean,
  printed: string[],
  seconds: number,
  read: (file: string) => string | undefined = () => undefined,
): { ok: boolean; report: string } {
  const errors = contentErrors(output).map((e) => withLine(e, read(e.file)));
  const notes = warnings(output).map((n) => `Let op: ${n}`);
  const ok = built && printed.length === 0;
  const time = `${seconds.toFixed(1).replace('.', ',')} s`;
  // Warnings first, so the verdict is the last line an editor reads.
  const lines = ok
    ? [...notes, `Alles in orde${notes.length ? ` (let op ${notes.length === 1 ? 'de waarschuwing' : `de ${notes.length} waarschuwingen`} hierboven)` : ''}: de inhoud van content/ en audio/ is gecontroleerd in ${time}.`]
    : built
      ? [
          ...notes,
          // Each part of the comparison has its own heading (not on the record, on the record but not on the site).
          'De inhoud is in orde, maar de vergelijking met de gedrukte uitgave klopt niet (redactiehandleiding, 5.9):',
          ...printed,
          'Pas content/verbeteringen.yaml (of de tekst) aan zoals hierboven staat en draai npm run controleer opnieuw.',
        ]
    : errors.length > 0
      ? [
          'De controle vond een fout in de inhoud:',
          ...errors.map(asLine),
          ...notes,
          'Pas het bestand aan en draai npm run controleer opnieuw.',
        ]
      : ['De controle is niet gelukt, maar niet door een fout in de inhoud. Vraag een ontwikkelaar; dit is wat de build meldde:', output.trim().split('\n').slice(-30).join('\n')];
  return { ok, report: lines.join('\n') };
}

/** The text of a file of the project, or undefined when it is not there. */
function textOf(root: string, file: string): string | undefined {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `keep`: build into that folder and leave the pages there (the tests read
 * them instead of building the same content a second time); by default a
 * temporary folder that is removed.
 */
export function controleer(
  root = ROOT,
  env: Record<string, string> = {},
  keep?: string,
): { ok: boolean; output: string; report: string; seconds: number } {
  const started = performance.now();
  const out = keep ?? mkdtempSync(join(tmpdir(), 'nji-controle-'));
  try {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, CONTROLEER: '1', OUT_DIR: out },
    });
    const output = `${result.stdout}${result.stderr}`;
    const built = result.status === 0;
    const printed = built ? fidelityProblems(out, root) : [];
    const { ok, report } = verdict(output, built, printed, (performance.now() - started) / 1000, (file) => textOf(root, file));
    return { ok, output, report, seconds: (performance.now() - started) / 1000 };
  } finally {
    if (!keep) rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok, report } = controleer();
  console.log(report);
  process.exitCode = ok ? 0 : 1;
}
