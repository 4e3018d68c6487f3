/** What slugify makes: lower-case letters and digits, words joined by single hyphens ("begin-klein"). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The same, beginning with a letter (the role guide's and the corrections' ids). */
export const LETTER_SLUG = /^(?=[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** URL-safe, readable ids from Dutch text: "Initiëren van initiatieven" → "initieren-van-initiatieven". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
