/**
 * <play-all>: "alles afspelen" plays every fragment on the page one after
 * another, until the listener presses it again or pauses a fragment. Loaded
 * by the site script's lazy loader on the first press, which it then handles.
 */
import type { FragmentPlayer } from './fragment-player';

class PlayAll extends HTMLElement {
  #active = false;
  #button = this.querySelector('button')!;
  #status = this.querySelector('.play-all-status')!;

  connectedCallback(): void {
    this.#button.addEventListener('click', () => this.toggle());
    document.addEventListener('player:ended', (event) => {
      if (!this.#active) return;
      const list = players();
      const next = list[list.indexOf(event.target as FragmentPlayer) + 1];
      if (!next) {
        this.#set(false);
        this.#status.textContent = 'Alle fragmenten zijn afgespeeld';
        return;
      }
      this.#status.textContent = `Volgende fragment: ${next.dataset['title']}`;
      next.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      next.play();
    });
  }

  toggle(): void {
    if (this.#active) {
      this.#set(false);
      for (const p of players()) if (p.classList.contains('is-playing')) p.querySelector<HTMLButtonElement>('.play')!.click();
      this.#status.textContent = 'Gestopt';
      return;
    }
    this.#set(true);
    const list = players();
    const playing = list.findIndex((p) => p.classList.contains('is-playing'));
    list[Math.max(0, playing)]!.play();
  }

  #set(on: boolean): void {
    this.#active = on;
    this.#button.setAttribute('aria-pressed', String(on));
    this.#button.textContent = on ? 'Stoppen met alles afspelen' : 'Alles afspelen';
  }
}

const players = () => [...document.querySelectorAll<FragmentPlayer>('fragment-player')];

customElements.define('play-all', PlayAll);

/** The first press, which loaded this code. */
export function wake(el: HTMLElement): void {
  (el as PlayAll).toggle();
}
