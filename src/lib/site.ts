/** Facts about the publication used across pages. */
export const SITE_TITLE = 'Burgerinitiatieven en wijkteams';
export const PUBLISHER = 'Nederlands Jeugdinstituut';
export const PUBLISHER_SHORT = 'NJi';
