/**
 * The audio build step, in one place: reads audio/ (durations and transcripts)
 * for the content checks and the player, serves it under <base>audio/ in dev,
 * and copies the transcripts into the built site. The recordings and the
 * fragments' clips are pages (src/pages/audio/[recording].ts,
 * src/pages/audio/fragmenten/), tagged by src/build/audio-tags and cut by
 * src/build/clips; an MP3 no story names is copied as it is.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import { readAudioFolder } from '../build/audio-manifest';
import { sendFile } from '../build/serve-file';

const MODULE = 'virtual:nji/audio';
const COPIED = /\.(mp3|vtt)$/i;

export default function audio({ folder = 'audio' }: { folder?: string } = {}): AstroIntegration {
  let dir = '';
  let base = '/';
  let dev = false;
  return {
    name: 'nji-audio',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        dir = fileURLToPath(new URL(`${folder}/`, config.root));
        dev = command === 'dev';
        base = baseDir(config.base);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nji-audio-manifest',
                resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
                async load(id: string) {
                  if (id !== `\0${MODULE}`) return undefined;
                  const folderCode = `export const audioFolder = ${JSON.stringify(dir)};`;
                  // A build reads audio/ once, here. npm run dev reads it when a page asks and the
                  // folder changed since (a recording or transcript added, replaced or removed),
                  // without a restart and without reloading modules: reloading this module while
                  // Astro reloaded a content file at the same moment once left the content stale.
                  if (!dev) return `${folderCode}\nconst manifest = ${JSON.stringify(await readAudioFolder(dir, folder))};\nexport const currentAudio = async () => manifest;`;
                  return [
                    folderCode,
                    `import { currentAudioIn } from ${JSON.stringify(fileURLToPath(new URL('../build/audio-manifest.ts', import.meta.url)))};`,
                    `export const currentAudio = () => currentAudioIn(audioFolder, ${JSON.stringify(folder)});`,
                  ].join('\n');
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${folder}/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!path.startsWith(prefix)) return next();
          const file = join(dir, path.slice(prefix.length));
          if (!file.startsWith(dir) || !COPIED.test(file) || !existsSync(file)) return next();
          sendFile(req, res, file);
        });
      },
      'astro:build:done': ({ dir: out, logger }) => {
        if (!existsSync(dir)) return;
        const target = join(fileURLToPath(out), folder);
        mkdirSync(target, { recursive: true });
        // What the pages wrote (the tagged recordings) stays.
        const files = readdirSync(dir).filter((f) => COPIED.test(f) && !existsSync(join(target, f)));
        for (const file of files) copyFileSync(join(dir, file), join(target, file));
        logger.info(`${files.length} audio files copied to ${folder}/`);
      },
    },
  };
}
