/**
 * For `npm run dev` only (src/middleware.ts): the front matter of every MDX
 * file against its collection's schema, on every page request. In dev, Astro
 * reports a front-matter mistake only in the terminal (“Failed to reload”)
 * and goes on serving the old page; this turns it into a ContentError, so
 * the browser shows the mistake (src/integrations/dev-errors.ts) instead of
 * a stale page. The build needs none of this: Astro's own check stops it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { collections } from '../content.config';
import { ContentError } from '../lib/content-error';
import { fieldOfPath } from '../lib/field-path';

export { fieldOfPath };

const FOLDERS = ['stories', 'chapters', 'resources', 'pages', 'updates'] as const;

const schemaOf = (name: (typeof FOLDERS)[number]): z.ZodType => {
  const schema = (collections[name] as { schema?: unknown }).schema;
  // Photos are checked by Astro itself; here a path is enough.
  return typeof schema === 'function' ? (schema as (helpers: unknown) => z.ZodType)({ image: () => z.string() }) : (schema as z.ZodType);
};

/** Throws a ContentError for the first front-matter mistake in content/ (the file, the field, the schema's Dutch message). */
export function checkFrontMatter(root = '.'): void {
  for (const folder of FOLDERS) {
    const schema = schemaOf(folder);
    const dir = join(root, 'content', folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
      const file = `content/${folder}/${name}`;
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
      let data: unknown;
      try {
        data = parse(front ?? '');
      } catch (error) {
        throw new ContentError(file, 'gegevens bovenaan', `dit is geen geldige YAML: ${(error as Error).message.split('\n')[0]}`);
      }
      const result = schema.safeParse(data);
      const issue = result.success ? undefined : result.error.issues[0];
      if (issue) throw new ContentError(file, fieldOfPath(issue.path), issue.message);
    }
  }
}
