/**
 * Fidelity check, part 1: what counts as "the same text".
 *
 * Both the printed source and the built pages go through `tokens()`. It
 * normalises only what is layout, not text: whitespace and line breaks, soft
 * hyphens and zero-width characters, and "..." for "…". What is left is a list
 * of words and punctuation marks; the check compares those. Every mark counts
 * as printed: a quotation mark keeps its kind (‘ ’ “ ” are four different
 * marks) and a dash its length (- and – differ). A quotation mark also keeps a
 * space where the print has one inside the quotation ("‘ en ik" is not
 * "‘en ik"), since the space says which way the mark faces.
 */

export interface Token {
  /**
   * The word or mark. A word's apostrophe is always ' (collega’s, zo'n). An
   * opening quote followed by a space carries that space ("‘ "); a closing
   * quote standing between two spaces carries the space before it (" ’").
   */
  text: string;
  /** True for a word, false for a punctuation mark. */
  word: boolean;
}

const OPENERS = new Set(['‘', '“']);
const CLOSERS = new Set(['’', '”']);

/** Whether a mark token opens a quotation (‘ or “, with or without a space after it). */
export const opens = (text: string) => OPENERS.has(text.trimEnd());
/** Whether a mark token closes a quotation (’ or ”, with or without a space before it). */
export const closes = (text: string) => CLOSERS.has(text.trimStart());

/** The text with layout differences taken out; words and marks keep their place. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\.\.\./g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}

// A word: letters and digits, with apostrophes or hyphens inside (collega’s,
// pop-up), and a hyphen at its end when the word is cut off (dorps- en wijkraden).
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:-(?=\s|$))?/uy;

/** Splits text into words and punctuation marks, after `normalise()`. */
export function tokens(raw: string): Token[] {
  const text = normalise(raw);
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ') {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (match) {
      out.push({ text: match[0].replace(/’/g, "'"), word: true });
      i += match[0].length;
      continue;
    }
    const code = text.codePointAt(i)!;
    const mark = String.fromCodePoint(code);
    const spaceBefore = i === 0 || text[i - 1] === ' ';
    const spaceAfter = i + mark.length >= text.length || text[i + mark.length] === ' ';
    if (OPENERS.has(mark) && spaceAfter && i + mark.length < text.length) out.push({ text: `${mark} `, word: false });
    else if (CLOSERS.has(mark) && spaceBefore && spaceAfter && i > 0) out.push({ text: ` ${mark}`, word: false });
    else out.push({ text: mark, word: false });
    i += mark.length;
  }
  return out;
}

const keys = new Map<string, string>();

/**
 * The key words are compared and indexed by: lower case, without accents.
 * Kept per word (a comparison asks for the same few thousand words some
 * million times: normalising each time was a quarter of its time).
 */
export function wordKey(token: Token): string {
  let key = keys.get(token.text);
  if (key === undefined) {
    key = token.text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    keys.set(token.text, key);
  }
  return key;
}

/** Whether a token is written with a space before it and a space after it. */
function spacing(token: Token): [boolean, boolean] {
  if (token.word) return [true, true];
  const t = token.text;
  if (t.endsWith(' ') || t.startsWith(' ')) return [true, true]; // "‘ en", "woord ’ en"
  if (OPENERS.has(t) || t === '(' || t === '[') return [true, false];
  if (/^[-–—•·/]$/.test(t)) return [true, true];
  return [false, true];
}

/**
 * Tokens back to readable text: words separated by spaces, marks attached the
 * usual way. `tokens(render(list))` gives `list` again, so a suggested line for
 * content/verbeteringen.yaml finds what it was made from.
 */
export function render(list: readonly Token[]): string {
  let out = '';
  let spaceAfter = false;
  for (const token of list) {
    const [before, after] = spacing(token);
    if (out && before && spaceAfter) out += ' ';
    out += token.text.trim();
    spaceAfter = after;
  }
  // A spaced quote at either end keeps its space, so “‘ ” and “‘” read apart.
  if (list.length && list[list.length - 1]!.text.endsWith(' ')) out += ' ';
  if (list.length && list[0]!.text.startsWith(' ')) out = ` ${out}`;
  return out;
}
