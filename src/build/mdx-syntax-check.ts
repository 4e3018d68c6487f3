/**
 * For `npm run dev` only (src/middleware.ts): every MDX file in content/
 * read by the same compiler as the site (Sätteri), before a page is made. A
 * syntax error (a block without its closing tag, a stray `<` or `{`) would
 * otherwise reach the browser as Vite's English overlay over a stack trace;
 * as a ContentError it is the Dutch error page (src/integrations/dev-errors.ts),
 * with the message of src/lib/mdx-syntax.ts that the build log also prints.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToHast } from 'satteri';
import { ContentError } from '../lib/content-error';
import { MDX_SYNTAX_FIELD, mdxSyntaxProblem } from '../lib/mdx-syntax';

/** The text of an MDX file with its front matter blanked out, so line numbers stay those of the file. */
export const bodyOf = (text: string): string =>
  text.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (front) => front.replace(/[^\n]/g, ''));

function mdxFiles(dir: string, rel: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return mdxFiles(path, `${rel}/${name}`);
      return name.endsWith('.mdx') ? [`${rel}/${name}`] : [];
    });
}

/** The syntax problem of one MDX text, if any. */
export function mdxSyntaxError(file: string, text: string): ContentError | undefined {
  try {
    mdxToHast(bodyOf(text));
    return undefined;
  } catch (error) {
    const problem = mdxSyntaxProblem(error instanceof Error ? error.message : String(error));
    return problem ? new ContentError(`${file}:${problem.line}`, MDX_SYNTAX_FIELD, problem.message) : undefined;
  }
}

/** Throws a ContentError for the first MDX syntax error in content/. */
export function checkMdxSyntax(root = '.'): void {
  for (const file of mdxFiles(join(root, 'content'), 'content')) {
    const error = mdxSyntaxError(file, readFileSync(join(root, file), 'utf8'));
    if (error) throw error;
  }
}
