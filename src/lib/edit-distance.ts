/**
 * How far apart two words are, and "Bedoel je …?" for a name an editor
 * misspelt: the search's suggestions (search/suggest.ts) and the build's
 * messages about ids, groups, pages and anchors use the same measure.
 */

/** Edit distance with swaps (optimal string alignment), or limit + 1 as soon as it is certainly above limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits allowed between a misspelt name and the one meant: 1 up to 5 characters, 2 up to 11, then 3. */
export const nameEdits = (name: string): number => (name.length <= 5 ? 1 : name.length <= 11 ? 2 : 3);

/**
 * The known names closest to `name` (upper and lower case alike), at most
 * `nameEdits(name)` edits away; the nearest first, at most three.
 */
export function closestNames(name: string, known: Iterable<string>): string[] {
  const wanted = name.toLowerCase();
  const limit = nameEdits(wanted);
  const found: { value: string; edits: number }[] = [];
  for (const value of new Set(known)) {
    if (value === name) continue;
    const edits = editDistance(wanted, value.toLowerCase(), limit);
    if (edits <= limit) found.push({ value, edits });
  }
  return found.sort((a, b) => a.edits - b.edits).slice(0, 3).map((f) => f.value);
}

/** " Bedoel je “begin-klein”?" for a misspelt name, or "" when no known name is close. */
export function didYouMean(name: string, known: Iterable<string>, show: (value: string) => string = (v) => `“${v}”`): string {
  const near = closestNames(name, known);
  if (near.length === 0) return '';
  const shown = near.map(show);
  return ` Bedoel je ${shown.length > 1 ? `${shown.slice(0, -1).join(', ')} of ${shown.at(-1)}` : shown[0]}?`;
}
