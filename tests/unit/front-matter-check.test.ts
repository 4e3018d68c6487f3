/**
 * In `npm run dev`, a front-matter mistake becomes a ContentError naming the
 * file and the field (src/build/front-matter-check.ts), so the browser shows
 * it instead of the stale page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { checkFrontMatter, fieldOfPath } from '../../src/build/front-matter-check';
import { ContentError } from '../../src/lib/content-error';
import { ROOT } from '../support/paths';

vi.mock('astro:content', async () => (await import('./test-utils')).mockedAstroContent());

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A copy of content/ with one file changed. */
function contentWith(file: string, change: (text: string) => string): string {
  root = mkdtempSync(join(tmpdir(), 'nji-front-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  return root;
}

const errorOf = (dir: string): ContentError => {
  try {
    checkFrontMatter(dir);
  } catch (error) {
    return error as ContentError;
  }
  throw new Error('no error');
};

it('the real content passes', () => {
  expect(() => checkFrontMatter(ROOT)).not.toThrow();
});

it('a misspelt group names the file, the field and the value meant', () => {
  const error = errorOf(contentWith('content/resources/buurtwijs.mdx', (t) => t.replace(/^group: .*$/m, 'group: "Werkmethodiek"')));
  expect(error).toBeInstanceOf(ContentError);
  expect(error.message).toMatch(/^content\/resources\/buurtwijs\.mdx → veld “group”: "Werkmethodiek" is geen groep van de bronnenlijst\. Bedoel je "Werkmethodieken"\?/);
});

it('a fragment field is named by the fragment’s id; broken YAML is named too', () => {
  // The story's first fragment, whatever its id and times today.
  let id = '';
  const fragment = errorOf(
    contentWith('content/stories/buurt-in-bloei.mdx', (t) => {
      id = /^ {2}- id: (\S+)$/m.exec(t)![1]!;
      return t.replace(/^( {4}start: ).*$/m, '$1"7.27"');
    }),
  );
  expect(fragment.message).toContain(`content/stories/buurt-in-bloei.mdx → fragment “${id}” → veld “start”: "7.27" is geen tijd`);
  const yaml = errorOf(contentWith('content/chapters/valkuilen.mdx', (t) => t.replace(/^title: .*$/m, 'title: Valkuilen: wat nu')));
  expect(yaml.message).toMatch(/^content\/chapters\/valkuilen\.mdx → veld “gegevens bovenaan”: dit is geen geldige YAML/);
});

it('names list items by id, or by number counted from 1', () => {
  expect(fieldOfPath(['fragments', '“begin-klein”', 'start'])).toBe('fragment “begin-klein” → start');
  expect(fieldOfPath(['fragments', 'nr 2', 'id'])).toBe('fragment 2 → id');
  expect(fieldOfPath(['people', 0, 'name'])).toBe('persoon 1 → name');
  expect(fieldOfPath(['order'])).toBe('order');
  expect(fieldOfPath([])).toBe('gegevens bovenaan');
});
