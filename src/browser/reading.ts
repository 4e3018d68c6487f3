/**
 * What a long-read page (ArticleLayout) or /luisteren/ runs before any
 * interaction: the site script with the elements those pages hold, the
 * table of contents and the audio fragments (with what wakes their code). Built into one inline script
 * by integrations/lazy-bundles; everything else loads later through ./lazy.
 */
import './site';
import './page-toc';
import './fragment-player';
import './listen';
