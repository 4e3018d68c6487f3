/** Facts about the publication used across pages. */
export const SITE_TITLE = 'Burgerinitiatieven en wijkteams';
export const PUBLISHER = 'Nederlands Jeugdinstituut';
export const PUBLISHER_SHORT = 'NJi';
/** Search engines and social sites cut a page's description after about this many characters. */
export const DESCRIPTION_MAX = 160;
