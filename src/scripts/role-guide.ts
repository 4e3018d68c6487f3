/**
 * <role-guide>: turns the server-rendered decision list into one question at a
 * time. Answers become buttons; the path lives in ?antwoorden=ja,nee,… (pushed
 * to history, so the browser's back button and shared links work); Back and
 * Restart; focus moves to the new question's heading and the outcome is
 * announced. Nothing changes unless the reader acts.
 */
const PARAM = 'antwoorden';

class RoleGuide extends HTMLElement {
  #steps = new Map<string, HTMLElement>();
  #start = '';
  #path: string[] = [];
  #live?: HTMLElement | null;
  #controls?: HTMLElement | null;
  #onPop = () => {
    const values = this.#fromUrl();
    if (values.join() !== this.#path.join()) this.#show(values, true);
  };

  connectedCallback(): void {
    if (this.#start) return;
    for (const step of this.querySelectorAll<HTMLElement>('[data-step]')) this.#steps.set(step.dataset.step!, step);
    this.#start = this.#steps.keys().next().value ?? '';
    if (!this.#start) return;
    this.#live = this.querySelector<HTMLElement>('[data-live]');
    this.#controls = this.querySelector<HTMLElement>('[data-controls]');

    // Links become buttons, in a group named by the question's heading.
    for (const list of this.querySelectorAll<HTMLElement>('[data-answers]')) {
      const group = document.createElement('div');
      copy(list, group);
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', list.closest('[data-step]')!.querySelector('.step-title')!.id);
      for (const link of list.querySelectorAll('a')) {
        const button = document.createElement('button');
        copy(link, button);
        button.type = 'button';
        button.textContent = link.textContent;
        button.addEventListener('click', () => this.#go([...this.#path, link.dataset.value!]));
        group.append(button);
      }
      list.replaceWith(group);
    }
    this.querySelector('[data-back]')?.addEventListener('click', () => this.#go(this.#path.slice(0, -1)));
    this.querySelector('[data-restart]')?.addEventListener('click', () => this.#go([]));
    addEventListener('popstate', this.#onPop);

    let values = this.#fromUrl();
    // A shared link to an anchor of the decision list (#uitkomst-…) opens that step.
    const hashed = [...this.#steps].find(([, el]) => `#${el.id}` === decodeURIComponent(location.hash));
    if (!values.length && hashed) values = this.#pathTo(hashed[0]) ?? [];
    this.#show(values, false);
    this.toggleAttribute('data-ready', true);
  }

  disconnectedCallback(): void {
    removeEventListener('popstate', this.#onPop);
  }

  #fromUrl(): string[] {
    return (new URLSearchParams(location.search).get(PARAM) ?? '').split(',').filter(Boolean);
  }

  /** The step an answer leads to, or undefined. */
  #next(step: string, value: string): string | undefined {
    return this.#steps.get(step)?.querySelector<HTMLElement>(`[data-value="${CSS.escape(value)}"]`)?.dataset.next;
  }

  /** Answer values from the start to a step (breadth-first), or undefined. */
  #pathTo(target: string): string[] | undefined {
    const queue: [string, string[]][] = [[this.#start, []]];
    const seen = new Set<string>();
    while (queue.length) {
      const [id, values] = queue.shift()!;
      if (id === target) return values;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const el of this.#steps.get(id)?.querySelectorAll<HTMLElement>('[data-next]') ?? []) {
        queue.push([el.dataset.next!, [...values, el.dataset.value!]]);
      }
    }
    return undefined;
  }

  #go(values: string[]): void {
    const params = new URLSearchParams(location.search);
    params.delete(PARAM);
    let query = params.toString();
    if (values.length) query += `${query ? '&' : ''}${PARAM}=${values.join(',')}`;
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#show(values, true);
  }

  /** Shows the step the answers lead to; unknown answers end the walk where they go astray. */
  #show(values: string[], acted: boolean): void {
    let current = this.#start;
    const valid: string[] = [];
    for (const value of values) {
      const next = this.#next(current, value);
      if (!next || !this.#steps.has(next)) break;
      valid.push(value);
      current = next;
    }
    this.#path = valid;
    const step = this.#steps.get(current)!;
    for (const el of this.#steps.values()) el.hidden = el !== step;
    if (this.#controls) this.#controls.hidden = valid.length === 0;
    const number = step.querySelector('[data-number]');
    if (number) number.textContent = `Vraag ${valid.length + 1}`;
    const heading = step.querySelector<HTMLElement>('.step-title')!;
    heading.tabIndex = -1;
    const outcome = step.dataset.outcome;
    if (this.#live) this.#live.textContent = acted && outcome ? `Uitkomst: ${outcome}` : '';
    if (acted) heading.focus();
  }
}

/** Copies class, data and scoped-style attributes, but not href. */
function copy(from: Element, to: Element): void {
  for (const { name, value } of from.attributes) if (name !== 'href') to.setAttribute(name, value);
}

customElements.define('role-guide', RoleGuide);
