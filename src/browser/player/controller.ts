/**
 * Playback for <fragment-player>, loaded on the first press. Howler plays the
 * interview in HTML5 (streaming) mode, so the browser fetches byte ranges
 * instead of decoding a whole interview; the fragment ends when the playback
 * position passes its end (Howler's sprite timer overruns in HTML5 mode).
 * One fragment plays at a time. Media Session gives lock-screen controls.
 */
import { Howl } from 'howler/src/howler.core.js';
import { formatClock, formatSpoken } from '../../lib/time';
import { SKIP_SECONDS as SKIP } from '../../lib/player/skip';

const players = new Set<Controller>();
const watched = new WeakSet<HTMLMediaElement>();

/** The audio element behind a sound in Howler's HTML5 mode (Howler has no public accessor). */
function mediaElement(howl: Howl, id: number): HTMLMediaElement | undefined {
  const sound = (howl as unknown as { _soundById(id: number): { _node?: unknown } | null })._soundById(id);
  return sound?._node instanceof HTMLMediaElement ? sound._node : undefined;
}

export type PlaybackState = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error' | 'blocked';

export class Controller {
  readonly el: HTMLElement;
  readonly start: number;
  readonly end: number;
  readonly length: number;
  readonly button: HTMLButtonElement;
  readonly seek: HTMLInputElement;
  readonly rate: HTMLSelectElement;
  readonly status: HTMLElement;
  readonly cues: HTMLLIElement[];
  howl?: Howl;
  playing = false;
  failed = false;
  /** Seconds into the fragment, while paused. */
  position: number;
  frame = 0;
  timer = 0;
  lastSpoken = -1;
  state: PlaybackState = 'idle';
  /** Position in the recording where playback last stopped at the fragment's end. */
  endedAt = Number.NaN;
  /** Position in the recording at the moment playback last began. */
  startedAt = Number.NaN;

  constructor(el: HTMLElement) {
    this.el = el;
    this.start = Number(el.dataset['start']);
    this.end = Number(el.dataset['end']);
    this.length = this.end - this.start;
    this.button = el.querySelector('.play')!;
    this.seek = el.querySelector('.seek')!;
    this.rate = el.querySelector('.rate')!;
    this.status = el.querySelector('.status')!;
    this.cues = [...el.querySelectorAll<HTMLLIElement>('.cue')];
    this.position = Number(this.seek.value) || 0;
    players.add(this);
    el.addEventListener('keydown', (event) => this.onKey(event));
    el.addEventListener('click', (event) => this.handle(event));
    el.addEventListener('input', (event) => this.handle(event));
    el.addEventListener('change', (event) => this.handle(event));
  }

  /** Acts on one event from inside the player (the bootstrap replays the first one). */
  handle(event: Event): void {
    if (event.type === 'player:play') return this.play();
    if (event.type === 'keydown') return this.onKey(event as KeyboardEvent);
    const target = event.target as HTMLElement;
    if (event.type === 'input' && target === this.seek) return this.seekTo(Number(this.seek.value), false);
    if (event.type === 'change' && target === this.rate) return this.setRate(Number(this.rate.value));
    if (event.type !== 'click') return;
    const action = target.closest<HTMLElement>('[data-action]');
    switch (action?.dataset['action']) {
      case 'toggle':
        return this.playing ? this.pause() : this.play();
      case 'back':
        return this.seekTo(this.current() - SKIP);
      case 'forward':
        return this.seekTo(this.current() + SKIP);
      case 'share':
        return void this.share();
      case 'cue': {
        const cue = action.closest<HTMLLIElement>('.cue')!;
        this.seekTo(Math.max(0, Number(cue.dataset['start']) - this.start));
        if (!this.playing) this.play();
        return;
      }
    }
  }

  /** Shortcuts act only while focus is inside this player (WCAG 2.1.4). */
  onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.matches('input, select, textarea')) return;
    const key = event.key.toLowerCase();
    if (key === 'k') this.playing ? this.pause() : this.play();
    else if (key === 'j') this.seekTo(this.current() - SKIP);
    else if (key === 'l') this.seekTo(this.current() + SKIP);
    else return;
    event.preventDefault();
  }

  sound(): Howl {
    if (this.howl) return this.howl;
    this.howl = new Howl({
      src: [this.el.dataset['src']!],
      format: ['mp3'],
      html5: true,
      preload: false,
      onplay: () => this.onPlaying(),
      onpause: () => this.onStopped(),
      onstop: () => this.onStopped(),
      onend: () => this.finish(),
      onloaderror: (_id, error) => this.fail(error),
      onplayerror: (_id, error) => this.blocked(error),
    });
    return this.howl;
  }

  setState(state: PlaybackState): void {
    this.state = state;
    this.el.dataset['state'] = state;
  }

  /** Seconds into the fragment now. */
  current(): number {
    if (this.playing && this.howl) {
      const at = this.howl.seek();
      if (typeof at === 'number') return at - this.start;
    }
    return this.position;
  }

  play(): void {
    if (this.failed) return;
    for (const other of players) if (other !== this && other.playing) other.pause();
    if (this.position >= this.length - 0.05) this.position = 0;
    const howl = this.sound();
    if (howl.state() === 'unloaded') howl.load();
    howl.seek(this.start + this.position);
    howl.rate(Number(this.rate.value));
    if (!howl.playing()) {
      this.startedAt = Number.NaN;
      this.watchStart(howl, howl.play());
    }
    this.playing = true;
    if (this.state !== 'playing') this.setState('loading');
    this.el.classList.add('is-playing');
    this.button.setAttribute('aria-label', 'Pauzeren');
    this.armEnd();
    this.loop();
  }

  pause(): void {
    this.position = Math.min(this.length, Math.max(0, this.current()));
    this.playing = false;
    this.howl?.pause();
    this.onStopped();
    this.setState('paused');
    this.say('Gepauzeerd');
  }

  /**
   * Records where playback began, from the media element's own record of what
   * it has played. Reading the clock in the 'playing' handler instead would
   * report a start that is late by however long a busy page took to run it.
   */
  watchStart(howl: Howl, id: number): void {
    const node = mediaElement(howl, id);
    if (!node || watched.has(node)) return;
    watched.add(node);
    node.addEventListener('playing', () => {
      const now = node.currentTime;
      const played = node.played;
      for (let i = 0; i < played.length; i++) {
        if (played.start(i) <= now + 0.05 && played.end(i) >= now - 0.05) this.startedAt = played.start(i);
      }
    });
  }

  onPlaying(): void {
    if (Number.isNaN(this.startedAt)) {
      const at = this.howl?.seek();
      this.startedAt = typeof at === 'number' ? at : Number.NaN;
    }
    this.setState('playing');
    this.el.classList.remove('is-blocked');
    this.say(`Speelt af: ${this.el.dataset['title']}`);
    this.mediaSession();
    this.armEnd();
  }

  onStopped(): void {
    if (this.playing && this.howl?.playing()) return;
    this.playing = false;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.el.classList.remove('is-playing');
    this.button.setAttribute('aria-label', 'Afspelen');
    this.render(true);
  }

  /** Stops exactly at the fragment's end: a timer for the remaining time, checked against the real position. */
  armEnd(): void {
    clearTimeout(this.timer);
    if (!this.playing) return;
    const rate = Number(this.rate.value) || 1;
    const left = (this.length - this.current()) / rate;
    this.timer = window.setTimeout(() => this.check(), Math.max(0, left * 1000 - 30));
  }

  check(): void {
    if (!this.playing) return;
    if (this.current() >= this.length - 0.02) this.finish();
    else this.armEnd();
  }

  loop(): void {
    cancelAnimationFrame(this.frame);
    const step = () => {
      if (!this.playing) return;
      if (this.current() >= this.length - 0.02) return this.finish();
      this.render(false);
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  finish(): void {
    if (!this.playing && this.position === 0) return;
    this.playing = false;
    this.howl?.pause();
    const at = this.howl?.seek();
    this.endedAt = typeof at === 'number' ? at : this.end;
    this.position = 0;
    this.onStopped();
    this.setState('ended');
    this.say('Fragment afgelopen');
    this.el.dispatchEvent(new CustomEvent('player:ended', { bubbles: true }));
  }

  seekTo(seconds: number, announce = true): void {
    this.position = Math.min(this.length, Math.max(0, seconds));
    if (this.howl && this.playing) {
      this.howl.seek(this.start + this.position);
      this.armEnd();
    }
    this.render(true);
    if (announce) this.say(`${formatSpoken(this.position)} van ${formatSpoken(this.length)}`);
    if ('mediaSession' in navigator && this.howl) this.positionState();
  }

  setRate(rate: number): void {
    this.howl?.rate(rate);
    this.armEnd();
    this.say(`Snelheid ${String(rate).replace('.', ',')} keer`);
    if (this.howl) this.positionState();
  }

  /** Updates slider, times and the current cue; the slider's spoken text only when asked or every 15 s. */
  render(speak: boolean): void {
    const at = Math.min(this.length, Math.max(0, this.current()));
    const whole = Math.floor(at);
    this.seek.value = String(whole);
    this.el.querySelector('.elapsed')!.textContent = formatClock(whole);
    this.el.querySelector('.remaining')!.textContent = `-${formatClock(this.length - whole)}`;
    if (speak || (whole % 15 === 0 && whole !== this.lastSpoken)) {
      this.lastSpoken = whole;
      this.seek.setAttribute('aria-valuetext', `${formatSpoken(whole)} van ${formatSpoken(this.length)}`);
    }
    const absolute = this.start + at;
    let currentCue: HTMLLIElement | undefined;
    for (const cue of this.cues) {
      if (Number(cue.dataset['start']) <= absolute + 0.05 && absolute < Number(cue.dataset['end']) + 0.8) currentCue = cue;
    }
    for (const cue of this.cues) {
      const button = cue.querySelector('button');
      if (cue === currentCue) button?.setAttribute('aria-current', 'true');
      else button?.removeAttribute('aria-current');
    }
    if (currentCue && this.playing) this.keepInView(currentCue);
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
    this.failed = true;
    this.setState('error');
    this.playing = false;
    this.onStopped();
    console.warn('Fragment kan niet worden afgespeeld:', error);
    this.el.classList.add('has-error');
    this.el.querySelector<HTMLElement>('.error')!.hidden = false;
    this.el.querySelector<HTMLElement>('.controls')!.hidden = true;
    const transcript = this.el.querySelector<HTMLDetailsElement>('.transcript');
    if (transcript) transcript.open = true;
    this.status.textContent = '';
  }

  /** The browser refused to start (autoplay policy): wait for the listener's next press. */
  blocked(error: unknown): void {
    console.warn('Afspelen geblokkeerd:', error);
    this.playing = false;
    this.onStopped();
    this.setState('blocked');
    this.el.classList.add('is-blocked');
    this.say('De browser hield het afspelen tegen. Druk nog een keer op afspelen.');
  }

  async share(): Promise<void> {
    const url = new URL(this.el.dataset['share']!, location.href);
    const at = Math.floor(this.current());
    if (at > 0) url.searchParams.set('t', String(at));
    const link = url.href;
    try {
      await navigator.clipboard.writeText(link);
      this.say(at > 0 ? `Link gekopieerd, start op ${formatClock(at)}` : 'Link gekopieerd');
    } catch {
      this.say(`Kopieer deze link: ${link}`);
    }
  }

  mediaSession(): void {
    if (!('mediaSession' in navigator)) return;
    const session = navigator.mediaSession;
    const d = this.el.dataset;
    const art = d['artwork'] ? new URL(d['artwork'], location.href).href : undefined;
    session.metadata = new MediaMetadata({
      title: d['title'] ?? '',
      artist: d['artist'] ?? '',
      album: d['album'] ?? '',
      artwork: art ? [{ src: art, sizes: '512x512', type: 'image/svg+xml' }] : [],
    });
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      ['play', () => this.play()],
      ['pause', () => this.pause()],
      ['stop', () => this.pause()],
      ['seekbackward', (a) => this.seekTo(this.current() - (a.seekOffset ?? SKIP))],
      ['seekforward', (a) => this.seekTo(this.current() + (a.seekOffset ?? SKIP))],
      ['seekto', (a) => this.seekTo(a.seekTime ?? 0)],
    ];
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        /* an action this browser does not know */
      }
    }
    this.positionState();
  }

  positionState(): void {
    try {
      navigator.mediaSession.setPositionState({
        duration: this.length,
        position: Math.min(this.length, Math.max(0, this.current())),
        playbackRate: Number(this.rate.value) || 1,
      });
    } catch {
      /* not supported */
    }
  }
}

/** Position in the recording, in seconds (for tests and "alles afspelen"). */
export function absoluteTime(c: Controller): number {
  return c.start + c.current();
}

export function attach(el: HTMLElement): Controller {
  return new Controller(el);
}
