/**
 * Fidelity check, part 1: what counts as "the same text".
 *
 * Both the printed source and the built pages go through `tokens()`. It
 * normalises what is layout, not text: whitespace and line breaks, soft
 * hyphens and zero-width characters, the style of quotation marks (single or
 * double, curly or straight: only "opening" and "closing" remain) and the kind
 * of dash. What is left is a list of words and punctuation marks; the check
 * compares those.
 */

export interface Token {
  /** The word or mark, normalised (‘ for any opening quote, ’ for any closing one, - for any dash). */
  text: string;
  /** True for a word, false for a punctuation mark. */
  word: boolean;
}

const OPEN = '‘';
const CLOSE = '’';
const OPENING_QUOTES = /[‘‚‛“„‟«‹]/g;
const CLOSING_QUOTES = /[’”»›]/g;

/** The text with layout differences taken out; words and marks keep their place. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\.\.\./g, '…')
    .replace(OPENING_QUOTES, OPEN)
    .replace(CLOSING_QUOTES, CLOSE)
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
    if (mark === "'" || mark === '"') {
      // A straight quote opens when it follows a space or an opening bracket.
      const before = i === 0 ? ' ' : text[i - 1]!;
      out.push({ text: /[\s([‘]/.test(before) ? OPEN : CLOSE, word: false });
    } else {
      out.push({ text: mark, word: false });
    }
    i += mark.length;
  }
  return out;
}

/** The key words are compared and indexed by: lower case, without accents. */
export function wordKey(token: Token): string {
  return token.text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Tokens back to readable text: words separated by spaces, marks attached the usual way. */
export function render(list: readonly Token[]): string {
  let out = '';
  let openBefore = true;
  for (const token of list) {
    const attach = !token.word && !(token.text === OPEN || token.text === '(' || token.text === '-' || token.text === '•');
    if (out && !attach && !openBefore) out += ' ';
    out += token.text;
    openBefore = token.text === OPEN || token.text === '(';
  }
  return out;
}
