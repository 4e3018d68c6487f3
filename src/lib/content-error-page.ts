/**
 * What `npm run dev` shows in the browser for an editor's mistake, instead
 * of Astro's “An error occurred.” over a stack of our code: in Dutch, the
 * content file (with the line where known), the message with the field and
 * what to do, and a link that opens the content file in the editor. The
 * page reloads by itself once the file is saved (Vite's client).
 */
import { escapeXml } from './html';

export interface ShownError {
  /** The whole message: "content/… → veld “…”: what is wrong and what to do". */
  message: string;
  /** The content file, relative to the project. */
  file: string;
  /** 0 when unknown. */
  line: number;
}

/** The dev server's link that opens a file in the editor (Vite's /__open-in-editor). */
export const openInEditor = (absolute: string, line: number): string =>
  `/__open-in-editor?file=${encodeURIComponent(line ? `${absolute}:${line}` : absolute)}`;

export function contentErrorPage(error: ShownError, absolute: string): string {
  const where = error.line ? `${error.file}, regel ${error.line}` : error.file;
  const [head, ...rest] = error.message.split(': ');
  const detail = rest.join(': ');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fout in de inhoud: ${escapeXml(error.file)}</title>
<style>
body { font: 1.125rem/1.5 system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; color: #a4161a; }
.where { font-family: ui-monospace, monospace; background: #f3f3f3; padding: .25rem .5rem; }
blockquote { margin: 1rem 0; padding: .75rem 1rem; border-left: .3rem solid #a4161a; background: #fdf2f2; }
a { color: #0b4f9c; }
</style>
</head>
<body>
<main>
<h1>De site kan deze pagina niet maken: er staat een fout in de inhoud</h1>
<p>In <span class="where">${escapeXml(where)}</span>:</p>
<blockquote><p><strong>${escapeXml(head ?? '')}</strong>${detail ? `: ${escapeXml(detail)}` : ''}</p></blockquote>
<p><a href="${escapeXml(openInEditor(absolute, error.line))}">Open ${escapeXml(error.file)} in je editor</a>, verbeter het en sla het bestand op. Deze pagina laadt dan vanzelf opnieuw.</p>
<p>Wat een melding betekent en wat je eraan doet: hoofdstuk 8 van de redactiehandleiding (docs/redactie.md).</p>
</main>
<script type="module" src="/@vite/client"></script>
</body>
</html>
`;
}
