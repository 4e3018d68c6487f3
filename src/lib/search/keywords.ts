/**
 * Editors' keywords (`trefwoorden` in front matter): words readers use for a
 * topic the page really covers. Indexed as the search metadata field
 * "trefwoorden", which search weighs (integrations/search, browser/search).
 */
export const KEYWORDS_META = 'trefwoorden';

/** The metadata for a keyword list: nothing when there are none. */
export function keywordMeta(keywords: readonly string[] | undefined): Record<string, string> {
  return keywords?.length ? { [KEYWORDS_META]: keywords.join(', ') } : {};
}
