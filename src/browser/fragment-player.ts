/**
 * <fragment-player>: the small part of the player that every page with a
 * fragment loads. It swaps the native <audio> for our controls, makes the
 * transcript cues pressable, honours a shared link (#fragment-…?t=…), and on
 * the first real interaction loads the playback code (./player/controller,
 * with Howler), hands it the element and replays that interaction.
 */
type Controller = import('./player/controller').Controller;

type Playback = typeof import('./player/controller');
let loading: Promise<Playback> | undefined;
// The URL comes from the page (see integrations/player-bundle): a plain import, no bundler helper.
const load = () =>
  (loading ??= import(/* @vite-ignore */ document.querySelector<HTMLElement>('[data-controller]')!.dataset['controller']!) as Promise<Playback>);

const SHORTCUTS = new Set(['k', 'j', 'l']);

export class FragmentPlayer extends HTMLElement {
  controller?: Controller;

  connectedCallback(): void {
    if (this.dataset['ready']) return;
    this.dataset['ready'] = '1';
    this.querySelector('.native')?.remove();
    this.querySelector<HTMLElement>('.controls')!.hidden = false;
    for (const cue of this.querySelectorAll<HTMLLIElement>('.cue')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['action'] = 'cue';
      button.append(...cue.childNodes);
      cue.append(button);
    }
    // A shared link: /verhalen/x/?t=45#fragment-y opens here, ready to play from 0:45.
    if (location.hash === `#${this.id}`) {
      this.classList.add('is-target');
      const t = Number(new URLSearchParams(location.search).get('t'));
      const seek = this.querySelector<HTMLInputElement>('.seek')!;
      if (t > 0 && t < Number(seek.max)) {
        seek.value = String(Math.floor(t));
        this.querySelector('.elapsed')!.textContent = `${Math.floor(t / 60)}:${String(Math.floor(t % 60)).padStart(2, '0')}`;
      }
      // After the browser has scrolled to the fragment, so the focus sticks.
      const focus = () => this.querySelector<HTMLButtonElement>('.play')!.focus({ preventScroll: true });
      if (document.readyState === 'complete') requestAnimationFrame(focus);
      else addEventListener('load', () => requestAnimationFrame(focus), { once: true });
    }
    const wake = (event: Event) => {
      if (this.controller) return;
      const target = event.target as HTMLElement;
      if (event.type === 'keydown') {
        const key = (event as KeyboardEvent).key.toLowerCase();
        if (!SHORTCUTS.has(key) || target.matches('input, select, textarea')) return;
        event.preventDefault();
      } else if (event.type === 'click' && !target.closest('[data-action]')) return;
      void load().then(({ attach }) => {
        this.controller ??= attach(this);
        this.controller.handle(event);
      });
    };
    for (const type of ['click', 'input', 'change', 'keydown']) this.addEventListener(type, wake);
  }

  /** Where playback is: "idle" until the first press, then as the controller reports. */
  get playbackState(): string {
    return this.controller?.state ?? 'idle';
  }

  /** Position in the recording, in seconds. */
  get currentTime(): number {
    return this.controller ? this.controller.start + this.controller.current() : Number(this.dataset['start']);
  }

  /** Position in the recording at the moment playback last began (NaN before). */
  get startedAt(): number {
    return this.controller?.startedAt ?? Number.NaN;
  }

  /** Position in the recording where the fragment last stopped at its end (NaN before). */
  get endedAt(): number {
    return this.controller?.endedAt ?? Number.NaN;
  }

  /** Starts playback from script ("alles afspelen"). */
  async play(): Promise<void> {
    const { attach } = await load();
    this.controller ??= attach(this);
    this.controller.handle(new CustomEvent('player:play'));
  }
}

customElements.define('fragment-player', FragmentPlayer);
