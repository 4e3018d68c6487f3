/**
 * The one way the site loads code later. Each bundle is built on its own by
 * integrations/lazy-bundles (URLs from `virtual:nji/lazy`) and runs only when
 * its moment comes: when its element comes near the viewport, on the reader's
 * first act inside its element, or when the page asks for it. A bundle may
 * export `wake(el, event?)`: the loader hands it its element and the act that
 * woke it; later acts reach the element's own listeners.
 * Part of the one eager script a page runs (../site, ../reading), built by esbuild with it.
 */
interface Bundle {
  wake?(el: HTMLElement, event?: Event): void;
}

/** Imports a bundle; the browser keeps one copy per URL. */
export const load = <T = Bundle>(url: string): Promise<T> => import(/* @vite-ignore */ url) as Promise<T>;

/** Loads the bundle and hands it the element (and the act that woke it). */
export const wake = (el: HTMLElement, url: string, event?: Event): Promise<void> =>
  load(url).then((bundle) => bundle.wake?.(el, event));

/** Loads a bundle once any element matching `selector` comes within 600 px of the viewport. */
export function whenNear(selector: string, url: string): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load(url);
    },
    { rootMargin: '600px 0px' },
  );
  for (const el of document.querySelectorAll(selector)) observer.observe(el);
}

/**
 * Wakes an element matching `selector` on the first act of one of these
 * `types` inside it that `wanted` accepts (a key it takes, or a link it
 * handles, is kept from the browser), and hands it that act.
 */
export function whenActed(selector: string, url: string, types: readonly string[], wanted: (event: Event) => boolean = () => true): void {
  const woken = new WeakSet<HTMLElement>();
  for (const type of types) {
    document.addEventListener(type, (event) => {
      const el = (event.target as Element).closest?.<HTMLElement>(selector);
      if (!el || woken.has(el) || !wanted(event)) return;
      // The bundle decides once loaded: keep the browser from acting first (a key, a link it handles).
      if (event.type === 'keydown' || (event.target as Element).closest('a[data-action]')) event.preventDefault();
      void load(url).then((bundle) => {
        woken.add(el);
        bundle.wake?.(el, event);
      });
    });
  }
}
