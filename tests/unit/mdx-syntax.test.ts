/**
 * An MDX syntax error is a content error with one Dutch message: the file,
 * the line, the tag that is not closed and what to write
 * (src/lib/mdx-syntax.ts), from the compiler's own words (Sätteri's, the
 * compiler of the build), in the build log (src/integrations/editor-log.ts)
 * and in `npm run dev` (src/build/mdx-syntax-check.ts). The whole build and
 * `npm run controleer`: tests/build/bad-input.test.ts; the dev preview in
 * Chromium: tests/build/dev-errors.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxSyntaxProblem } from '../../src/lib/mdx-syntax';
import { bodyOf, checkMdxSyntax, mdxSyntaxError } from '../../src/build/mdx-syntax-check';
import { forEditors } from '../../src/integrations/editor-log';
import { asLine, contentErrors } from '../../tools/ci-summary';
import { ROOT } from '../support/paths';

const FRONT = '---\ntitle: "Welke valkuilen zijn er?"\norder: 7\n---\n\n';
const problem = (text: string) => mdxSyntaxError('content/chapters/valkuilen.mdx', `${FRONT}${text}`)?.message;

describe('the message for each syntax error, from the compiler the site uses', () => {
  it('an unclosed block: the tag, its line and the closing line to write', () => {
    expect(problem('Tekst.\n\n<Aside>\n\nEen kader zonder eindregel.\n')).toBe(
      'content/chapters/valkuilen.mdx:8 → veld “tekst”: het blok <Aside> op regel 8 heeft geen eindregel. Zet </Aside> op een eigen regel waar het blok ophoudt, met een lege regel erboven en eronder.',
    );
    expect(problem('<StoryBox story="buurt-in-bloei">\n\nTekst.\n')).toContain('het blok <StoryBox> op regel 6 heeft geen eindregel. Zet </StoryBox>');
  });

  it('an image without / at its end', () => {
    expect(problem('<img src="./bankje.png" alt="Een bankje">\n')).toBe(
      'content/chapters/valkuilen.mdx:6 → veld “tekst”: <img> op regel 6 is niet afgesloten. Schrijf het met / aan het eind: <img … />.',
    );
  });

  it('a closing tag that does not fit, or closes nothing', () => {
    expect(problem('<StoryBox story="x">\n\nTekst.\n\n</Storybox>\n')).toContain('de eindregel </Storybox> past niet bij het blok <StoryBox> van regel 6. Schrijf </StoryBox>');
    expect(problem('Tekst.\n\n</Aside>\n')).toContain('content/chapters/valkuilen.mdx:8 → veld “tekst”: </Aside> sluit een blok dat hier niet begonnen is.');
  });

  it('a stray { or <', () => {
    expect(problem('Ongeveer {vijftig kinderen.\n')).toContain('content/chapters/valkuilen.mdx:6 → veld “tekst”: er staat een { zonder }.');
    expect(problem('Kinderen <5 jaar.\n')).toContain('er staat een < die geen blok begint (zoals in “<5 jaar”). Schrijf het in woorden');
  });

  it('nothing for good text, and line numbers count the front matter', () => {
    expect(problem('<Aside>\n\nEen kader.\n\n</Aside>\n')).toBeUndefined();
    expect(bodyOf(`${FRONT}x`).split('\n')).toHaveLength(`${FRONT}x`.split('\n').length);
    expect(mdxSyntaxProblem('Something else entirely')).toBeUndefined();
  });

  it('every MDX file of the project reads', () => {
    expect(() => checkMdxSyntax(ROOT)).not.toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'nji-mdx-'));
    try {
      mkdirSync(join(dir, 'content/chapters'), { recursive: true });
      writeFileSync(join(dir, 'content/chapters/valkuilen.mdx'), `${FRONT}<Aside>\n\nTekst.\n`);
      expect(() => checkMdxSyntax(dir)).toThrow('content/chapters/valkuilen.mdx:6 → veld “tekst”: het blok <Aside> op regel 6 heeft geen eindregel.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('the build log says the same, as a content error the quick check and the online check read', () => {
  // What astro build printed for an unclosed <Aside> (line 20 of valkuilen.mdx) before this change.
  const printed = forEditors(
    '20:1: Expected a closing tag for `<Aside>` (20:1) (mdx-jsx:unexpected-character)\n  Location:\n    /work/project/content/chapters/valkuilen.mdx:20:1\n  Stack trace:\n    at compile (/work/project/node_modules/@astrojs/mdx/dist/compile.js:1:1)',
  );
  expect(printed.split('\n')[0]).toBe(
    'content/chapters/valkuilen.mdx:20 → veld “tekst”: het blok <Aside> op regel 20 heeft geen eindregel. Zet </Aside> op een eigen regel waar het blok ophoudt, met een lege regel erboven en eronder.',
  );
  expect(printed).not.toMatch(/Expected a closing tag|node_modules/);
  const [error] = contentErrors(printed);
  expect(error).toEqual({ file: 'content/chapters/valkuilen.mdx:20', field: 'tekst', message: expect.stringContaining('het blok <Aside> op regel 20') });
  expect(asLine(error!)).toBe(printed.split('\n')[0]);
});
