/**
 * The player's contract: the one place that names what the server-rendered
 * player (components/FragmentPlayer.astro), its element
 * (browser/fragment-player), its playback code (browser/player/controller,
 * ./media-session), "alles afspelen" (browser/play-all) and the eager script
 * (browser/listen) share: the parts the code finds by class, the classes it
 * sets, the data-* attributes, the events, and the element's public interface.
 * The browser tests read a player through this interface and its DOM, never
 * through the playback code's internals. The styles in FragmentPlayer.astro
 * spell the same class names (scoped CSS cannot read a constant);
 * tests/unit/player-contract.test.ts keeps them the same. The names are
 * string enums: the bundler writes each used value in place and leaves the
 * rest out, so the page's eager script pays nothing for the names it does
 * not use.
 */
import type { PlayerState, Status } from './state';

/** The element's tag name. */
export const PLAYER_TAG = 'fragment-player';
/** The tag name of "alles afspelen". */
export const PLAY_ALL_TAG = 'play-all';

/** The parts of a player the code finds, by class name. */
export enum PART {
  /** The play/pause button; its `data-what` says what plays. */
  play = 'play',
  seek = 'seek',
  rate = 'rate',
  /** The live status line. */
  status = 'status',
  elapsed = 'elapsed',
  remaining = 'remaining',
  /** Our controls (hidden when the fragment cannot play). */
  controls = 'controls',
  transcript = 'transcript',
  /** One line of the transcript, with its times in the recording (`data-start`, `data-end`). */
  cue = 'cue',
  /** The message shown when the file cannot play. */
  error = 'error',
  /** The box shown when loading takes long, with "Opnieuw proberen". */
  slow = 'slow',
  /** "Alles afspelen"'s status line. */
  playAllStatus = 'play-all-status',
}

/** Classes the code puts on the player element to say how it stands (the styles follow them). */
export enum FLAG {
  playing = 'is-playing',
  blocked = 'is-blocked',
  failed = 'has-error',
  slow = 'is-slow',
  /** Opened by a shared link (#fragment-…). */
  target = 'is-target',
}

/** The player element's data-* attributes, as `dataset` keys. */
export enum DATA {
  /** Start and end of the stretch in the recording, in seconds (also on each cue). */
  start = 'start',
  end = 'end',
  /** Where the file that plays starts in the recording. */
  offset = 'offset',
  src = 'src',
  /** The quote (the lock screen's title), the speaker, the publication, the artwork. */
  title = 'title',
  artist = 'artist',
  album = 'album',
  artwork = 'artwork',
  /** The fragment's address on its home page, for "Deel". */
  share = 'share',
  /** What plays, for the play button's name (on the button). */
  what = 'what',
  /** What a control does (on the control): one of ACTIONS. */
  action = 'action',
  /** On "Luister verder": where the whole recording plays on. */
  at = 'at',
  /** The player's status (lib/player/state's `Status`), set by the playback code. */
  state = 'state',
  /** Set once the element has made its cues buttons. */
  ready = 'ready',
  /** On a player of a story's whole recording (not a fragment: "Alles afspelen" leaves it out). */
  whole = 'whole',
}

/**
 * The players of fragments ("Alles afspelen" plays these, not a whole
 * recording): PLAYER_TAG without DATA.whole, spelled out so no bundle keeps
 * the DATA object for it (tests/unit/player-contract.test.ts checks it).
 */
export const FRAGMENT_SELECTOR = 'fragment-player:not([data-whole])';

/** Every `data-action` a control of the player can carry. */
const ACTIONS = ['toggle', 'back', 'forward', 'cue', 'share', 'play-on', 'retry', 'rate'] as const;
export type ControlAction = (typeof ACTIONS)[number];
/** Any control of the player, by its `data-action`. */
export const ACTION_SELECTOR = '[data-action]';

/** The events a player sends (bubbling, from the element) and the one it hears. */
export enum PLAYER_EVENT {
  /** Asks a player to play, at a time in the recording if given (`detail`: PlayRequest or null). */
  play = 'player:play',
  /** The fragment played to its end. */
  ended = 'player:ended',
  /** The fragment cannot play. */
  failed = 'player:failed',
}

/** The `detail` of a `player:play` event. */
export interface PlayRequest {
  at?: number;
}

/** What a reader does to a player that wakes its playback code, and what that code then listens to. */
export const INPUT_EVENTS = ['click', 'input', 'change', 'keydown', PLAYER_EVENT.play] as const;

/** A CSS selector for a part: `.play`. */
export function part(name: PART): string {
  return `.${name}`;
}

/** The markup's data-* attributes from their values: `{ start: 12 }` → `{ 'data-start': 12 }`. */
export function dataAttributes(values: { [K in keyof typeof DATA]?: string | number | undefined }): Record<string, string | number | undefined> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`data-${DATA[key as keyof typeof DATA]}`, value]));
}

/** A control's `data-action`, checked against ACTIONS by the type checker. */
export function action(name: ControlAction): ControlAction {
  return name;
}

/** How fast the audio plays and whether it keeps the pitch. */
export interface Speed {
  rate: number;
  keepsPitch: boolean;
}

/**
 * The element's public interface: all that other code (and the browser tests)
 * may read of a player or ask of it. One player, one state.
 */
export interface PlayerElement {
  /** Where playback is: "idle" until the first press, then as the playback code reports. */
  readonly playbackState: Status;
  /** Position in the recording, in seconds. */
  readonly currentTime: number;
  /** Position in the recording at the moment playback last began (NaN before). */
  readonly startedAt: number;
  /** Position in the recording where the fragment last stopped at its end (NaN before). */
  readonly endedAt: number;
  /** How fast the audio plays, as the browser reports it, once it has loaded (undefined before). */
  readonly playbackSpeed: Speed | undefined;
  /** Starts playback from script, at a time in the recording if given. */
  play(at?: number): void;
}

/** What the element reads of its playback code once that has loaded. */
export interface Playback {
  readonly state: PlayerState;
  /** Where the stretch starts in the recording. */
  readonly start: number;
  /** Seconds into the stretch now. */
  current(): number;
  /** How fast the audio plays, once it has loaded. */
  speed(): Speed | undefined;
  /** Shows where the player stands (a shared link's time) without playing. */
  render(): void;
  /** Acts on one event from inside the player. */
  handle(event: Event): void;
}
