/**
 * Loaded by the site script only when the address names a heading that is not
 * on the page: if that heading moved to another page, go there.
 */
import { MOVED_ANCHORS } from '../lib/moved-pages';
import { href, sitePath } from '../lib/paths';

const id = decodeURIComponent(location.hash.slice(1));
const path = sitePath(location.pathname);
const moved = MOVED_ANCHORS[`${path}#${id}`];
if (moved) location.replace(href(moved));
