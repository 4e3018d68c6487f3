/**
 * The initiative colours. Their values live in src/styles/theme.css (light and
 * dark); this is the list of names the content, the layouts and the social
 * cards share. tests/unit/colours.test.ts keeps the two in step.
 */
export const INITIATIVE_COLOURS = ['oranje', 'groen', 'blauw'] as const;
export type InitiativeColour = (typeof INITIATIVE_COLOURS)[number];
