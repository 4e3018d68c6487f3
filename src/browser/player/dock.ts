/**
 * The dock: once something plays, a bar at the foot of the window shows what
 * plays (quote, story with the stand-in notice, said once: the story line's
 * short words; the page's player has the full sentence), its time and length, and offers
 * play/pause, back and forward by the skip length (SKIP_SECONDS), speed, "Naar het fragment" and close; on a visit after
 * one that played, it offers to listen on where the listener stopped. It is
 * the same player as the page's: it acts through the controller of what plays
 * (./controller) and shows its state. Created by script only (without
 * JavaScript there is nothing to dock); kept across pages by ./navigate; the
 * page makes room for it (the body's padding), and it prints as nothing.
 * Shortcuts (K, J, L) act only while focus is inside it (WCAG 2.1.4).
 */
import { DOCK_TEXT as T } from '../../lib/player/dock-text';
import { shortcut, TYPING_FIELDS, type PlayerAction } from '../../lib/player/shortcuts';
import { SKIP_SECONDS, clamp } from '../../lib/player/timing';
import type { Resume } from '../../lib/player/resume';

/** What the dock shows of the player that plays, and asks of it. */
export interface DockPlayer {
  readonly title: string;
  /** The story, with the short stand-in notice while the recording is one (lib/recording's `artist`). */
  readonly artist: string;
  readonly home: string;
  readonly length: number;
  readonly playing: boolean;
  current(): number;
  act(action: PlayerAction): void;
  setRate(rate: number): void;
  rateValue(): number;
  pause(): void;
}

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];
const PLAY_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z"/></svg>';
const PAUSE_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 5h4v14H7zM13 5h4v14h-4z"/></svg>';

let dock: Dock | undefined;

/** The one dock of the document (created on first use). */
export function theDock(): Dock {
  dock ??= new Dock();
  return dock;
}

/** Whether the dock exists (the navigation keeps it). */
export const dockElement = (): HTMLElement | undefined => dock?.el;

class Dock {
  readonly el = document.createElement('section');
  readonly #what = document.createElement('p');
  readonly #controls = document.createElement('div');
  readonly #offer = document.createElement('div');
  readonly #toggle: HTMLButtonElement;
  readonly #time = document.createElement('p');
  readonly #rate = document.createElement('select');
  readonly #home = document.createElement('a');
  readonly #close: HTMLButtonElement;
  /** One polite announcement per change: what plays, paused, a new page. */
  readonly #status = document.createElement('p');
  #player?: DockPlayer;
  #shown = '';
  #resize?: ResizeObserver;

  constructor() {
    const el = this.el;
    el.className = 'dock no-print';
    el.setAttribute('aria-label', T.region);
    el.hidden = true;
    this.#what.className = 'dock-what';
    this.#controls.className = 'dock-controls';
    this.#offer.className = 'dock-offer';
    this.#toggle = button('dock-toggle', PLAY_ICON + PAUSE_ICON, T.play, () => this.#player?.act('toggle'));
    const back = button('dock-skip', `<span aria-hidden="true">−${SKIP_SECONDS}</span>`, T.back(SKIP_SECONDS), () => this.#player?.act('back'));
    const forward = button('dock-skip', `<span aria-hidden="true">+${SKIP_SECONDS}</span>`, T.forward(SKIP_SECONDS), () => this.#player?.act('forward'));
    this.#time.className = 'dock-time';
    this.#rate.setAttribute('aria-label', T.speed);
    for (const r of RATES) this.#rate.add(new Option(`${String(r).replace('.', ',')}×`, String(r), r === 1, r === 1));
    this.#rate.addEventListener('change', () => this.#player?.setRate(Number(this.#rate.value)));
    this.#home.className = 'dock-home';
    this.#home.textContent = T.toFragment;
    // Close stands apart (top right on a phone, beside the title), last in Tab order.
    this.#close = button('dock-close', '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>', T.close, () => this.close());
    this.#controls.append(this.#toggle, back, this.#time, forward, this.#rate, this.#home);
    this.#status.className = 'visually-hidden';
    this.#status.setAttribute('role', 'status');
    el.append(this.#what, this.#controls, this.#offer, this.#close, this.#status);
    el.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const action = shortcut(event.key, event.altKey || event.ctrlKey || event.metaKey, target.matches(TYPING_FIELDS) || target === this.#rate);
      if (!action || !this.#player) return;
      this.#player.act(action);
      event.preventDefault();
    });
    document.body.append(el);
  }

  /** Shows the player that plays (or last played). */
  show(player: DockPlayer): void {
    this.#player = player;
    this.#offer.hidden = true;
    this.#controls.hidden = this.#close.hidden = false;
    this.#what.replaceChildren(line('dock-title', `‘${player.title}’`), line('dock-story', player.artist));
    this.#home.href = player.home;
    this.#home.setAttribute('aria-label', `${T.toFragment}: ‘${player.title}’`);
    this.#rate.value = String(player.rateValue());
    this.#shown = '';
    this.#open();
    this.render();
  }

  /** Shows where playback stands (called as the player renders). */
  render(): void {
    const player = this.#player;
    if (!player || this.el.hidden) return;
    const at = Math.floor(clamp(player.current(), player.length));
    const text = T.time(at, Math.round(player.length));
    if (text !== this.#shown) {
      this.#shown = text;
      this.#time.textContent = text;
    }
    const playing = player.playing;
    this.el.classList.toggle('is-playing', playing);
    this.#toggle.setAttribute('aria-label', `${playing ? T.pause : T.play}: ‘${player.title}’`);
    this.#rate.value = String(player.rateValue());
  }

  /** Focus to play/pause (after the offer's buttons go). */
  focus(): void {
    this.#toggle.focus();
  }

  /** One polite announcement. */
  say(message: string): void {
    this.#status.textContent = message;
  }

  /** A visit after one that played: "Verder luisteren: ‘…’ vanaf 2:14", to accept or forget. */
  offer(resume: Resume, accept: () => void, forget: () => void): void {
    this.#controls.hidden = this.#close.hidden = true;
    this.#offer.hidden = false;
    this.#what.replaceChildren(line('dock-title', T.resumeOffer(resume.title, resume.at)), line('dock-story', resume.artist));
    const yes = button('dock-resume', T.resume, undefined, accept);
    const no = button('dock-forget', T.forget, undefined, () => {
      forget();
      this.close();
    });
    this.#offer.replaceChildren(yes, no);
    this.#open();
  }

  /** Pauses what plays and hides the dock; the page takes its room back. */
  close(): void {
    const hadFocus = this.el.contains(document.activeElement);
    if (this.#player?.playing) this.#player.pause();
    this.el.hidden = true;
    this.#resize?.disconnect();
    document.body.style.removeProperty('--dock-room');
    document.body.classList.remove('has-dock');
    if (hadFocus) document.querySelector<HTMLElement>('main')?.focus();
  }

  #open(): void {
    // Last in the body (after a page change too), so it comes last in reading and Tab order.
    if (this.el.parentElement !== document.body || this.el.nextElementSibling) document.body.append(this.el);
    this.el.hidden = false;
    document.body.classList.add('has-dock');
    this.#resize ??= new ResizeObserver(() => document.body.style.setProperty('--dock-room', `${this.el.offsetHeight}px`));
    this.#resize.observe(this.el);
  }
}

function button(className: string, html: string, label: string | undefined, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  if (label === undefined) b.textContent = html;
  else {
    b.innerHTML = html;
    b.setAttribute('aria-label', label);
  }
  b.addEventListener('click', onClick);
  return b;
}

function line(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}
