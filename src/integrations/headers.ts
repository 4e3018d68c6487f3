/**
 * Deployment headers, in one place: after the build, writes `_headers` (the
 * format of Netlify and Cloudflare Pages) with the same Content-Security-Policy
 * the pages carry in their <meta> (its hashes read from the built pages) plus
 * what a <meta> cannot say (frame-ancestors), long immutable caching for
 * hashed assets, short caching for the search index and the podcast feed
 * (with its content type), range requests for audio, no MIME sniffing and a
 * referrer policy. docs/hosting.md has the same rules for nginx.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';
import { decodeEntities } from '../lib/html';
import { htmlFiles } from '../build/html-files';
import { PDF_DOWNLOAD_NAME, PDF_FILE } from '../lib/pdf/facts';

/** Merges the <meta> policies of all pages: same directives, the union of their sources. */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export default function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'nji-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseDir(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out)
          .map((file) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1])
          .filter((p): p is string => Boolean(p))
          .map(decodeEntities);
        const csp = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const lines = [
          `${base}*`,
          `  Content-Security-Policy: ${csp}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
          '',
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
          `${base}pagefind/*`,
          '  Cache-Control: public, max-age=300, must-revalidate',
          '',
          // Also the fragments' clips and transcripts in audio/fragmenten/: a splat matches across slashes.
          `${base}audio/*`,
          '  Accept-Ranges: bytes',
          '  Cache-Control: public, max-age=86400',
          '',
          // The podcast feed: its own type (hosts guess a generic XML type from
          // .xml), and apps that poll it see a new episode within the hour.
          `${base}luisteren/podcast.xml`,
          '  Content-Type: application/rss+xml; charset=utf-8',
          '  Cache-Control: public, max-age=3600',
          '',
          // The PDF edition (src/integrations/pdf.ts): saved under a name that says what it is.
          `${base}${PDF_FILE}`,
          `  Content-Disposition: attachment; filename="${PDF_DOWNLOAD_NAME}"`,
          '  Cache-Control: public, max-age=3600',
          '',
        ];
        writeFileSync(join(out, '_headers'), lines.join('\n'));
        logger.info(`_headers written (CSP from ${policies.length} pages)`);
      },
    },
  };
}
