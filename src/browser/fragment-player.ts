/**
 * <fragment-player>: the small part of the player that every page with a
 * fragment runs before anyone presses anything. It makes the transcript cues
 * buttons (in the Tab order, named "Speel vanaf 0:12 …") and honours a shared link (#fragment-…?t=…). Our controls replace
 * the native <audio> from the first paint by CSS (the layout's "JavaScript is
 * on" flag). The playback code (./player/controller, on a native audio element) is loaded by
 * the page's eager script (./reading, through the lazy loader ./lazy) on the
 * first press, which hands it that press; from then on `controller` is set.
 * What this element offers other code is `PlayerElement` (lib/player/contract).
 */
import { playerUrl } from 'virtual:nji/lazy';
import { DATA, FLAG, PART, PLAYER_EVENT, PLAYER_TAG, part, type ControlAction, type Playback, type PlayerElement, type PlayRequest, type Speed } from '../lib/player/contract';
import type { Status } from '../lib/player/state';
import { wake } from './lazy';
import { cuePlayFrom } from '../lib/text/nl';

export class FragmentPlayer extends HTMLElement implements PlayerElement {
  controller?: Playback;

  connectedCallback(): void {
    if (this.dataset[DATA.ready]) return;
    this.dataset[DATA.ready] = '1';
    for (const cue of this.querySelectorAll<HTMLLIElement>(part(PART.cue))) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset[DATA.action] = 'cue' satisfies ControlAction;
      // The name says what a press does: "Speel vanaf 0:12 …" (the time and words stay as shown).
      const verb = document.createElement('span');
      verb.className = 'visually-hidden';
      verb.textContent = cuePlayFrom;
      button.append(verb, ...cue.childNodes);
      cue.append(button);
    }
    // A shared link: /verhalen/x/?t=45#fragment-y opens here, ready to play from 0:45.
    if (location.hash === `#${this.id}`) {
      this.classList.add(FLAG.target);
      const t = Math.floor(Number(new URLSearchParams(location.search).get('t')));
      const seek = this.querySelector<HTMLInputElement>(part(PART.seek))!;
      if (t > 0 && t < Number(seek.max)) {
        seek.value = String(t);
        // The playback code shows the time and gives the slider its spoken value with it (a shared link
        // is a wish to listen: its code loads now, its audio only on the press).
        void wake(this, playerUrl);
      }
      // After the browser has scrolled to the fragment, so the focus sticks.
      const focus = () => this.querySelector<HTMLButtonElement>(part(PART.play))!.focus({ preventScroll: true });
      if (document.readyState === 'complete') requestAnimationFrame(focus);
      else addEventListener('load', () => requestAnimationFrame(focus), { once: true });
    }
  }

  /** Where playback is: "idle" until the first press, then as the controller reports. */
  get playbackState(): Status {
    return this.controller?.state.status ?? 'idle';
  }

  /** Position in the recording, in seconds. */
  get currentTime(): number {
    return this.controller ? this.controller.start + this.controller.current() : Number(this.dataset[DATA.start]);
  }

  /** Position in the recording at the moment playback last began (NaN before). */
  get startedAt(): number {
    return this.controller?.state.startedAt ?? Number.NaN;
  }

  /** Position in the recording where the fragment last stopped at its end (NaN before). */
  get endedAt(): number {
    return this.controller?.state.endedAt ?? Number.NaN;
  }

  /** How fast the audio plays and whether it keeps the pitch, once it has loaded. */
  get playbackSpeed(): Speed | undefined {
    return this.controller?.speed();
  }

  /**
   * Starts playback from script ("alles afspelen", "luister verder"), at a
   * time in the recording if given: the page's eager script loads the player for it.
   */
  play(at?: number): void {
    const detail: PlayRequest | null = at === undefined ? null : { at };
    this.dispatchEvent(new CustomEvent(PLAYER_EVENT.play, { bubbles: true, detail }));
  }
}

customElements.define(PLAYER_TAG, FragmentPlayer);
