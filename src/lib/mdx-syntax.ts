/**
 * An MDX syntax error (a block without its closing tag, a stray `<` or `{`)
 * in the words of an editor: the MDX compiler (Sätteri, in the build and in
 * `npm run dev`) says “20:1: Expected a closing tag for `<Aside>` (20:1)
 * (mdx-jsx:unexpected-character)”; this says which tag is not closed, on
 * which line, and what to write. One message for the build log
 * (src/integrations/editor-log.ts), `npm run controleer` and the dev preview
 * (src/build/mdx-syntax-check.ts).
 */

export interface MdxSyntaxProblem {
  /** The line in the file the problem is on (1-based). */
  line: number;
  /** Dutch: what is wrong and what to write. */
  message: string;
}

/** The field every MDX syntax message names, as the other messages about the text do. */
export const MDX_SYNTAX_FIELD = 'tekst';

/** HTML elements without content, which MDX wants closed with `/>`. */
const VOID = new Set(['img', 'br', 'hr', 'source', 'input', 'wbr']);

const closeBlock = (tag: string, line: number) =>
  VOID.has(tag)
    ? `<${tag}> op regel ${line} is niet afgesloten. Schrijf het met / aan het eind: <${tag} … />.`
    : `het blok <${tag}> op regel ${line} heeft geen eindregel. Zet </${tag}> op een eigen regel waar het blok ophoudt, met een lege regel erboven en eronder.`;

/**
 * The Dutch message for the compiler's message (its first line: "line:column: reason (rule)"),
 * or undefined when it is not an MDX syntax error.
 */
export function mdxSyntaxProblem(compilerMessage: string): MdxSyntaxProblem | undefined {
  const m = /^(\d+):(\d+)(?:-\d+:\d+)?: (.*?)(?: \((mdx-[\w-]+|micromark-extension-[\w-]+):[\w-]+\))?$/.exec(compilerMessage.split('\n')[0]!.trim());
  if (!m || !m[4]) return undefined;
  let line = Number(m[1]);
  const reason = m[3]!;
  let r: RegExpExecArray | null;
  let message: string;
  if ((r = /^Expected a closing tag for `<([^>\s`]+)>` \((\d+):\d+\)/.exec(reason))) {
    line = Number(r[2]);
    message = closeBlock(r[1]!, line);
  } else if ((r = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]+)>` \((\d+):\d+\)/.exec(reason))) {
    message = `de eindregel </${r[1]}> past niet bij het blok <${r[2]}> van regel ${r[3]}. Schrijf </${r[2]}>, precies zo (hoofdletters tellen), of sluit eerst het blok dat binnen <${r[2]}> openstaat.`;
  } else if ((r = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(reason))) {
    message = `</${r[1]}> sluit een blok dat hier niet begonnen is. Haal </${r[1]}> weg, of zet <${r[1]}> op de regel waar het blok begint.`;
  } else if (/expected a corresponding closing brace for `\{`|Unexpected end of file in expression/.test(reason) || /in expression/.test(reason)) {
    message = 'er staat een { zonder }. Tekst tussen accolades leest MDX als programmacode. Bedoel je het teken zelf, schrijf dan \\{ (en \\}); anders: haal de accolade weg.';
  } else if (/^Unexpected character .*after `<`|expected a valid JSX tag|before name, expected a character that can start a name/.test(reason)) {
    message = 'er staat een < die geen blok begint (zoals in “<5 jaar”). Schrijf het in woorden (“minder dan 5 jaar”), of schrijf \\< voor het teken zelf.';
  } else if (/^Unexpected end of file/.test(reason)) {
    message = 'het bestand houdt op midden in een blok of een <…>. Kijk of elk blok (<Aside>, <StoryBox>, …) een eindregel heeft en elke <…> een > aan het eind.';
  } else if (/attribute/i.test(reason)) {
    message = 'de gegevens in een blok kloppen niet, bijvoorbeeld <StoryBox story="buurt-in-bloei">: de naam, =, en de waarde tussen "…". Kijk of elk " is afgesloten.';
  } else {
    message = `MDX kan de tekst hier niet lezen (${reason}). Meestal is het een blok zonder eindregel, of een < of { in de tekst: zie de redactiehandleiding, hoofdstuk 8.`;
  }
  return { line, message };
}
