declare module 'virtual:nji/audio' {
  /** What audio/ holds: read once for a build; in npm run dev, read again when the folder changed. */
  export const currentAudio: () => Promise<import('./build/audio-manifest').AudioManifest>;
  /** The folder the recordings are read from (absolute path, at build time). */
  export const audioFolder: string;
}

declare module 'virtual:nji/lazy' {
  /** URL of the playback code, loaded on a player's first press. */
  export const playerUrl: string;
  /** URL of the search code, loaded when search opens. */
  export const searchUrl: string;
  /** URL of "alles afspelen", loaded on its first press. */
  export const playAllUrl: string;
  /** URL of the role guide's code, loaded when the guide comes near the viewport. */
  export const roleGuideUrl: string;
  /** URL of the code that follows a link to a heading that moved to another page. */
  export const movedAnchorUrl: string;
  /** Code of the script every page runs before any interaction (src/browser/site.ts). */
  export const siteScript: string;
  /** The same with the reading aids: table of contents and audio fragments (src/browser/reading.ts). */
  export const readingScript: string;
}

declare namespace App {
  interface Locals {
    /** Story boxes rendered so far on this page, per story: their ids count them. */
    storyBoxes?: Record<string, number>;
  }
}
