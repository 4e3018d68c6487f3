/** The browser and build tests read the built site: refuse to run against none. */
import { existsSync } from 'node:fs';
import { DIST } from './paths';

export default function setup(): void {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`No built site in ${DIST}. Run "npm test" (it builds first) or "npm run build".`);
  }
}
