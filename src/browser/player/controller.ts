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
 * fragment plays at a time.
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
  part,
  type ControlAction,
  type Playback,
  type PlayerElement,
  type PlayRequest,
  type Speed,
} from '../../lib/player/contract';
import { audioElementMedia } from './audio-element';
import type { Media } from './media';
import { setPositionState, showInMediaSession } from './media-session';
import { playerSays } from '../../lib/text/nl';

/** A <fragment-player> as its playback code sees it: the element, its public interface, and where its playback lives. */
type PlayerHost = HTMLElement & PlayerElement & { controller?: Playback };

/** How often the position is shown while playing (loop): whole seconds need no more than four times a second. */
const RENDER_EVERY_MS = 250;

const players = new Set<Controller>();
/** Every act a controller's own listeners took, so the lazy loader's hand-over never acts on one twice. */
const heard = new WeakSet<Event>();

class Controller implements Playback {
  readonly el: PlayerHost;
  readonly start: number;
  readonly end: number;
  readonly length: number;
  /** Where the file that plays starts in the recording. */
  readonly offset: number;
  readonly button: HTMLButtonElement;
  readonly seek: HTMLInputElement;
  readonly rate: HTMLSelectElement;
  readonly status: HTMLElement;
  readonly cues: HTMLLIElement[];
  readonly cueTimes: { start: number; end: number }[];
  state: PlayerState;
  media?: Media;
  /** The whole second the slider, its spoken value and the times show ("" before the first render). */
  shown = '';
  /** The timer that shows the position while playing (see loop). */
  ticker = 0;

  constructor(el: PlayerHost) {
    this.el = el;
    this.start = Number(el.dataset[DATA.start]);
    this.end = Number(el.dataset[DATA.end]);
    this.length = this.end - this.start;
    this.offset = Number(el.dataset[DATA.offset] ?? 0);
    this.button = el.querySelector(part(PART.play))!;
    this.seek = el.querySelector(part(PART.seek))!;
    this.rate = el.querySelector(part(PART.rate))!;
    this.status = el.querySelector(part(PART.status))!;
    this.cues = [...el.querySelectorAll<HTMLLIElement>(part(PART.cue))];
    this.cueTimes = this.cues.map((cue) => ({ start: Number(cue.dataset[DATA.start]), end: Number(cue.dataset[DATA.end]) }));
    this.state = initial(Number(this.seek.value) || 0);
    players.add(this);
    for (const type of INPUT_EVENTS) {
      el.addEventListener(type, (event) => {
        heard.add(event);
        this.handle(event);
      });
    }
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
    for (const other of players) if (other !== this && other.playing) other.pause();
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
    this.say(playerSays.paused);
  }

  onPlaying(): void {
    if (!this.dispatch({ type: 'playing' })) return;
    this.el.classList.remove(FLAG.blocked);
    this.say(playerSays.playing(this.el.dataset[DATA.title]!));
    showInMediaSession(this.el, this, SKIP_SECONDS);
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
    this.say(playerSays.ended);
    this.el.dispatchEvent(new CustomEvent(PLAYER_EVENT.ended, { bubbles: true }));
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

  say(message: string): void {
    this.status.textContent = message;
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
  player.controller ??= new Controller(player);
  // An act from before the controller listened (it loaded for it) is handed over; a later one it heard itself.
  if (event && !heard.has(event)) player.controller.handle(event);
  else if (!event) player.controller.render();
}
