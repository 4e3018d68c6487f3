/** How far the skip buttons, the J and L keys and the media keys jump, in seconds (the buttons show it). */
export const SKIP_SECONDS = 15;
