/**
 * <play-all>: "alles afspelen" plays every fragment on the page one after
 * another, until the listener presses it again or pauses a fragment. Loaded
 * by the page's eager script (./listen, through the lazy loader) on the first
 * press, which it then handles. It knows a player only by its contract
 * (lib/player/contract): the element's interface, its classes and events.
 */
import { DATA, FLAG, PART, PLAY_ALL_TAG, PLAYER_EVENT, PLAYER_TAG, part, type PlayerElement } from '../lib/player/contract';
import { playAllSays } from '../lib/text/nl';

type FragmentPlayer = HTMLElement & PlayerElement;

class PlayAll extends HTMLElement {
  #active = false;
  #button = this.querySelector('button')!;
  #status = this.querySelector(`.${PART.playAllStatus}`)!;

  connectedCallback(): void {
    this.#button.addEventListener('click', () => this.toggle());
    // A fragment that cannot play is passed over like one that ended.
    for (const type of [PLAYER_EVENT.ended, PLAYER_EVENT.failed]) document.addEventListener(type, (event) => this.#after(event.target as FragmentPlayer));
  }

  #after(done?: FragmentPlayer): void {
    const all = [...document.querySelectorAll<FragmentPlayer>(PLAYER_TAG)];
    // Nothing left that can play: the button goes for real (not only by CSS).
    if (!all.some(playable)) {
      this.#set(false);
      this.hidden = true;
      this.#status.textContent = '';
      return;
    }
    if (!this.#active) return;
    const next = all.slice(done ? all.indexOf(done) + 1 : 0).find(playable);
    if (!next) {
      this.#set(false);
      this.#status.textContent = playAllSays.done;
      return;
    }
    this.#status.textContent = playAllSays.next(next.dataset[DATA.title]!);
    next.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    next.play();
  }

  toggle(): void {
    if (this.#active) {
      this.#set(false);
      for (const p of players()) if (p.classList.contains(FLAG.playing)) p.querySelector<HTMLButtonElement>(part(PART.play))!.click();
      this.#status.textContent = playAllSays.stopped;
      return;
    }
    const list = players();
    if (!list.length) return this.#after();
    this.#set(true);
    const playing = list.findIndex((p) => p.classList.contains(FLAG.playing));
    list[Math.max(0, playing)]!.play();
  }

  #set(on: boolean): void {
    this.#active = on;
    this.#button.setAttribute('aria-pressed', String(on));
    this.#button.textContent = on ? playAllSays.stop : playAllSays.start;
  }
}

const playable = (p: FragmentPlayer) => !p.classList.contains(FLAG.failed);
/** The fragments that can still play (a failed one shows its error instead). */
const players = () => [...document.querySelectorAll<FragmentPlayer>(PLAYER_TAG)].filter(playable);

customElements.define(PLAY_ALL_TAG, PlayAll);

/** The first press, which loaded this code. */
export function wake(el: HTMLElement): void {
  (el as PlayAll).toggle();
}
