declare module 'virtual:nji/audio' {
  const manifest: import('./build/audio-manifest').AudioManifest;
  export default manifest;
}

declare module 'howler/src/howler.core.js' {
  export { Howl, Howler } from 'howler';
}

declare module 'virtual:nji/lazy' {
  /** URL of the playback code that <fragment-player> loads on the first press. */
  export const playerUrl: string;
  /** URL of the search code, loaded when search opens. */
  export const searchUrl: string;
  /** URL of the role guide's code, loaded when the guide comes near the viewport. */
  export const roleGuideUrl: string;
  /** URL of the code that follows a link to a heading that moved to another page. */
  export const movedAnchorUrl: string;
}

declare namespace App {
  interface Locals {
    /** Story boxes rendered so far on this page, per story: their ids count them. */
    storyBoxes?: Record<string, number>;
  }
}
