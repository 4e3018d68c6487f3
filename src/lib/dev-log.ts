/**
 * The terminal of `npm run dev`, for editors: a content error once, in the
 * one wording every message uses. Astro prints the same mistake several
 * times: the content layer's “[glob-loader] Failed to reload valkuilen.mdx:
 * **chapters → valkuilen** data does not match collection schema.” with
 * `**fragments.“begin-klein”.start**: …` (its own wording), and then, for
 * every page the browser asks for, the router's line and the dev server's
 * line of the same ContentError. `DevLog.line` rewrites the first into
 * `content/chapters/valkuilen.mdx → veld “order”: …` and leaves out a content
 * error that is the same as the last one printed, until a page is made
 * without error again (a `[200]` line) or another error comes.
 * An MDX text in content/ that does not compile fails its own page before our
 * code runs: Astro prints the compiler's English line (“67:1: Expected a
 * closing tag for `<Aside>` … (mdx-jsx:unexpected-character)”) with a stack
 * trace, and no file. That becomes the Dutch line of src/build/mdx-syntax-check.ts
 * (`content/stories/buurt-in-bloei.mdx:67 → veld “tekst”: het blok <Aside> …`),
 * which the caller finds in content/; when content/ has no such error on that
 * line (an MDX file of ours), Astro's output stays.
 * Pure: src/integrations/dev-errors.ts feeds it what Astro writes to stderr.
 */
import { fieldOfDottedPath } from './field-path';
import { fieldLabel } from './content-error';
import { mdxSyntaxProblem } from './mdx-syntax';

const ANSI = /\u001b\[[0-9;]*m/g;
const plain = (text: string) => text.replace(ANSI, '');

/** Astro's log prefix: a time and a level, such as `05:40:52 [ERROR] `. */
const PREFIX = /^(?:\d\d:\d\d:\d\d )?\[(ERROR|WARN)\] /;

/**
 * The glob loader's schema error in the wording of the build log and the dev page:
 * one line per field, `content/<collection>/<file> → veld “…”: …`.
 */
export function globLoaderInDutch(text: string): string | undefined {
  const head = /\[glob-loader\] Failed to reload (\S+?): \*\*(\w+) → [^*]+\*\* data does not match collection schema\.\s*\n([\s\S]*)$/.exec(plain(text));
  if (!head) return undefined;
  const [, name, collection, rest] = head;
  const file = `content/${collection}/${name!.split('/').at(-1)}`;
  const fields = [...rest!.matchAll(/^\s*\*\*(.+?)\*\*: (.+)$/gm)].map((m) => `${file} → ${fieldLabel(fieldOfDottedPath(m[1]!))}: ${m[2]!.trim()}`);
  return fields.length ? fields.join('\n') : undefined;
}

/** A content error as Astro prints it: our ContentError's `content/…` or `audio/…` line. */
const isContentLine = (message: string) => /^(?:content|audio)\/\S+ → /.test(message);

/** The MDX syntax error in content/, as the dev page shows it: its Dutch message and its line. */
export type MdxSyntaxInContent = () => { message: string; line: number } | undefined;

export class DevLog {
  private last: string | undefined;

  constructor(private readonly mdxSyntax: MdxSyntaxInContent = () => undefined) {}

  /** The Dutch line for Astro's English line of the MDX compiler, when the error is in content/. */
  private mdxInDutch(message: string): string | undefined {
    const problem = mdxSyntaxProblem(message);
    if (!problem) return undefined;
    const ours = this.mdxSyntax();
    return ours && ours.line === problem.line ? ours.message : undefined;
  }

  /** What to write for one chunk Astro writes to the terminal: the chunk, a rewritten one, or '' to leave it out. */
  line(chunk: string): string {
    const text = plain(chunk);
    if (/\[200\] /.test(text)) this.last = undefined;
    const prefix = PREFIX.exec(text);
    if (!prefix) return chunk;
    const dutch = globLoaderInDutch(text) ?? this.mdxInDutch(text.slice(prefix[0].length));
    const message = (dutch ?? text.slice(prefix[0].length)).trim();
    if (!dutch && !isContentLine(message)) {
      this.last = undefined;
      return chunk;
    }
    if (message === this.last) return '';
    this.last = message;
    return dutch === undefined ? chunk : `${prefix[0]}${dutch}\n`;
  }
}
