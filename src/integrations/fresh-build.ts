/**
 * A failed build leaves no site to publish: `astro build` first removes the
 * previous site from the output folder (dist/), before the content is even
 * read, and removes what it wrote when it stops with an error later on.
 * Otherwise a schema error would leave yesterday's pages in dist/, and
 * whoever uploads dist/ after a red build would publish stale pages.
 * `npm run dev` and `npm run preview` leave dist/ alone.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** `onExit` is how the integration learns the process's exit code; tests pass their own. */
export default function freshBuild(onExit: (listener: (code: number) => void) => void = (l) => process.once('exit', l)): AstroIntegration {
  return {
    name: 'nji-fresh-build',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        const remove = () => rmSync(outDir, { recursive: true, force: true });
        remove();
        onExit((code) => {
          if (code !== 0) remove();
        });
      },
    },
  };
}
