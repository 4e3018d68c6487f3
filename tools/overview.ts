/**
 * npm run overzicht — for editors: the stories, chapters and resources with
 * their `order` numbers and the next free number in each folder (what a new
 * resource gets). Reads content/ directly; no build needed.
 */
import { readOrders } from '../src/build/order-numbers.ts';
import { formatOverview } from '../src/lib/order-overview.ts';

const ROOT = new URL('..', import.meta.url).pathname;

console.log(
  formatOverview([
    { heading: 'Verhalen', folder: 'stories', entries: readOrders('stories', ROOT) },
    { heading: 'Hoofdstukken', folder: 'chapters', entries: readOrders('chapters', ROOT) },
    { heading: 'Bronnen', folder: 'resources', entries: readOrders('resources', ROOT), optional: true },
  ]),
);
