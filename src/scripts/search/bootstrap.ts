/**
 * <site-search> (header) and <search-page> (/zoeken/): the small part of
 * search that every page loads. It opens the dialog (button, Ctrl+K / ⌘K, /)
 * and loads the search UI only when the reader opens or focuses search.
 */
type Ui = typeof import('./ui');
let loading: Promise<Ui> | undefined;
const load = (url: string) => (loading ??= import(/* @vite-ignore */ url) as Promise<Ui>);

function start(host: HTMLElement, panel: HTMLElement, page: boolean) {
  const d = host.dataset;
  return load(d['ui']!).then((ui) =>
    ui.attach(panel, { bundle: d['bundle']!, base: d['base']!, dev: d['dev'] === 'true', page }),
  );
}

const editable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const dialog = this.querySelector('dialog')!;
    const panel = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
    const input = panel.querySelector('input')!;
    let opener: HTMLElement | null = null;
    const open = () => {
      if (dialog.open) return;
      opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
      input.focus();
      void start(this, panel, false);
    };
    this.querySelector('.search-open')!.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    this.querySelector('.search-close')!.addEventListener('click', () => dialog.close());
    // A click on the backdrop closes too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => opener?.focus());
    document.addEventListener('keydown', (event) => {
      const k = event.key.toLowerCase();
      if ((k === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) || (k === '/' && !editable(event.target) && !event.ctrlKey && !event.metaKey)) {
        event.preventDefault();
        open();
      }
    });
  }
}

class SearchPage extends HTMLElement {
  connectedCallback(): void {
    const panel = this.querySelector<HTMLElement>('[data-search-panel]')!;
    const input = panel.querySelector('input')!;
    const q = new URLSearchParams(location.search).get('q');
    if (q) input.value = q.slice(0, 200);
    if (input.value.trim()) void start(this, panel, true);
    else input.addEventListener('focus', () => void start(this, panel, true), { once: true });
  }
}

customElements.define('site-search', SiteSearch);
customElements.define('search-page', SearchPage);
