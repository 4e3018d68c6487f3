/**
 * The drawings a story can show instead of a photo (`art` in its front
 * matter), drawn by src/components/InitiativeArt.astro in the story's colour.
 * A story that names none gets the publication's three arches (src/lib/arches.ts).
 */
export const INITIATIVE_ART = ['stad', 'bloem', 'boek', 'bogen'] as const;
export type InitiativeArt = (typeof INITIATIVE_ART)[number];
export const DEFAULT_ART: InitiativeArt = 'bogen';
