/**
 * Playback for <fragment-player>, loaded by the page's eager script (../reading,
 * through the lazy loader ../lazy) on the first press, which it then handles.
 * The names it shares with the markup and the element are in
 * lib/player/contract. The player's state is one value
 * (lib/player/state), its timing pure (lib/player/timing), its media behind
 * an adapter (./media, ./audio-element), the lock screen in ./media-session; this
 * file wires them to the page: controls, keyboard, transcript and sharing.
 * A fragment plays its own clip, so it ends when the file ends; "Luister
 * verder in de hele opname" hands over to the story's whole recording. One
 * fragment plays at a time, wherever the reader goes: once something plays,
 * links inside the edition change pages without a load (./navigate), the dock
 * (./dock) shows and drives what plays, and a player of the new page that shows
 * the same fragment takes up its controller (`attach`), so page player and
 * dock are one player. "Alles afspelen" is a queue kept here
 * (lib/player/queue); where the listener stopped is kept in local storage
 * (lib/player/resume) and offered by the dock on the next visit.
 */
import { formatClock } from '../../lib/time';
import { playButtonName, positionText } from '../../lib/player/names';
import { shortcut, TYPING_FIELDS, type PlayerAction } from '../../lib/player/shortcuts';
import { initial, isPlaying, next, type PlayerEvent, type PlayerState } from '../../lib/player/state';
import { SKIP_SECONDS, clamp, currentCue } from '../../lib/player/timing';
import {
  ACTION_SELECTOR,
  DATA,
  FLAG,
  INPUT_EVENTS,
  PART,
  PLAYER_EVENT,
  PLAY_ALL_TAG,
  PLAYER_TAG,
  FRAGMENT_SELECTOR,
  part,
  type ControlAction,
  type Playback,
  type PlayerElement,
  type PlayRequest,
  type Speed,
} from '../../lib/player/contract';
import { DOCK_TEXT } from '../../lib/player/dock-text';
import { previousAction, queueStart, queueStep } from '../../lib/player/queue';
import { RESUME_KEY, parseResume, serializeResume, type Resume } from '../../lib/player/resume';
import { audioElementMedia } from './audio-element';
import { dockElement, theDock, type DockPlayer } from './dock';
import type { Media } from './media';
import { setPositionState, showInMediaSession } from './media-session';
import { armNavigation } from './navigate';
import { playerSays } from '../../lib/text/nl';

/** A <fragment-player> as its playback code sees it: the element, its public interface, and where its playback lives. */
type PlayerHost = HTMLElement & PlayerElement & { controller?: Playback };

/** How often the position is shown while playing (loop): whole seconds need no more than four times a second. */
const RENDER_EVERY_MS = 250;

/** Every controller, by the file it plays (unique per fragment): a page's player of the same fragment takes it up. */
const players = new Map<string, Controller>();
/** What plays, or played last: the dock shows it. */
let current: Controller | undefined;
/** Every act a controller's own listeners took, so the lazy loader's hand-over never acts on one twice. */
const heard = new WeakSet<Event>();

class Controller implements Playback, DockPlayer {
  /** The page's player element (a new page's player of the same fragment takes over: `attach`). */
  el!: PlayerHost;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly length: number;
  /** Where the file that plays starts in the recording. */
  readonly offset: number;
  readonly title: string;
  readonly artist: string;
  readonly note: string;
  readonly home: string;
  button!: HTMLButtonElement;
  seek!: HTMLInputElement;
  rate!: HTMLSelectElement;
  status!: HTMLElement;
  cues!: HTMLLIElement[];
  cueTimes!: { start: number; end: number }[];
  state: PlayerState;
  /** The whole second last kept for "Verder luisteren". */
  kept = -1;
  media?: Media;
  /** The whole second the slider, its spoken value and the times show ("" before the first render). */
  shown = '';
  /** The timer that shows the position while playing (see loop). */
  ticker = 0;

  constructor(el: PlayerHost) {
    const d = el.dataset;
    this.key = d[DATA.src]!;
    this.start = Number(d[DATA.start]);
    this.end = Number(d[DATA.end]);
    this.length = this.end - this.start;
    this.offset = Number(d[DATA.offset] ?? 0);
    this.title = d[DATA.title] ?? '';
    this.artist = d[DATA.artist] ?? '';
    this.note = el.querySelector('.recording-note')?.textContent?.trim() ?? d['note'] ?? '';
    this.home = d[DATA.share] ?? '';
    this.attach(el);
    this.state = initial(Number(this.seek.value) || 0);
    players.set(this.key, this);
  }

  /** Takes up a player element: the first, or a new page's player of the same fragment, which then shows the live state. */
  attach(el: PlayerHost): void {
    const from = this.el;
    this.el = el;
    el.controller = this;
    this.button = el.querySelector(part(PART.play))!;
    this.seek = el.querySelector(part(PART.seek))!;
    const rate = el.querySelector<HTMLSelectElement>(part(PART.rate))!;
    if (from) rate.value = this.rate.value;
    this.rate = rate;
    this.status = el.querySelector(part(PART.status))!;
    this.cues = [...el.querySelectorAll<HTMLLIElement>(part(PART.cue))];
    this.cueTimes = this.cues.map((cue) => ({ start: Number(cue.dataset[DATA.start]), end: Number(cue.dataset[DATA.end]) }));
    for (const type of INPUT_EVENTS) {
      el.addEventListener(type, (event) => {
        heard.add(event);
        if (this.el === el) this.handle(event);
      });
    }
    if (!from) return;
    this.shown = '';
    if (this.state.status !== 'idle') el.dataset[DATA.state] = this.state.status;
    el.classList.toggle(FLAG.playing, this.playing);
    this.button.setAttribute('aria-label', playButtonName(this.playing, this.button.dataset[DATA.what]!));
    this.render();
  }

  rateValue(): number {
    return Number(this.rate.value) || 1;
  }

  get playing(): boolean {
    return isPlaying(this.state);
  }

  /** Applies an event to the state and shows the status on the element; tells whether anything changed. */
  dispatch(event: PlayerEvent): boolean {
    const before = this.state;
    this.state = next(before, event, this.length);
    if (this.state.status !== before.status) this.el.dataset[DATA.state] = this.state.status;
    return this.state !== before;
  }

  /** Acts on one event from inside the player (the page's eager script hands over the one that loaded this code). */
  handle(event: Event): void {
    if (event.type === PLAYER_EVENT.play) {
      const at = (event as CustomEvent<PlayRequest | null>).detail?.at;
      if (at !== undefined) this.seekTo(at - this.start, false);
      return this.play();
    }
    const target = event.target as HTMLElement;
    if (event instanceof KeyboardEvent) return this.onKey(event, target);
    if (event.type === 'input' && target === this.seek) return this.seekTo(Number(this.seek.value), false);
    if (event.type === 'change' && target === this.rate) return this.setRate(Number(this.rate.value));
    if (event.type !== 'click') return;
    const action = target.closest<HTMLElement>(ACTION_SELECTOR);
    const name = action?.dataset[DATA.action] as ControlAction | undefined;
    if (name === 'share') return void this.share();
    if (name === 'play-on') return this.playOn(event, action as HTMLAnchorElement);
    if (name === 'cue') {
      const cue = action!.closest<HTMLLIElement>(part(PART.cue))!;
      // Paused, the press starts playback, which says "Speelt af" (the cue's name said from where):
      // the position said first would be talked over at once, two announcements for one press.
      this.seekTo(Math.max(0, Number(cue.dataset[DATA.start]) - this.start), this.playing);
      if (!this.playing) this.play();
      return;
    }
    if (name === 'retry') {
      this.button.focus();
      return this.play();
    }
    if (name === 'toggle' || name === 'back' || name === 'forward') this.act(name);
  }

  /** Shortcuts act only while focus is inside this player (WCAG 2.1.4). */
  onKey(event: KeyboardEvent, target: HTMLElement): void {
    const action = shortcut(event.key, event.altKey || event.ctrlKey || event.metaKey, target.matches(TYPING_FIELDS));
    if (!action) return;
    this.act(action);
    event.preventDefault();
  }

  act(action: PlayerAction): void {
    if (action === 'toggle') return this.playing ? this.pause() : this.play();
    this.seekTo(this.current() + (action === 'back' ? -SKIP_SECONDS : SKIP_SECONDS));
  }

  sound(): Media {
    this.media ??= audioElementMedia(this.el.dataset[DATA.src]!, this.offset, {
      playing: () => this.onPlaying(),
      began: (at) => this.dispatch({ type: 'began', at }),
      stopped: (at) => {
        this.dispatch({ type: 'stopped', at: at === undefined ? undefined : at - this.start });
        this.onStopped();
      },
      ended: (at) => this.finish(at),
      failed: (error) => this.fail(error),
      blocked: (error) => this.blocked(error),
      slow: (at) => this.slow(at),
    });
    return this.media;
  }

  /** Seconds into the fragment now. */
  current(): number {
    const at = this.playing ? this.media?.position() : undefined;
    return at === undefined ? this.state.position : at - this.start;
  }

  speed(): Speed | undefined {
    return this.media?.speed();
  }

  play(): void {
    if (this.state.status === 'error') return;
    for (const other of players.values()) if (other !== this && other.playing) other.pause();
    current = this;
    armNavigation({ keep: () => [dockElement()], shown: adoptPage, say: (message) => theDock().say(message) });
    theDock().show(this);
    this.showSlow(false);
    this.dispatch({ type: 'play' });
    this.sound().play(this.start + this.state.position, Number(this.rate.value));
    this.el.classList.add(FLAG.playing);
    this.button.setAttribute('aria-label', playButtonName(true, this.button.dataset[DATA.what]!));
    this.loop();
  }

  pause(): void {
    this.dispatch({ type: 'pause', at: this.current() });
    this.media?.pause();
    this.onStopped();
    this.say(DOCK_TEXT.paused);
  }

  onPlaying(): void {
    if (!this.dispatch({ type: 'playing' })) return;
    this.el.classList.remove(FLAG.blocked);
    this.say(DOCK_TEXT.playing(this.title));
    this.session();
  }

  /** The lock screen shows this fragment; next and previous go through "Alles afspelen" while it runs. */
  session(): void {
    showInMediaSession(this.el, this, SKIP_SECONDS, queue.active ? { next: () => queueMove(1), previous: () => queueMove(-1) } : undefined);
    this.positionState();
  }

  onStopped(): void {
    clearInterval(this.ticker);
    this.el.classList.remove(FLAG.playing);
    this.button.setAttribute('aria-label', playButtonName(false, this.button.dataset[DATA.what]!));
    this.render();
  }

  /**
   * Shows the position four times a second while playing: the clock and the
   * slider show whole seconds and a cue lasts seconds, so drawing every
   * animation frame (60 a second) only cost the listener's battery. A press,
   * a key or a seek renders at once.
   */
  loop(): void {
    clearInterval(this.ticker);
    this.render();
    this.ticker = window.setInterval(() => {
      if (this.playing) this.render();
      else clearInterval(this.ticker);
    }, RENDER_EVERY_MS);
  }

  /** The file ended: the fragment's end (or the recording's) was reached. */
  finish(at: number): void {
    if (!this.dispatch({ type: 'end', at })) return;
    this.media?.pause();
    this.onStopped();
    this.say(DOCK_TEXT.ended);
    forget();
    this.el.dispatchEvent(new CustomEvent(PLAYER_EVENT.ended, { bubbles: true }));
    afterInQueue(this);
  }

  seekTo(seconds: number, announce = true): void {
    this.dispatch({ type: 'seek', to: seconds });
    const { position } = this.state;
    if (this.media && this.playing) {
      this.media.seek(this.start + position);
    }
    this.render();
    if (announce) this.say(positionText(position, this.length));
    if ('mediaSession' in navigator && this.media) this.positionState();
  }

  setRate(rate: number): void {
    this.rate.value = String(rate);
    this.media?.rate(rate);
    this.say(playerSays.speed(rate));
    if (this.media) this.positionState();
  }

  /**
   * Updates slider, times and the current cue. The slider's spoken text
   * changes in the same step as its value, and first, in every state: a
   * screen reader never meets the new number with the old words (or none).
   */
  render(): void {
    const at = clamp(this.current(), this.length);
    const whole = Math.floor(at);
    const value = String(whole);
    if (value !== this.shown) {
      this.shown = value;
      this.seek.setAttribute('aria-valuetext', positionText(whole, this.length));
      this.seek.value = value;
      this.el.querySelector(part(PART.elapsed))!.textContent = formatClock(whole);
      this.el.querySelector(part(PART.remaining))!.textContent = `-${formatClock(this.length - whole)}`;
    }
    const current = this.cues[currentCue(this.cueTimes, this.start + at)];
    for (const cue of this.cues) {
      const button = cue.querySelector('button');
      if (cue === current) button?.setAttribute('aria-current', 'true');
      else button?.removeAttribute('aria-current');
    }
    if (current && this.playing) this.keepInView(current);
    this.showInDock();
  }

  /** The dock follows what plays; where it stands is kept for "Verder luisteren" (each whole second). */
  showInDock(): void {
    if (current !== this) return;
    theDock().render();
    const at = Math.floor(clamp(this.current(), this.length));
    if (at === this.kept || this.state.status === 'ended' || this.state.status === 'idle') return;
    this.kept = at;
    keep({ src: this.key, offset: this.offset, start: this.start, end: this.end, title: this.title, artist: this.artist, note: this.note, home: this.home, at });
  }

  /** Scrolls only the transcript list, never the page. */
  keepInView(cue: HTMLLIElement): void {
    const list = cue.parentElement!;
    if (!(list.closest('details') as HTMLDetailsElement | null)?.open) return;
    const top = cue.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + cue.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - list.clientHeight / 3;
    }
  }

  /** One announcement: in the page's player while it is shown, else in the dock. */
  say(message: string): void {
    if (this.el.isConnected) this.status.textContent = message;
    else theDock().say(message);
  }

  fail(error: unknown): void {
    this.dispatch({ type: 'fail' });
    this.onStopped();
    console.warn(playerSays.logFailed, error);
    // The error shows and the controls go, for the eye and the accessibility tree.
    const controls = this.el.querySelector<HTMLElement>(part(PART.controls))!;
    const transcript = this.el.querySelector<HTMLDetailsElement>(part(PART.transcript));
    const hadFocus = controls.contains(document.activeElement) || !!transcript?.contains(document.activeElement);
    this.el.classList.add(FLAG.failed);
    controls.hidden = true;
    // The cues go back to text, as without JavaScript: a "Speel vanaf …" button that cannot play would be a dead control.
    for (const button of this.el.querySelectorAll<HTMLButtonElement>(`${part(PART.cue)} > button`)) {
      button.querySelector('.visually-hidden')?.remove();
      button.replaceWith(...button.childNodes);
    }
    const message = this.el.querySelector<HTMLElement>(part(PART.error))!;
    message.hidden = false;
    // Focus would fall to the page's start with the hidden button: keep it here.
    if (hadFocus) message.focus();
    if (transcript) transcript.open = true;
    this.status.textContent = '';
    this.el.dispatchEvent(new CustomEvent(PLAYER_EVENT.failed, { bubbles: true }));
    queue.failed.add(this.key);
    afterInQueue(this);
  }

  /**
   * Nothing moved forward for a long while, even after the media asked again
   * and reloaded (lib/player/watchdog): say so calmly, show the controls as
   * they are (nothing plays: "Afspelen"), and offer to try again. A press of
   * either button loads the file anew at this position.
   */
  slow(at: number): void {
    this.dispatch({ type: 'slow', at: at - this.start });
    this.onStopped();
    this.showSlow(true);
    this.say(playerSays.slow);
  }

  showSlow(show: boolean): void {
    const box = this.el.querySelector<HTMLElement>(part(PART.slow));
    if (box) box.hidden = !show;
    // The box says it to the eye; the status line still says it to a screen reader, once.
    this.el.classList.toggle(FLAG.slow, show);
  }

  /** The browser refused to start (autoplay policy): wait for the listener's next press. */
  blocked(error: unknown): void {
    console.warn(playerSays.logBlocked, error);
    this.dispatch({ type: 'block' });
    this.onStopped();
    this.el.classList.add(FLAG.blocked);
    this.say(playerSays.blocked);
  }

  /**
   * "Luister verder in de hele opname": on the story's page its whole
   * recording plays on from the fragment's end at once; elsewhere the link
   * opens the story there, ready to play (a shared link's ?t=).
   */
  playOn(event: Event, link: HTMLAnchorElement): void {
    const target = new URL(link.href);
    const whole = document.getElementById(target.hash.slice(1)) as PlayerHost | null;
    event.preventDefault();
    if (target.pathname !== location.pathname || !whole?.play) return location.assign(target.href);
    whole.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    whole.querySelector<HTMLButtonElement>(part(PART.play))?.focus({ preventScroll: true });
    whole.play(Number(link.dataset[DATA.at]));
  }

  async share(): Promise<void> {
    const url = new URL(this.el.dataset[DATA.share]!, location.href);
    const at = Math.floor(this.current());
    if (at > 0) url.searchParams.set('t', String(at));
    const link = url.href;
    try {
      await navigator.clipboard.writeText(link);
      this.say(playerSays.copied(at > 0 ? formatClock(at) : undefined));
    } catch {
      this.say(playerSays.copyThis(link));
    }
  }

  positionState(): void {
    setPositionState({ duration: this.length, position: clamp(this.current(), this.length), playbackRate: Number(this.rate.value) || 1 });
  }
}

/**
 * The first press, handed over by the page's lazy loader: attach and act on
 * it. Without one (a shared link's ?t=), attach and show where it stands.
 */
export function wake(el: HTMLElement, event?: Event): void {
  const player = el as PlayerHost;
  player.controller ??= controllerFor(player);
  // An act from before the controller listened (it loaded for it) is handed over; a later one it heard itself.
  if (event && !heard.has(event)) player.controller.handle(event);
  else if (!event) player.controller.render();
}

/** The controller of a player element: the one that already plays its file (taking the element up), or a new one. */
function controllerFor(el: PlayerHost): Controller {
  const known = players.get(el.dataset[DATA.src]!);
  if (!known) return new Controller(el);
  if (known.el !== el) known.attach(el);
  return known;
}

/** After a page change: the new page's players of a fragment that has a controller take it up; the rest are let go. */
function adoptPage(): void {
  for (const el of document.querySelectorAll<PlayerHost>(PLAYER_TAG)) {
    const known = players.get(el.dataset[DATA.src]!);
    if (known) known.attach(el);
  }
  for (const [key, c] of players) if (!c.el.isConnected && c !== current && !c.playing && !queue.hosts.has(key)) players.delete(key);
  showQueue();
}

// Where the listener stopped, in local storage only (lib/player/resume). Storage may be off or full: then nothing is kept.
function keep(resume: Resume): void {
  try {
    localStorage.setItem(RESUME_KEY, serializeResume(resume));
  } catch {
    /* storage off or full */
  }
}

function forget(): void {
  try {
    localStorage.removeItem(RESUME_KEY);
  } catch {
    /* storage off */
  }
}

/** A player element for a fragment that is not on this page (the resume offer): the parts the controller reads, never shown. */
function hostFor(resume: Resume): PlayerHost {
  const el = document.createElement('div') as unknown as PlayerHost;
  const length = Math.round(resume.end - resume.start);
  el.innerHTML =
    `<button class="${PART.play}"></button><input class="${PART.seek}" type="range" min="0" max="${length}" value="0">` +
    `<select class="${PART.rate}">${[0.75, 1, 1.25, 1.5, 1.75, 2].map((r) => `<option value="${r}"${r === 1 ? ' selected' : ''}></option>`).join('')}</select>` +
    `<span class="${PART.elapsed}"></span><span class="${PART.remaining}"></span><p class="${PART.status}"></p>` +
    `<div class="${PART.controls}"></div><div class="${PART.error}"></div>`;
  el.querySelector<HTMLElement>(part(PART.play))!.dataset[DATA.what] = 'fragment';
  const d = el.dataset;
  d[DATA.src] = resume.src;
  d[DATA.offset] = String(resume.offset);
  d[DATA.start] = String(resume.start);
  d[DATA.end] = String(resume.end);
  d[DATA.title] = resume.title;
  d[DATA.artist] = resume.artist;
  d[DATA.share] = resume.home;
  d['note'] = resume.note;
  return el;
}

/**
 * A visit after one that played (the page's eager script loads this code only
 * when something is kept): the dock offers to listen on from there.
 */
export function offerResume(): void {
  let resume: Resume | undefined;
  try {
    resume = parseResume(localStorage.getItem(RESUME_KEY));
  } catch {
    return;
  }
  if (!resume) return forget();
  if (current) return;
  const kept = resume;
  theDock().offer(
    kept,
    () => {
      const shown = [...document.querySelectorAll<PlayerHost>(PLAYER_TAG)].find((el) => el.dataset[DATA.src] === kept.src);
      const c = controllerFor(shown ?? hostFor(kept));
      c.seekTo(kept.at, false);
      c.play();
      theDock().focus();
    },
    forget,
  );
}

/**
 * "Alles afspelen": the files in the order the page gave them (on /luisteren/
 * the publication's, on a story page its text's; a story's whole recording is
 * not in it), their elements, the ones that failed, and the page it was
 * started on (another page's "Alles afspelen" starts that page's queue).
 */
const queue = { active: false, page: '', list: [] as string[], hosts: new Map<string, PlayerHost>(), failed: new Set<string>(), said: '' };

/** Whether this page's "Alles afspelen" is the queue that runs or last ran. */
const queueHere = () => queue.page === location.pathname;

/** "Alles afspelen" pressed (browser/play-all): starts the page's fragments as a queue, or stops it. */
export function toggleQueue(): void {
  if (queue.active && queueHere()) {
    queue.active = false;
    if (current?.playing && queue.hosts.has(current.key)) current.pause();
    queue.said = DOCK_TEXT.stopped;
    return showQueue();
  }
  const hosts = [...document.querySelectorAll<PlayerHost>(FRAGMENT_SELECTOR)].filter((el) => !el.classList.contains(FLAG.failed));
  queue.hosts = new Map(hosts.map((el) => [el.dataset[DATA.src]!, el]));
  queue.list = [...queue.hosts.keys()];
  queue.page = location.pathname;
  const first = queueStart(queue.list, current?.playing ? current.key : undefined, queue.failed);
  queue.active = first !== undefined;
  queue.said = '';
  showQueue();
  if (first === undefined) return;
  // Already playing (the queue starts with it): the lock screen's next and previous only.
  if (current?.key === first && current.playing) current.session();
  else playInQueue(first);
}

/** Plays a fragment of the queue from its start (a fragment heard halfway before starts over, as a track does). */
function playInQueue(key: string): void {
  const el = queue.hosts.get(key)!;
  const c = players.get(key) ?? controllerFor(el.isConnected ? el : (document.querySelector<PlayerHost>(`${PLAYER_TAG}[data-src="${CSS.escape(key)}"]`) ?? el));
  if (c.el.isConnected) c.el.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  if (!c.playing && c.current() > 0) c.seekTo(0, false);
  c.play();
}

/** A fragment of the queue ended or failed: the next one plays. */
function afterInQueue(done: Controller): void {
  if (!queue.active || !queue.hosts.has(done.key) || (current && current !== done)) return showQueue();
  const next = queueStep(queue.list, done.key, queue.failed);
  if (next === undefined) {
    queue.active = false;
    queue.said = DOCK_TEXT.allPlayed;
    return showQueue();
  }
  queue.said = DOCK_TEXT.nextInQueue(queue.hosts.get(next)!.dataset[DATA.title]!);
  showQueue();
  playInQueue(next);
}

/** Media Session's next and previous track: through the queue. */
function queueMove(step: 1 | -1): void {
  if (!queue.active) return;
  if (step === -1 && current && previousAction(current.current()) === 'restart') return current.seekTo(0);
  const to = queueStep(queue.list, current?.key, queue.failed, step);
  if (to !== undefined) playInQueue(to);
}

/** This page's "Alles afspelen" shows the queue: pressed while it runs, what it said last, hidden when nothing can play. */
function showQueue(): void {
  const el = document.querySelector<HTMLElement>(PLAY_ALL_TAG);
  if (!el) return;
  const button = el.querySelector('button')!;
  const here = queueHere();
  button.setAttribute('aria-pressed', String(queue.active && here));
  button.textContent = queue.active && here ? DOCK_TEXT.stopAll : DOCK_TEXT.playAll;
  const status = el.querySelector(part(PART.playAllStatus))!;
  const said = here ? queue.said : '';
  if (status.textContent !== said) status.textContent = said;
  const playable = [...document.querySelectorAll(FRAGMENT_SELECTOR)].some((p) => !p.classList.contains(FLAG.failed));
  if (!playable) {
    el.hidden = true;
    status.textContent = '';
  }
}
