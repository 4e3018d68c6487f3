/**
 * Every Dutch word a reader sees or hears from the site's own code comes from
 * one table, src/lib/text/nl.ts (docs/architecture.md, "Interface text"), so
 * that a new language is a new table and not a search through every file.
 * This test fails on a new interface literal outside it:
 *
 * - in the templates of src/components, src/layouts and src/pages: any text
 *   between tags and any text attribute (aria-label, title, alt, …) with a
 *   letter in it, outside `{…}` expressions;
 * - in their scripts, in src/browser, in the PDF edition (src/lib/pdf) and
 *   the podcast (src/lib/podcast), and in the interface files of src/lib and
 *   src/build listed below (the dock, the podcast feed and cover, what search
 *   finds /luisteren/ by, the social cards, the reading order's kinds, the
 *   search index): any string or template literal with a Dutch word in it (a
 *   list of frequent ones): a phrase, a capitalised word, a word with a
 *   phrase's spaces or punctuation around it (' en ', '(weggelaten)'), or a
 *   bare lower-case word where code puts text (a property's value, a
 *   variable, a return value, a branch) rather than a name (an argument, a
 *   key, a comparison);
 * - in all of src: the table's language code (`LANGUAGE`, `LOCALE`: 'nl',
 *   'nl-NL') written as a literal, or as a literal `lang="nl"` in markup (the
 *   page's `<html lang>`, the search index's language, the PDF's, the feeds').
 *
 * Content (content/, teksten.yaml) is the editors' and stays there; the
 * editors' build messages (ContentError, src/build) are another audience.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGUAGE, LOCALE } from '../../src/lib/text/nl';

const ROOT = join(import.meta.dirname, '..', '..');
const TABLE = 'src/lib/text/nl.ts';

/**
 * Folders whose every file is interface code (the PDF edition and the podcast
 * are the site on paper and in podcast apps), and the interface files
 * elsewhere in src/lib and src/build.
 */
const FOLDERS = ['src/components', 'src/layouts', 'src/pages', 'src/browser', 'src/lib/pdf', 'src/lib/podcast'];
const LIB_FILES = [
  'src/lib/player/names.ts',
  'src/lib/player/dock-text.ts',
  'src/lib/search/plan.ts',
  'src/lib/search/listening.ts',
  'src/lib/dates.ts',
  'src/lib/time.ts',
  'src/lib/recording.ts',
  'src/lib/pages.ts',
  'src/build/podcast.ts',
  'src/build/podcast-cover.ts',
  'src/lib/social-card.ts',
  'src/integrations/social-cards.ts',
  'src/integrations/search.ts',
  'src/lib/publication/sequence.ts',
  // The Markdown pipeline's words (footnotes).
  'astro.config.mjs',
];

/**
 * Literals that look Dutch but are not interface text, each with its reason.
 * Keyed by file and the literal as written.
 */
const ALLOWED: Record<string, string> = {
  'src/browser/player/controller.ts: fragment':
    'the hidden stand-in player of the resume offer (hostFor): its button is never in the page, so its name is never shown or read; the dock names what plays',
};

/** Files whose Dutch is not interface text, with the reason. */
const ALLOWED_FILES: Record<string, string> = {
  'src/components/RoleDiagram.astro':
    'figure 1 of the printed publication, drawn as SVG: its labels are the publication\'s text (the fidelity check reads them), content rather than interface',
};

/** Frequent Dutch words: a literal holding one is a sentence or phrase for a reader. */
const DUTCH_WORDS = new Set(
  `de het een van en in op voor met naar is niet geen deze dit je jouw je of om te bij uit door over als wat wie waar hoe
  zijn was wordt worden kan kunnen moet nog ook maar dan al alle alles meer naar tot na per terug verder hier
  afspelen pauzeren gepauzeerd speel speelt stoppen gestopt zoeken zoek sluiten openen resultaat resultaten
  fragment fragmenten opname verhaal verhalen hoofdstuk hoofdstukken bron bronnen inhoud inhoudsopgave pagina
  vorige volgende bekijk lees luister luisteren kopieer kopiëren gekopieerd snelheid keer seconde seconden
  minuut minuten uur bijgewerkt gewijzigd wijzigingen rol soort initiatief menu sluit download
  kader vraag vragen weggelaten colofon keuze spelling woordkeuze hoofdletter leestekens voetnoot voetnoten`.split(/\s+/),
);

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** Spaces at its edges or a phrase's punctuation around a word: ' en ', '(weggelaten)', 'vraag.' (not `key:`, a filter's syntax). */
const PHRASE_EDGES = /^\s|\s$|^[(“‘«·]|[)”’»·,.!?…]$/u;

/** A literal a reader would meet: a Dutch word in it. `bare`: a lone lower-case word counts too (it stands where text stands). */
export function looksDutch(text: string, bare = false): boolean {
  // One lower-case token is code: a class name, an attribute, a path, a state ("result-link", "fragment"),
  // unless it has a phrase's spaces or punctuation around it, or stands where text stands (`bare`).
  if (!bare && !/\s/.test(text.trim()) && !/\p{Lu}/u.test(text) && !PHRASE_EDGES.test(text)) return false;
  // Words between spaces, punctuation at their edges dropped; a token with code inside (`strong-of(c)`, `a.b`) is no word.
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((token) => token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''));
  return words.some((w) => DUTCH_WORDS.has(w));
}

/** Property names whose value is a name in code, not text: `section: 'verhalen'`, `page: 'bronnen'`. */
const CODE_KEYS = /^(id|key|page|section|collection|type|kind|name|path|href|slug|group|filter|entry)$/;

/**
 * Whether a lone lower-case literal stands where code puts text: a property's
 * value, a variable, a return value, an assigned value, a branch of `?:`,
 * `||`, `??`. Not a call's argument, a key, a comparison, a `case`, an
 * array's item (lists of words in code are keys: `['type', 'initiatief']`),
 * or the value of a property named like a key (CODE_KEYS).
 */
function standsForText(node: ts.Node, source: ts.SourceFile): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent)) return parent.initializer === node && !CODE_KEYS.test(parent.name.getText(source));
  if (ts.isVariableDeclaration(parent) || ts.isReturnStatement(parent) || ts.isArrowFunction(parent)) return true;
  if (ts.isConditionalExpression(parent)) return parent.condition !== node;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) return parent.right === node;
    return op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken;
  }
  if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) return standsForText(parent, source);
  return false;
}

/** The table's language code written as a literal ('nl', 'nl-NL', 'nl-nl'). */
const isLanguageCode = (text: string) => [LANGUAGE, LOCALE].some((code) => code.toLowerCase() === text.trim().toLowerCase());

const TEXT_ATTRIBUTE = /^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|label|description)$/;

/**
 * The Dutch string and template literals of TypeScript code (without import
 * specifiers and literal types), and with `jsx` (an .astro file's code and
 * expressions) the text and text attributes of its markup.
 */
export function codeLiterals(code: string, jsx = false): string[] {
  const source = ts.createSourceFile(jsx ? 'x.tsx' : 'x.ts', code, ts.ScriptTarget.Latest, true, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    // An editor's message is another audience (src/build, ContentError): `new ContentError(…)`, `new Error(…)`, a schema's `error`;
    // so is the build's log (`logger.info(…)`, for whoever runs the build).
    if (ts.isNewExpression(node) && /^(ContentError|Error)$/.test(node.expression.getText(source))) return;
    if (ts.isCallExpression(node) && /^logger\.\w+$/.test(node.expression.getText(source))) return;
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'error') return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    // Source in another language (the PDF's Typst, String.raw`…`) is code; its words come in through placeholders.
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'String.raw') return;
    if (ts.isJsxText(node)) {
      if (/\p{L}{2,}/u.test(node.text)) found.push(node.text.trim());
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (TEXT_ATTRIBUTE.test(node.name.getText(source)) && /\p{L}/u.test(node.initializer.text)) found.push(node.initializer.text);
      return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const whole = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
      if (looksDutch(node.text, whole && standsForText(node, source))) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Removes `{…}` expressions (balanced, skipping strings inside them), keeping their code apart. */
function splitExpressions(template: string): { markup: string; code: string[] } {
  let markup = '';
  const code: string[] = [];
  let i = 0;
  while (i < template.length) {
    if (template[i] !== '{') {
      markup += template[i++];
      continue;
    }
    let depth = 0;
    const start = i;
    let quote = '';
    for (; i < template.length; i++) {
      const c = template[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    code.push(template.slice(start + 1, i));
    markup += ' ';
    i++;
  }
  return { markup, code };
}

const TEXT_ATTRIBUTES = /\s(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|label|description)="([^"]*)"/g;

/** An .astro file as its markup (without comments, styles, scripts and `{…}`) and its code (front matter, scripts, expressions). */
function astroParts(source: string): { markup: string; code: string[] } {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  let template = front ? source.slice(front[0].length) : source;
  const code: string[] = front ? [front[1]!] : [];
  template = template
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (_, body: string) => {
      code.push(body);
      return ' ';
    });
  const split = splitExpressions(template);
  return { markup: split.markup, code: [...code, ...split.code] };
}

/** What a template shows or says: text between tags, text attributes, and the Dutch literals of its code. */
export function astroLiterals(source: string): string[] {
  const { markup, code } = astroParts(source);
  const found: string[] = [];
  for (const [, , value] of markup.matchAll(TEXT_ATTRIBUTES)) if (/\p{L}/u.test(value!)) found.push(value!);
  const text = markup.replace(/<[^>]*>/g, '\n');
  for (const piece of text.split('\n')) {
    const t = piece.replace(/&[a-z]+;|&#\d+;/g, ' ').trim();
    if (/\p{L}{2,}/u.test(t)) found.push(t);
  }
  // Code and expressions may hold markup (`{x && <a>Naar het fragment</a>}`): parsed as TSX.
  for (const c of code) found.push(...codeLiterals(c, true).filter((l) => l.trim() !== ''));
  return found;
}

/** The table's language code as a literal in code, or a literal `lang` attribute in markup. */
export function languageCodes(source: string, astro: boolean): string[] {
  const { markup, code } = astro ? astroParts(source) : { markup: '', code: [source] };
  const found = [...markup.matchAll(/\slang="([^"]*)"/g)].filter((m) => isLanguageCode(m[1]!)).map((m) => `lang="${m[1]}"`);
  for (const c of code) {
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isLanguageCode(node.text)) found.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(astro ? 'x.tsx' : 'x.ts', c, ts.ScriptTarget.Latest, true, astro ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  }
  return found;
}

function offending(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const literals = file.endsWith('.astro') ? astroLiterals(source) : codeLiterals(source);
  return literals.filter((l) => !(`${file}: ${l}` in ALLOWED)).map((l) => `${file}: ${l}`);
}

describe('interface text lives in one table', () => {
  it('finds Dutch interface literals (the check can fail)', () => {
    expect(codeLiterals(`const a = 'Gepauzeerd'; const b = \`Link gekopieerd, start op \${t}\`; import x from 'de';`)).toEqual([
      'Gepauzeerd',
      'Link gekopieerd, start op ',
    ]);
    expect(codeLiterals(`el.className = 'result-link'; type S = 'afspelen';`)).toEqual([]);
    // Typst in String.raw is code; a word with code inside is no word; a sentence in a template still is.
    expect(codeLiterals('const t = String.raw`#text("de bron")`; const c = `fill: strong-of(c)`; const u = `Naar de bron ${x}`;')).toEqual(['Naar de bron ']);
    expect(astroLiterals(`---\nconst x = 1;\n---\n<nav aria-label="Inhoud"><a href={x}>Vorige pagina</a>{x ? 'Volgende' : ''}</nav><style>p{}</style>`)).toEqual([
      'Inhoud',
      'Vorige pagina',
      'Volgende',
    ]);
    // Markup inside an expression, and an editor's message (another audience) left alone.
    expect(astroLiterals(`---\nif (x) throw new ContentError(f, 'field', 'Schrijf een datum');\n---\n{x && <a title="Naar boven">Naar het fragment</a>}`)).toEqual([
      'Naar boven',
      'Naar het fragment',
    ]);
  });

  it('finds phrases in one word, bare words where text stands, and the language code (the check can fail)', () => {
    // A word with a phrase's spaces or brackets; a capitalised word; a bare word as a value, a variable, a fallback.
    expect(codeLiterals(`const o = p.edition || '(weggelaten)'; const k = \`\${g} · vraag \${n}\`; const a = x ?? 'Kader';`)).toEqual(['(weggelaten)', ' · vraag ', 'Kader']);
    expect(codeLiterals(`const L = { spelling: 'spelling', interpunctie: 'leestekens' }; el.dataset.what = 'fragment';`)).toEqual(['spelling', 'leestekens', 'fragment']);
    // A bare word as a name: an argument, a key, a comparison, an array of keys, a property named like a key, a filter's `key:`.
    expect(codeLiterals(`get('bronnen'); r.meta['verhaal']; if (k === 'keuze') {} const K = ['spelling', 'keuze']; const p = { section: 'verhalen' }; const f = \`initiatief:\${x}\`;`)).toEqual([]);
    // The build's log is for whoever runs it.
    expect(codeLiterals(`logger.info(\`\${n} cards in \${ms} ms\`); x = \`\${n} kaarten in \${ms} ms\`;`)).toEqual([' kaarten in ']);
    expect(languageCodes(`const i = createIndex({ forceLanguage: 'nl' }); const l = \`<language>nl-nl</language>\`; const d = 'nl-NL';`, false)).toEqual(['nl', 'nl-NL']);
    expect(languageCodes(`---\nconst x = 'nl';\n---\n<html lang="nl" dir="ltr"><q lang="en">x</q><p lang={LANGUAGE}></p></html>`, true)).toEqual(['lang="nl"', 'nl']);
  });

  it('the language code comes from the table', () => {
    const all = files('src').filter((f) => f !== TABLE);
    expect(all.flatMap((f) => languageCodes(readFileSync(join(ROOT, f), 'utf8'), f.endsWith('.astro')).map((c) => `${f}: ${c}`))).toEqual([]);
  });

  it(`no Dutch interface literal outside ${TABLE}`, () => {
    const all = [...FOLDERS.flatMap(files), ...LIB_FILES].filter((f) => f !== TABLE && !(f in ALLOWED_FILES));
    expect(all.length).toBeGreaterThan(40);
    // The PDF, the podcast, the dock and what search finds /luisteren/ by are interface too.
    expect(all).toEqual(
      expect.arrayContaining(['src/lib/pdf/template.ts', 'src/lib/podcast/feed.ts', 'src/build/podcast.ts', 'src/lib/player/dock-text.ts', 'src/lib/search/listening.ts', 'src/lib/social-card.ts', 'src/integrations/search.ts', 'src/lib/publication/sequence.ts', 'astro.config.mjs']),
    );
    expect(all.flatMap(offending)).toEqual([]);
  });

  it('every allowed literal is still there (no stale exceptions)', () => {
    const all = [...FOLDERS.flatMap(files), ...LIB_FILES];
    const present = new Set(
      all.flatMap((file) => {
        const source = readFileSync(join(ROOT, file), 'utf8');
        return (file.endsWith('.astro') ? astroLiterals(source) : codeLiterals(source)).map((l) => `${file}: ${l}`);
      }),
    );
    expect(Object.keys(ALLOWED).filter((k) => !present.has(k))).toEqual([]);
  });
});
