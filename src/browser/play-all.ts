/**
 * <play-all>: "alles afspelen" plays every fragment on the page one after
 * another, until the listener presses it again or pauses a fragment.
 */
import type { FragmentPlayer } from './fragment-player';

class PlayAll extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    const status = this.querySelector('.play-all-status')!;
    const players = () => [...document.querySelectorAll<FragmentPlayer>('fragment-player')];
    let active = false;
    const set = (on: boolean) => {
      active = on;
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? 'Stoppen met alles afspelen' : 'Alles afspelen';
    };
    this.hidden = false;
    button.addEventListener('click', () => {
      if (active) {
        set(false);
        for (const p of players()) if (p.classList.contains('is-playing')) p.querySelector<HTMLButtonElement>('.play')!.click();
        status.textContent = 'Gestopt';
        return;
      }
      set(true);
      const list = players();
      const playing = list.findIndex((p) => p.classList.contains('is-playing'));
      void list[Math.max(0, playing)]!.play();
    });
    document.addEventListener('player:ended', (event) => {
      if (!active) return;
      const list = players();
      const next = list[list.indexOf(event.target as FragmentPlayer) + 1];
      if (!next) {
        set(false);
        status.textContent = 'Alle fragmenten zijn afgespeeld';
        return;
      }
      status.textContent = `Volgende fragment: ${next.dataset['title']}`;
      next.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      void next.play();
    });
  }
}

customElements.define('play-all', PlayAll);
