/**
 * <play-all>: "alles afspelen" plays every fragment on the page one after
 * another, in the page's (publication) order, and goes on while the reader
 * moves to other pages, until the listener presses it again. Loaded by the
 * page's eager script (./listen, through the lazy loader) on the first press;
 * the queue itself lives with the playback code (./player/controller, loaded
 * here), which also keeps this element's button and status line up to date.
 */
import { playerUrl } from 'virtual:nji/lazy';
import { PLAY_ALL_TAG } from '../lib/player/contract';
import { load } from './lazy';

type Playback = typeof import('./player/controller');

class PlayAll extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')!.addEventListener('click', () => this.toggle());
  }

  toggle(): void {
    void load<Playback>(playerUrl).then((player) => player.toggleQueue());
  }
}

customElements.define(PLAY_ALL_TAG, PlayAll);

/** The first press, which loaded this code. */
export function wake(el: HTMLElement): void {
  (el as PlayAll).toggle();
}
