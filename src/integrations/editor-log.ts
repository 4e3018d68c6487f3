/**
 * The build log for editors: when `astro build` stops on a mistake in
 * content/ or audio/ (its `Location:` is such a file), the log keeps the
 * message and the location but leaves out Astro's English hint, its docs link
 * and the stack trace through node_modules, says where to read what to do,
 * puts Astro's English first line of a front-matter error in Dutch, and gives
 * the location as the file in the project (without Astro's ":0:0"). Any other
 * error (a bug of ours) is printed whole.
 */
import { stripVTControlCharacters } from 'node:util';
import type { AstroIntegration } from 'astro';
import { MDX_SYNTAX_FIELD, mdxSyntaxProblem } from '../lib/mdx-syntax';
import { fieldOfDottedPath } from '../lib/field-path';
import { fieldLabel } from '../lib/content-error';

/** Sections Astro adds after the message that mean nothing to an editor. */
const DROPPED = new Set(['Hint:', 'Error reference:', 'Stack trace:']);
const WHAT_TO_DO = '  Wat je doet:\n    verbeter het veld in het bestand hieronder; wat elke melding betekent staat in docs/redactie.md, hoofdstuk 8.';

/** The error message as an editor reads it; unchanged unless its Location: is a file in content/ or audio/. */
export function forEditors(message: string): string {
  const plain = stripVTControlCharacters(message);
  if (!/^\s+Location:\n\s+(?:\S*\/)?(?:content|audio)\/\S+$/m.test(plain)) return message;
  const out: string[] = [];
  let dropping = false;
  let schema = false;
  for (const raw of plain.split('\n')) {
    let line = raw
      // [InvalidContentEntryDataError] chapters → valkuilen data does not match collection schema.
      .replace(/^\[\w+Error\] (\S+ → \S+) data does not match collection schema\.$/, 'Fout in de gegevens bovenaan een bestand ($1):')
      // /elders/project/content/chapters/valkuilen.mdx:0:0 → content/chapters/valkuilen.mdx
      .replace(/^( {4})\S*?\/((?:content|audio)\/[^\s:]+)(?::0:0)?((?::\d+)*)$/, '$1$2$3');
    if (line.startsWith('Fout in de gegevens bovenaan een bestand')) schema = true;
    // One wording for a field: "  fragments.“begin-klein”.start: …" → "  fragment “begin-klein” → veld “start”: …", "  order: …" → "  veld “order”: …".
    const field = schema ? /^ {2}([\w“”. -]+?): (.+)$/.exec(line) : null;
    if (field) line = `  ${fieldLabel(fieldOfDottedPath(field[1]!))}: ${field[2]}`;
    const header = /^ {2}(\S.*:)$/.exec(line)?.[1];
    if (header) schema = false;
    if (header) {
      dropping = DROPPED.has(header);
      if (header === 'Location:') out.push(WHAT_TO_DO);
    } else if (!/^ {4}/.test(line)) {
      dropping = false;
    }
    if (!dropping) out.push(line);
  }
  return mdxSyntaxInDutch(out).join('\n');
}

/**
 * An MDX syntax error ("20:1: Expected a closing tag for `<Aside>` …") as the
 * other content errors read: "content/chapters/valkuilen.mdx:20 → veld “tekst”:
 * het blok <Aside> op regel 20 heeft geen eindregel. …" (src/lib/mdx-syntax.ts).
 */
function mdxSyntaxInDutch(lines: string[]): string[] {
  const at = lines.indexOf('  Location:');
  const file = at >= 0 ? /^\s+((?:content|audio)\/[^\s:]+)/.exec(lines[at + 1] ?? '')?.[1] : undefined;
  if (!file) return lines;
  return lines.map((line) => {
    const problem = /^\d+:\d+/.test(line) ? mdxSyntaxProblem(line) : undefined;
    return problem ? `${file}:${problem.line} → veld “${MDX_SYNTAX_FIELD}”: ${problem.message}` : line;
  });
}

export default function editorLog(): AstroIntegration {
  return {
    name: 'nji-editor-log',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        // Astro prints the error that stops the build with one console.error (cli/throw-and-exit.js).
        const print = console.error.bind(console);
        console.error = (...args: unknown[]) => print(...args.map((arg) => (typeof arg === 'string' ? forEditors(arg) : arg)));
      },
    },
  };
}
