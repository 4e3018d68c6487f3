/**
 * <role-guide>: shows the server-rendered choice of situations or one outcome at
 * a time. The situation links become buttons; the choice lives in
 * ?situatie=<id> (pushed to history, so the browser's back button and shared
 * links work; old ?antwoorden=… links are rewritten to it or to the start);
 * “Andere situatie kiezen” returns to the choice (as Back does, when the
 * outcome was chosen here). Focus moves to the outcome's
 * heading, or back to the situation that was open, and the marked role is
 * announced. Nothing changes unless the reader acts.
 */
import { searchFor, stateFromAddress, type SituationKey } from '../lib/role-guide-state';

/** Marks a history entry this guide pushed for an outcome chosen on the page. */
const CHOSEN = 'nji-role-guide-chosen';

class RoleGuide extends HTMLElement {
  #steps = new Map<string, HTMLElement>();
  #situations: SituationKey[] = [];
  #state: string | undefined;
  #prefix = '';
  #live?: HTMLElement | null;
  #controls?: HTMLElement | null;
  #onPop = () => {
    const state = this.#fromAddress();
    if (state !== this.#state) this.#show(state, true);
  };

  connectedCallback(): void {
    if (this.#steps.size) return;
    for (const step of this.querySelectorAll<HTMLElement>('[data-step]')) this.#steps.set(step.dataset.step!, step);
    if (!this.#steps.has('')) return;
    this.#prefix = this.dataset.prefix ?? '';
    this.#live = this.querySelector<HTMLElement>('[data-live]');
    this.#controls = this.querySelector<HTMLElement>('[data-controls]');

    // Links become buttons; each keeps its place in the list.
    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-choices] a[data-value]')) {
      const id = link.dataset.value!;
      const role = this.#steps.get(id)?.dataset.role;
      this.#situations.push({ id, role: role ?? '' });
      const button = document.createElement('button');
      copy(link, button);
      button.type = 'button';
      button.append(...link.childNodes);
      button.addEventListener('click', () => this.#go(id));
      link.replaceWith(button);
    }
    this.querySelector('[data-restart]')?.addEventListener('click', () => this.#go(''));
    addEventListener('popstate', this.#onPop);

    // An old or unknown address is rewritten to the state it opens, without a new history entry.
    const state = this.#fromAddress();
    const search = searchFor(state, location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    this.#show(state, false);
    this.toggleAttribute('data-ready', true);
  }

  disconnectedCallback(): void {
    removeEventListener('popstate', this.#onPop);
  }

  #fromAddress(): string {
    const state = stateFromAddress(location.search, location.hash, this.#situations, this.#prefix);
    return this.#steps.has(state) ? state : '';
  }

  #go(state: string): void {
    // Back to the choice from an outcome chosen here: the browser's own Back, so
    // no entry is left behind for Back to return to the outcome.
    if (state === '' && (history.state as { [CHOSEN]?: boolean } | null)?.[CHOSEN]) return history.back();
    history.pushState({ [CHOSEN]: state !== '' }, '', `${location.pathname}${searchFor(state, location.search)}`);
    this.#show(state, true);
  }

  #show(state: string, acted: boolean): void {
    const before = this.#state;
    this.#state = state;
    const step = this.#steps.get(state)!;
    for (const el of this.#steps.values()) el.hidden = el !== step;
    if (this.#controls) this.#controls.hidden = state === '';
    if (this.#live) this.#live.textContent = acted && state ? (step.dataset.announce ?? '') : '';
    if (!acted) return;
    // Back at the choice: focus the situation the reader came from, else the heading.
    const from = state === '' && before ? step.querySelector<HTMLElement>(`button[data-value="${CSS.escape(before)}"]`) : null;
    const target = from ?? step.querySelector<HTMLElement>('.step-title')!;
    if (!from) target.tabIndex = -1;
    target.focus();
  }
}

/** Copies class, data and scoped-style attributes, but not href. */
function copy(from: Element, to: Element): void {
  for (const { name, value } of from.attributes) if (name !== 'href') to.setAttribute(name, value);
}

customElements.define('role-guide', RoleGuide);
