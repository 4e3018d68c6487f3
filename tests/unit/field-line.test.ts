/**
 * A content error points at the content file and, where it can be found, the
 * line of the field: Astro prints it under `Location:` instead of a file of
 * our code or of node_modules.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../src/lib/field-line';
import { ContentError, itemField } from '../../src/lib/content-error';
import { locate } from '../../src/build/per-build';
import { ROOT } from '../support/paths';

const STORY = 'content/stories/buurt-in-bloei.mdx';
// Frozen copies (tests/fixtures/inhoud/): the line of a field must not move when an editor changes the story.
const story = readFileSync(join(ROOT, 'tests/fixtures/inhoud/buurt-in-bloei.mdx'), 'utf8');
const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((l) => pattern.test(l)) + 1;

describe('fieldLine', () => {
  it('finds a front-matter field, and a field of a list item by the item’s id', () => {
    expect(fieldLine(story, 'order')).toBe(lineOf(story, /^order:/));
    const id = lineOf(story, /^ {2}- id: zo-min-mogelijk$/);
    expect(fieldLine(story, itemField('fragment', 'zo-min-mogelijk', 1, 'end'))).toBe(id + 3);
    expect(fieldLine(story, itemField('fragment', 'zo-min-mogelijk', 1))).toBe(id);
  });

  it('follows a path through the role guide, with quoted values', () => {
    const guide = readFileSync(join(ROOT, 'tests/fixtures/inhoud/rolwijzer.yaml'), 'utf8');
    const line = fieldLine(guide, 'rolwijzer → situatie “behoefte” → link “Stimuleren van initiatieven” → href');
    expect(guide.split('\n')[line! - 1]).toMatch(/^\s+href: "\/handreiking\/stimuleren-van-initiatieven\/"$/);
    expect(line).toBeGreaterThan(lineOf(guide, /- id: behoefte$/));
  });

  it('stays at the item when its field is not written, and knows nothing of a field that is nowhere', () => {
    const id = lineOf(story, /^ {2}- id: begin-klein$/);
    expect(fieldLine(story, itemField('fragment', 'begin-klein', 0, 'speaker'))).toBe(id);
    expect(fieldLine(story, 'updatd')).toBeUndefined();
  });
});

describe('a ContentError’s location', () => {
  it('is the content file with the line the message names, without a stack trace of our code', () => {
    const error = new ContentError('content/chapters/valkuilen.mdx:14', 'story', 'onbekend verhaal.');
    expect(error.loc).toEqual({ file: 'content/chapters/valkuilen.mdx', line: 14, column: 1 });
    expect(error.stack).toBe('');
  });

  it('gets the line of its field from the file’s text', () => {
    const error = new ContentError(STORY, itemField('fragment', 'begin-klein', 0, 'end'), '7:00 ligt niet na start 7:27.');
    expect(error.loc.line).toBe(0);
    error.locate(story);
    expect(error.loc).toEqual({ file: STORY, line: lineOf(story, /^ {2}- id: begin-klein$/) + 3, column: 1 });
  });

  it('gets it when the build reads the file (src/build/per-build.ts)', () => {
    // A file of its own: other unit files mock the content files' texts.
    const dir = mkdtempSync(join(tmpdir(), 'nji-locate-'));
    const file = join(dir, 'valkuilen.mdx');
    writeFileSync(file, '---\ntitle: Valkuilen\norder: 7\n---\n');
    const error = new ContentError(file, 'order', '7 is al in gebruik.');
    expect(() => locate(error)).toThrow(error);
    expect(error.loc.line).toBe(3);
    rmSync(dir, { recursive: true });
  });
});
