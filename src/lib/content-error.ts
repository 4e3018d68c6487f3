/**
 * An editor's mistake, as one error type: the file (and line), the field, and
 * a Dutch message saying what is wrong and what is expected. Every check that
 * an editor can fail throws it, in the build, `npm run dev` and `npm run
 * controleer`; integrations/editor-log and integrations/dev-errors show it.
 * With it, the one wording of a field in a message (`fragment “begin-klein” →
 * veld “end”`).
 */
import { fieldLine } from './field-line';

/**
 * A field of one item in a list, named by what identifies the item, not by
 * its place in the list: `fragment “begin-klein” → end`. An item without an
 * id is named by its number, counted from 1 as editors count: `fragment 3 → end`.
 */
export function itemField(kind: string, id: string | undefined, index: number, field?: string): string {
  const item = id ? `${kind} “${id}”` : `${kind} ${index + 1}`;
  return field === undefined ? item : `${item} → ${field}`;
}

/**
 * A field for a message: `veld “order”`, `fragment “begin-klein” → veld “end”`,
 * or the item itself (`fragment “begin-klein”`) when the message is about all of it.
 */
export function fieldLabel(field: string): string {
  const at = field.lastIndexOf(' → ');
  const last = field.slice(at < 0 ? 0 : at + 3);
  if (last.includes('“') || /^\S+ \d+$/.test(last)) return field;
  return `${at < 0 ? '' : `${field.slice(0, at)} → `}veld “${last}”`;
}

/**
 * An editor's mistake: names the file, the field and what is expected.
 * `file` may end in the line (`content/chapters/valkuilen.mdx:14`).
 */
export class ContentError extends Error {
  /**
   * Where the mistake is: the content file, never our code. Astro prints it
   * under `Location:` and the dev server's error overlay opens it; the line is
   * 0 until it is known (see `locate`).
   */
  readonly loc: { file: string; line: number; column: number };

  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file} → ${fieldLabel(field)}: ${detail}`);
    this.name = 'ContentError';
    const [, path = file, line] = /^(.*?)(?::(\d+))?$/.exec(file) ?? [];
    this.loc = { file: path, line: line ? Number(line) : 0, column: line ? 1 : 0 };
    // An editor's mistake, not a bug: no stack trace of our code in the build log or the browser.
    this.stack = '';
  }

  /** Finds the field's line in the text of the file, when the message names no line. */
  locate(text: string): this {
    const line = this.loc.line ? undefined : fieldLine(text, this.field);
    if (line) Object.assign(this.loc, { line, column: 1 });
    return this;
  }
}
