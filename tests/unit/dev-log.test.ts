/**
 * The terminal of `npm run dev` (src/lib/dev-log.ts, issue 25 points 3-4): a
 * content error once, in the one wording every message uses. The chunks are
 * as Astro 7 wrote them for a front-matter mistake and two page requests.
 */
import { describe, expect, it } from 'vitest';
import { DevLog, globLoaderInDutch } from '../../src/lib/dev-log';

const GLOB =
  '05:40:47 [ERROR] [glob-loader] Failed to reload buurt-in-bloei.mdx: **stories → buurt-in-bloei** data does not match collection schema.\n\n' +
  '  **fragments.“begin-klein”.start**: "7.27" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"\n' +
  '  **order**: verwacht een getal vanaf 1, maar er staat 0.\n\n';
const OURS = (time: string) =>
  `${time} [ERROR] content/stories/buurt-in-bloei.mdx → fragment “begin-klein” → veld “start”: "7.27" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"\n`;

describe('the glob loader’s schema error', () => {
  it('reads as every other message: the file in content/, the field by the fragment’s id, no dotted path', () => {
    expect(globLoaderInDutch(GLOB)).toBe(
      'content/stories/buurt-in-bloei.mdx → fragment “begin-klein” → veld “start”: "7.27" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"\n' +
        'content/stories/buurt-in-bloei.mdx → veld “order”: verwacht een getal vanaf 1, maar er staat 0.',
    );
    expect(globLoaderInDutch('05:40:47 [ERROR] something else\n')).toBeUndefined();
  });

  it('also with colours', () => {
    const coloured = GLOB.replace('[ERROR]', '\u001b[31m[ERROR]\u001b[39m').replace('**order**', '\u001b[1m**order**\u001b[22m');
    expect(globLoaderInDutch(coloured)).toContain('content/stories/buurt-in-bloei.mdx → veld “order”: verwacht een getal vanaf 1');
  });
});

describe('DevLog', () => {
  it('prints a content error once, however many requests show it, and the glob loader’s line in the same words', () => {
    const log = new DevLog();
    const single = GLOB.replace(/ {2}\*\*order\*\*.*\n/, '');
    const printed = [single, OURS('05:40:52'), OURS('05:40:52'), '05:40:53 [500] /verhalen/buurt-in-bloei/ 40ms\n', OURS('05:40:55'), OURS('05:40:55')].map((c) => log.line(c)).join('');
    expect(printed.match(/fragment “begin-klein” → veld “start”/g)).toHaveLength(1);
    expect(printed).toBe(
      '05:40:47 [ERROR] content/stories/buurt-in-bloei.mdx → fragment “begin-klein” → veld “start”: "7.27" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"\n' +
        '05:40:53 [500] /verhalen/buurt-in-bloei/ 40ms\n',
    );
    expect(printed).not.toMatch(/glob-loader|\*\*|fragments\./);
  });

  it('prints it again once a page was made without error, and prints a new error at once', () => {
    const log = new DevLog();
    expect(log.line(OURS('1'))).not.toBe('');
    expect(log.line('05:41:00 [200] /verhalen/buurt-in-bloei/ 40ms\n')).toContain('[200]');
    expect(log.line(OURS('05:41:10'))).toBe(OURS('05:41:10'));
    const other = '05:41:11 [ERROR] content/chapters/valkuilen.mdx:14 → veld “story”: “x” is geen bekend verhaal.\n';
    expect(log.line(other)).toBe(other);
    expect(log.line(OURS('05:41:12'))).toBe(OURS('05:41:12'));
  });

  it('leaves everything else as it is, code errors too, each time', () => {
    const log = new DevLog();
    const bug = '05:42:00 [ERROR] TypeError: x is not a function\n    at src/build/content.ts:12:3\n';
    expect(log.line(bug)).toBe(bug);
    expect(log.line(bug)).toBe(bug);
    expect(log.line('05:42:01 [vite] connected.\n')).toBe('05:42:01 [vite] connected.\n');
  });
});

describe('an MDX text in content/ that does not compile (issue 25)', () => {
  /** As Astro 7 wrote it for the request of the broken page itself: the compiler's line, a stack trace, no file. */
  const ENGLISH = (time: string) =>
    `${time} [ERROR] 67:1: Expected a closing tag for \`<Aside>\` (67:1) (mdx-jsx:unexpected-character)\n` +
    '  Stack trace:\n    at /tmp/nji/node_modules/satteri/dist/compile.js:581:20\n    [...] See full stack trace in the browser, or rerun with --verbose.\n';
  const DUTCH =
    'content/stories/buurt-in-bloei.mdx:67 → veld “tekst”: het blok <Aside> op regel 67 heeft geen eindregel. Zet </Aside> op een eigen regel waar het blok ophoudt, met een lege regel erboven en eronder.';
  const inContent = () => ({ message: DUTCH, line: 67 });

  it('prints the Dutch line with the file for the broken page’s own request, once, without the English line or the stack', () => {
    const log = new DevLog(inContent);
    expect(log.line(ENGLISH('06:41:46'))).toBe(`06:41:46 [ERROR] ${DUTCH}\n`);
    // Reloaded, and another page (the middleware's own line of the same error): not again.
    expect(log.line(ENGLISH('06:41:50'))).toBe('');
    expect(log.line(`06:41:52 [ERROR] ${DUTCH}\n`)).toBe('');
    // Fixed and broken again: printed again.
    log.line('06:42:00 [200] /verhalen/buurt-in-bloei/ 40ms\n');
    expect(log.line(ENGLISH('06:42:05'))).toBe(`06:42:05 [ERROR] ${DUTCH}\n`);
  });

  it('also with colours', () => {
    const log = new DevLog(inContent);
    expect(log.line(ENGLISH('06:41:46').replace('[ERROR]', '\u001b[31m[ERROR]\u001b[39m'))).toBe(`06:41:46 [ERROR] ${DUTCH}\n`);
  });

  it('keeps Astro’s output when the error is not in content/ (an MDX file of ours), or content/ has it on another line', () => {
    for (const found of [() => undefined, () => ({ message: DUTCH.replaceAll('67', '12'), line: 12 })]) {
      const log = new DevLog(found);
      expect(log.line(ENGLISH('06:41:46'))).toBe(ENGLISH('06:41:46'));
      expect(log.line(ENGLISH('06:41:47'))).toBe(ENGLISH('06:41:47'));
    }
  });

  it('does not look in content/ for an error that is not the MDX compiler’s', () => {
    let asked = 0;
    const log = new DevLog(() => (asked++, inContent()));
    const bug = '05:42:00 [ERROR] TypeError: x is not a function\n    at src/build/content.ts:12:3\n';
    expect(log.line(bug)).toBe(bug);
    expect(asked).toBe(0);
  });
});
