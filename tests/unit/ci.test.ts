/**
 * The files that publish the site without a developer: the GitHub Actions
 * workflows (checked with action-validator, a maintained validator of the
 * workflow format), Netlify's netlify.toml (parsed as TOML and held to the
 * keys Netlify documents), and the summary an editor reads when a check fails
 * (tools/ci-summary.ts), on real build output kept in tests/fixtures/ci/
 * (a front-matter error, a reference between entries, a fragment's field,
 * a difference from the printed text that is not on the record: the log of
 * `GITHUB_ACTIONS=true npx vitest run tests/build/fidelity.test.ts` after a
 * build with "van te voren" changed in the Buurt in Bloei story only).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'smol-toml';
import { asLine, contentErrors, fidelityLines, summary, withLine } from '../../tools/ci-summary';
import { verdict } from '../../tools/controleer';
import { ROOT } from '../support/paths';
import pkg from '../../package.json' with { type: 'json' };

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');
const workflows = readdirSync(join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));
const nodeMajor = /\d+/.exec(pkg.devDependencies.node)![0];
/** The README's test command: the line of its opening code block that runs the tests. */
const testCommand = /^(npm (?:run )?test)\b/m.exec(/```\w*\n([\s\S]*?)```/.exec(read('README.md'))![1]!)![1]!;

describe('the workflows', () => {
  it('are found', () => expect(workflows.sort()).toEqual(['controle.yml', 'pages.yml']));

  it.each(workflows)('%s is a valid GitHub Actions workflow', (file) => {
    expect(validateWorkflow(read('.github/workflows', file)).errors).toEqual([]);
  });

  it('the validator does find a broken workflow', () => {
    const broken = read('.github/workflows/controle.yml').replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('the check runs on every pull request and push to main, with the README test command on the pinned Node', () => {
    const source = read('.github/workflows/controle.yml');
    expect(source).toMatch(/^ {2}pull_request:/m);
    expect(source).toMatch(/^ {2}push:\n {4}branches: \[main\]/m);
    expect(source).toContain(`${testCommand} 2>&1 | tee controle.log`);
    expect(source).toContain('set -o pipefail'); // a failing test fails the job, though its output goes through tee
    expect(source).toContain(`node-version: ${nodeMajor}`);
    expect(source).toContain('node tools/ci-summary.ts controle.log');
  });

  it('CI installs the three engines of tests/engines/ and their sound, here (.ci/run) and on GitHub', () => {
    const run = read('.ci/run');
    const workflow = read('.github/workflows/controle.yml');
    for (const pkg of ['webkit2gtk-driver', 'xvfb', 'xauth', 'pulseaudio', 'gstreamer1.0-plugins-good', 'gstreamer1.0-libav', 'gstreamer1.0-pulseaudio']) {
      expect(run, `.ci/run: ${pkg}`).toContain(pkg);
      expect(workflow, `controle.yml: ${pkg}`).toContain(pkg);
    }
    expect(run).toContain('firefox-esr'); // Debian's; Ubuntu's runner ships Firefox itself
    expect(workflow).toContain('FIREFOX_PATH=');
    for (const source of [run, workflow]) expect(source).toContain('bash tests/support/sound-sink.sh');
    // The engines are installed before the tests run.
    expect(run.indexOf('sound-sink.sh')).toBeLessThan(run.indexOf('npm test'));
    expect(workflow.indexOf('sound-sink.sh')).toBeLessThan(workflow.indexOf(`${testCommand} 2>&1`));
  });

  it('GitHub Pages builds under its sub-path, with the edit link to this repository', () => {
    const source = read('.github/workflows/pages.yml');
    expect(source).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}/');
    expect(source).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
    expect(source).toMatch(/EDIT_URL: .*\/edit\//);
    expect(source).toContain('path: dist');
  });
});

describe('netlify.toml', () => {
  const config = parse(read('netlify.toml')) as {
    build: { publish: string; command: string; environment: Record<string, string> };
    context: Record<string, { command: string }>;
  };

  it('has only keys Netlify documents', () => {
    expect(Object.keys(config).sort()).toEqual(['build', 'context']);
    expect(Object.keys(config.build).sort()).toEqual(['command', 'environment', 'publish']);
    for (const context of Object.keys(config.context)) expect(['production', 'deploy-preview', 'branch-deploy']).toContain(context);
  });

  it('publishes dist/ built on the pinned Node, production and every preview with its own address', () => {
    expect(config.build.publish).toBe('dist');
    expect(config.build.environment['NODE_VERSION']).toBe(nodeMajor);
    expect(config.context['production']!.command).toBe('SITE_URL="$URL" npm run build');
    expect(config.context['deploy-preview']!.command).toBe('SITE_URL="$DEPLOY_PRIME_URL" npm run build');
    // What Netlify publishes is what `npm run build` writes: astro build into ./dist, unless OUT_DIR moves it (only the tests do).
    expect(pkg.scripts.build).toBe('astro build');
    expect(read('astro.config.mjs')).toMatch(/const outDir = process\.env\.OUT_DIR \?\? '\.\/dist';[\s\S]*\boutDir,/);
    expect(config.build.environment['OUT_DIR']).toBeUndefined();
  });
});

describe('the summary for editors', () => {
  const schema = read('tests/fixtures/ci/schema-error.txt');
  const reference = read('tests/fixtures/ci/reference-error.txt');

  it('opens with the Dutch message of a front-matter error: file, field, what is wrong', () => {
    expect(contentErrors(schema)).toEqual([
      {
        file: 'content/chapters/valkuilen.mdx',
        field: 'order',
        message:
          'verwacht een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3, maar er staat "acht". Het eerste vrije nummer na het hoogste in content/chapters/ is 7; een overzicht van alle nummers geeft npm run overzicht.',
      },
    ]);
    const text = summary(schema, 'failure');
    expect(text.split('\n')[0]).toBe('## Controle niet geslaagd: er zit een fout in de inhoud');
    expect(text).toContain('**Bestand:** `content/chapters/valkuilen.mdx` · **veld:** `order`');
  });

  it('names the content file of an error between entries, never a path in node_modules', () => {
    expect(contentErrors(reference)).toEqual([
      {
        file: 'content/chapters/valkuilen.mdx:14',
        field: 'story',
        message:
          '“jongeren-maken-stad” is geen bekend verhaal. Bedoel je “jongeren-maken-de-stad”? Kies uit: jongeren-maken-de-stad, buurt-in-bloei, open-leercentrum.',
      },
    ]);
    expect(summary(reference, 'failure')).not.toMatch(/node_modules|\/tmp\/|src\//);
  });

  it('names a fragment by its id, then the field', () => {
    expect(contentErrors(read('tests/fixtures/ci/fragment-error.txt'))).toEqual([
      {
        file: 'content/stories/buurt-in-bloei.mdx',
        field: 'fragment “begin-klein” → end',
        message: '7:00 ligt niet na start 7:27. Het einde moet later zijn dan het begin.',
      },
    ]);
    // As the quick check prints it: the build's own line.
    expect(asLine(contentErrors(read('tests/fixtures/ci/fragment-error.txt'))[0]!)).toBe(
      'content/stories/buurt-in-bloei.mdx → fragment “begin-klein” → veld “end”: 7:00 ligt niet na start 7:27. Het einde moet later zijn dan het begin.',
    );
  });

  it('names a message about a whole fragment (an overlap, a clip that cannot be cut) as a content error, not as a failure to ask a developer about', () => {
    const line = 'content/stories/buurt-in-bloei.mdx → fragment “zo-min-mogelijk”: “zo-min-mogelijk” (0:10–7:23) overlapt met “begin-klein” (7:00–9:04) in dezelfde opname.';
    const log = `03:03:43 [build] Rearranging server assets...\n${line}\n  Wat je doet:\n    verbeter het veld\n  Location:\n    content/stories/buurt-in-bloei.mdx:21:1\n`;
    expect(contentErrors(log)).toEqual([
      { file: 'content/stories/buurt-in-bloei.mdx', field: 'fragment “zo-min-mogelijk”', message: '“zo-min-mogelijk” (0:10–7:23) overlapt met “begin-klein” (7:00–9:04) in dezelfde opname.' },
    ]);
    expect(asLine(contentErrors(log)[0]!)).toBe(line);
    // A warning is not an error.
    expect(contentErrors(`Let op: ${line}`)).toEqual([]);
  });

  it('names a wrong page in an update (a numbered item) as a content error, the Dutch line first', () => {
    const line = 'content/updates/2026-12-07-nieuwe-bron.md → pagina 1 → veld “pages”: “/bronne/”: de pagina /bronne/ bestaat niet. Bedoel je /bronnen/?';
    const log = `04:03:11 [build] Rearranging server assets...\n${line}\n  Location:\n    content/updates/2026-12-07-nieuwe-bron.md:4:1\n`;
    expect(contentErrors(log)).toEqual([
      { file: 'content/updates/2026-12-07-nieuwe-bron.md', field: 'pagina 1 → pages', message: '“/bronne/”: de pagina /bronne/ bestaat niet. Bedoel je /bronnen/?' },
    ]);
    expect(summary(log, 'failure')).not.toMatch(/Vraag een ontwikkelaar/);
  });

  it('lists a difference from the printed text exactly as npm run controleer does, with the lines to add', () => {
    const log = read('tests/fixtures/ci/fidelity-error.txt');
    const lines = fidelityLines(log);
    expect(lines[0]).toBe('1 afwijking(en) staan niet in content/verbeteringen.yaml:');
    expect(lines).toContain('- /verhalen/buurt-in-bloei/ [woorden]: “te voren” → “tevoren”, in content/stories/buurt-in-bloei.mdx (regel 46)');
    expect(lines.join('\n')).toContain('Dezelfde tekst staat nog zoals gedrukt in content/chapters/stimuleren-van-initiatieven.mdx (regel 18).');
    expect(lines.slice(-4)).toEqual([
      '- id: van-te-voren',
      '  kind: spelling',
      '  printed: "is dan ze van te voren verwacht hadden’, vertelt hij"',
      '  edition: "is dan ze van tevoren verwacht hadden’, vertelt hij"',
    ]);
    const text = summary(log, 'failure');
    expect(text.split('\n')[0]).toBe('## Controle niet geslaagd: de tekst wijkt af van de gedrukte uitgave');
    expect(text).toContain(['```text', ...lines, '```'].join('\n'));
    expect(text).not.toMatch(/Vraag een ontwikkelaar|AssertionError|expected false/);
  });

  it('npm run controleer names the line of a front-matter error, which the build prints without one (issue 25)', () => {
    // The build's own output for `start: "0.01"` in a fragment (Astro's schema check gives no line).
    const log =
      '06:40:30 [content] Syncing content\nFout in de gegevens bovenaan een bestand (stories → buurt-in-bloei):\n\n' +
      '  fragment “begin-klein” → veld “start”: "0.01" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"\n\n' +
      '  Wat je doet:\n    verbeter het veld in het bestand hieronder; wat elke melding betekent staat in docs/redactie.md, hoofdstuk 8.\n' +
      '  Location:\n    content/stories/buurt-in-bloei.mdx\n';
    const story = read('content/stories/buurt-in-bloei.mdx');
    const lines = story.split('\n');
    const start = lines.findIndex((l, i) => i > lines.findIndex((m) => /^\s*- id: begin-klein\s*$/.test(m)) && /^\s*start:/.test(l)) + 1;
    expect(start).toBeGreaterThan(1);
    const files: Record<string, string> = { 'content/stories/buurt-in-bloei.mdx': story };
    const { report } = verdict(log, false, [], 1, (file) => files[file]);
    expect(report.split('\n')[1]).toBe(
      `content/stories/buurt-in-bloei.mdx:${start} → fragment “begin-klein” → veld “start”: "0.01" is geen tijd; schrijf m:ss of h:mm:ss, bijvoorbeeld "7:27" of "1:02:05"`,
    );
    // A line the build named stays; a file that is not there, or a field not found, leaves the message as it was.
    const reference = contentErrors(read('tests/fixtures/ci/reference-error.txt'))[0]!;
    expect(withLine(reference, read('content/chapters/valkuilen.mdx'))).toEqual(reference);
    const schema = contentErrors(read('tests/fixtures/ci/schema-error.txt'))[0]!;
    expect(withLine(schema, undefined)).toEqual(schema);
    expect(withLine({ ...schema, field: 'bestaat-niet' }, story).file).toBe('content/chapters/valkuilen.mdx');
    expect(withLine(schema, read('content/chapters/valkuilen.mdx')).file).toMatch(/^content\/chapters\/valkuilen\.mdx:\d+$/);
  });

  it('says when all is well, and when a failure is not the content', () => {
    expect(summary('Let op: audio/x.mp3 → veld “bestand”: wisselende bitrate.\n', 'success')).toMatch(/^## Controle geslaagd[\s\S]*### Let op\n\n- audio\/x\.mp3/);
    const other = summary(' FAIL  e2e  tests/e2e/listening.test.ts > the player > plays\n', 'failure');
    expect(other).toContain('geen fout in de inhoud');
    expect(other).toContain('`e2e  tests/e2e/listening.test.ts > the player > plays`');
  });
});
