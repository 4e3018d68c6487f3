/**
 * The summary of a check (.github/workflows/controle.yml) for NJi's editors:
 * reads the log of `npm test` and writes Markdown for the job's summary page,
 * the first thing an editor sees. When a content error stopped the build, it
 * opens with that Dutch message: the file, the field, what is wrong and what
 * to do. When the text differs from the printed publication where the record
 * does not say so, it shows the comparison as `npm run controleer` prints it,
 * with the lines to add (the failing fidelity test prints them between
 * markers: tools/fidelity/for-editors.ts). Warnings ("Let op:") follow. A
 * failure that is neither says so, with the failing tests, for a developer.
 *
 *   node tools/ci-summary.ts controle.log success|failure >> "$GITHUB_STEP_SUMMARY"
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIDELITY_END, FIDELITY_HEADING } from './fidelity/for-editors.ts';
import { fieldLine } from '../src/lib/field-line.ts';

export interface ContentMessage {
  /** The content file, relative to the project (with its line, if known). */
  file: string;
  field?: string | undefined;
  message: string;
}

const plain = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r\n?/g, '\n');

/** The content file in a path: from content/ or audio/ on, wherever the project was built. */
const contentPath = (path: string) => /(?:^|\/)((?:content|audio)\/[^\s:]+(?::\d+)?)/.exec(path)?.[1];

/** The content errors in a build's output: ours ("file → veld “x”: …") and Astro's schema errors. */
export function contentErrors(log: string): ContentMessage[] {
  const text = plain(log);
  const found: ContentMessage[] = [];
  // "content/stories/x.mdx:23 → fragment “begin-klein” → veld “end”: …": the item, then the field.
  // An item is named (fragment “begin-klein”) or numbered (pagina 2: an update's second page).
  for (const m of text.matchAll(/^(?:\[\w+\] )?((?:content|audio)\/\S+?)((?: → (?:[^→“\n]+ “[^”\n]+”|[a-z]+ \d+))*) → veld “([^”]+)”: (.+)$/gm)) {
    const item = m[2]!.replace(/^ → /, '');
    found.push({ file: m[1]!, field: item ? `${item} → ${m[3]!}` : m[3]!, message: m[4]!.trim() });
  }
  // "content/stories/x.mdx → fragment “begin-klein”: …": a message about the whole item (an overlap, a clip that cannot be cut).
  for (const m of text.matchAll(/^(?:\[\w+\] )?((?:content|audio)\/\S+?) → ((?!veld )[^→“\n]+ “[^”\n]+”): (.+)$/gm)) {
    found.push({ file: m[1]!, field: m[2]!, message: m[3]!.trim() });
  }
  // [InvalidContentEntryDataError] chapters → valkuilen data does not match collection schema.
  //   order: verwacht …            (one line per field)
  //   Wat je doet: … / Hint: …
  //   Location:
  //     /…/content/chapters/valkuilen.mdx:0:0
  // (or, as src/integrations/editor-log.ts prints it: "Fout in de gegevens bovenaan een bestand (chapters → valkuilen):")
  for (const m of text.matchAll(/^(?:\[\w+Error\] [^\n]*schema\.|Fout in de gegevens bovenaan een bestand [^\n]*:)\n([\s\S]*?)\n {2}Location:\n\s+(\S+)/gm)) {
    const file = contentPath(m[2]!)?.replace(/:0$/, '') ?? m[2]!;
    const fields = m[1]!.split(/\n {2}(?:Wat je doet|Hint):/)[0]!;
    for (const line of fields.split('\n').map((l) => l.trim()).filter(Boolean)) {
      // "fragment “begin-klein” → veld “start”: …" (src/integrations/editor-log.ts), or Astro's own "order: …".
      const ours = /^(?:(.+?) → )?veld “([^”]+)”: (.*)$/.exec(line);
      if (ours) {
        found.push({ file, field: ours[1] ? `${ours[1]} → ${ours[2]}` : ours[2], message: ours[3]! });
        continue;
      }
      const [, field, message] = /^([^:]+): (.*)$/.exec(line) ?? [undefined, undefined, line];
      found.push({ file, field, message: message! });
    }
  }
  const seen = new Set<string>();
  return found.filter((e) => {
    const key = `${e.file}|${e.field}|${e.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/**
 * The error with its line (`content/x.mdx:22`) when the build named none (a
 * front-matter error: Astro's schema check gives no line), found in the file's
 * text as the dev page finds it (src/lib/field-line.ts); unchanged when the
 * line is known, the text is not there or the field is not found.
 */
export function withLine(e: ContentMessage, text: string | undefined): ContentMessage {
  if (/:\d+$/.test(e.file) || !e.field || text === undefined) return e;
  const line = fieldLine(text, e.field);
  return line ? { ...e, file: `${e.file}:${line}` } : e;
}

/** A content error as the build writes it: "file → fragment “x” → veld “end”: message". */
export function asLine(e: ContentMessage): string {
  if (!e.field) return `${e.file}: ${e.message}`;
  // A message about a whole item ends with the item: no field to name.
  if (/“[^”]*”$/.test(e.field)) return `${e.file} → ${e.field}: ${e.message}`;
  const parts = e.field.split(' → ');
  const field = parts.pop()!;
  return `${[e.file, ...parts].join(' → ')} → veld “${field}”: ${e.message}`;
}

/** The warnings for editors ("Let op: …"). */
export const warnings = (log: string) => [...new Set([...plain(log).matchAll(/^Let op: (.+)$/gm)].map((m) => m[1]!.trim()))];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The comparison with the printed publication, as the failing test printed it
 * (tests/build/fidelity.test.ts, the lines of tools/fidelity/for-editors.ts):
 * the same lines `npm run controleer` prints; none when it did not fail.
 */
export function fidelityLines(log: string): string[] {
  const block = new RegExp(`${escape(FIDELITY_HEADING)}\n([\\s\\S]*?)\n\\s*${escape(FIDELITY_END)}`).exec(plain(log));
  return block ? block[1]!.split('\n').map((line) => line.trimEnd()) : [];
}

/** Failing tests, as Vitest names them. */
const failures = (log: string) => [...new Set([...plain(log).matchAll(/^ FAIL {1,2}(.+)$/gm)].map((m) => m[1]!.trim()))];

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export function summary(log: string, outcome: string): string {
  const errors = contentErrors(log);
  const notes = warnings(log);
  const out: string[] = [];
  if (outcome === 'success') {
    out.push('## Controle geslaagd', '', 'Alle inhoud is in orde en alle tests slagen. Deze wijziging kan live.');
  } else if (errors.length > 0) {
    out.push('## Controle niet geslaagd: er zit een fout in de inhoud', '');
    for (const e of errors) {
      out.push(`- **Bestand:** ${code(e.file)}${e.field ? ` · **veld:** ${code(e.field)}` : ''}`, `  ${e.message}`);
    }
    out.push(
      '',
      '**Wat nu?** Open het bestand hierboven (in deze pull request: tabblad *Files changed*, of via “Bewerk deze pagina”), ' +
        'pas het veld aan zoals de melding zegt en sla de wijziging op in dezelfde branch. De controle draait dan vanzelf opnieuw. ' +
        'Zie de redactiehandleiding (docs/redactie.md) voor elk veld.',
    );
  } else if (fidelityLines(log).length > 0) {
    out.push(
      '## Controle niet geslaagd: de tekst wijkt af van de gedrukte uitgave',
      '',
      'De inhoud is in orde, maar de vergelijking met de gedrukte uitgave klopt niet (redactiehandleiding, 5.9). ' +
        'Dit is hetzelfde verslag als dat van `npm run controleer`:',
      '',
      '```text',
      ...fidelityLines(log),
      '```',
      '',
      '**Wat nu?** Open `content/verbeteringen.yaml` in deze pull request (tabblad *Files changed*, of via de map `content/` in je branch), ' +
        'zet de regels onder “Als YAML, om aan te vullen” onderaan het bestand (of herstel de tekst zoals het verslag zegt) en sla op in dezelfde branch. ' +
        'De controle draait dan vanzelf opnieuw.',
    );
  } else {
    out.push(
      '## Controle niet geslaagd',
      '',
      'Er is geen fout in de inhoud gevonden, maar de controle slaagt niet. Vraag een ontwikkelaar om hiernaar te kijken.',
    );
    const failed = failures(log);
    if (failed.length) out.push('', 'Tests die niet slagen:', '', ...failed.slice(0, 20).map((f) => `- ${code(f)}`));
  }
  if (notes.length) out.push('', '### Let op', '', ...notes.map((n) => `- ${n}`));
  out.push('', 'Het volledige verslag staat in de stap “Bouwen en testen” van deze controle.', '');
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, outcome = 'failure'] = process.argv.slice(2);
  if (!file) throw new Error('usage: node tools/ci-summary.ts <log> <success|failure>');
  process.stdout.write(summary(readFileSync(file, 'utf8'), outcome));
}
