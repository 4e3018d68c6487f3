/**
 * Search, loaded when the reader opens it: the header dialog (focus to the
 * field, Escape or the close button closes it, focus returns to where it
 * was) and the /zoeken/ page (`wake`), both filled in by ./ui.
 */
import { attach } from './ui';

function options(host: HTMLElement, page: boolean) {
  const d = host.dataset;
  return { bundle: d['bundle']!, base: d['base']!, dev: d['dev'] === 'true', page };
}

let wired = false;

export function openSearch(): void {
  const host = document.querySelector<HTMLElement>('site-search');
  const dialog = host?.querySelector('dialog');
  if (!host || !dialog) return;
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
  if (!wired) {
    wired = true;
    let opener: HTMLElement | null = null;
    dialog.addEventListener('close', () => opener?.focus());
    dialog.querySelector('.search-close')!.addEventListener('click', () => dialog.close());
    // A click on the backdrop closes too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Escape: clears the field if it holds text, closes on the next press; the same in every engine.
    // Not left to the dialog's own cancel: WebKit lets a search field eat every Escape (it clears
    // the field, then does nothing, and never sends `cancel`).
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      const field = event.target instanceof HTMLInputElement ? event.target : null;
      if (field?.value) {
        field.value = '';
        field.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      dialog.close();
    });
    dialog.addEventListener('nji:opening', () => {
      opener = document.activeElement as HTMLElement | null;
    });
  }
  if (dialog.open) return;
  dialog.dispatchEvent(new Event('nji:opening'));
  // The dialog's own focusing goes straight to the field (without autofocus it would stop on the close
  // button first, and a screen reader says "Zoeken sluiten, knop" before the field).
  const input = panel.querySelector('input')!;
  input.autofocus = true;
  dialog.showModal();
  input.focus();
  // The last query stays, selected: typing replaces it, arrows and Enter use it again.
  input.select();
  attach(panel, options(host, false));
}

/** The /zoeken/ page, woken by the site script on the field's first focus or a shared query (?q=). */
export function wake(host: HTMLElement): void {
  const panel = host.querySelector<HTMLElement>('[data-search-panel]')!;
  const q = new URLSearchParams(location.search).get('q');
  if (q) panel.querySelector('input')!.value = q.slice(0, 200);
  attach(panel, options(host, true));
}
