/**
 * <page-toc>: marks the link of the section being read with aria-current, and
 * opens the disclosure (closed in the HTML) on wide screens. Enhances server-rendered links.
 */
class PageToc extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const sections = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((el): el is HTMLElement => el !== null);
    if (sections.length === 0) return;

    const details = this.querySelector('details');
    const wide = matchMedia('(min-width: 68rem)');
    const sync = () => {
      if (details) details.open = wide.matches || details.open;
    };
    if (details) details.open = wide.matches;
    wide.addEventListener('change', sync);

    const mark = (id: string) => {
      for (const link of links) {
        if (decodeURIComponent(link.hash.slice(1)) === id) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    // The current section is the last heading above the upper third of the
    // viewport. Measured only in the observer's callback, which also runs once
    // for every heading right after observe(): by then layout is fresh, so
    // reading positions costs nothing, whereas measuring here, while the page
    // is still loading, would force an extra layout.
    const update = () => {
      const line = innerHeight / 3;
      let current = sections[0]!;
      for (const section of sections) if (section.getBoundingClientRect().top <= line) current = section;
      mark(current.id);
    };
    this.#observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
    for (const section of sections) this.#observer.observe(section);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }
}

customElements.define('page-toc', PageToc);
